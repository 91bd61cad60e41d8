/**
 * Runs after `next build` (see the "build" script): hashes the inline scripts of every
 * prerendered page and writes the manifest proxy.ts reads (server/csp-manifest.mjs). A page
 * whose HTML holds no inline script at all is a sign of a broken build, so the script fails
 * rather than write a manifest that would let nothing run.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { cspManifestPath, pageAddress, type CspManifest } from "../server/csp-manifest.mjs";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const isElement = (n: Node): n is Element => "tagName" in n;

/** The text of every script element without a `src`, exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (isElement(node) && node.tagName === "script" && !node.attrs.some((a) => a.name === "src")) {
      out.push(node.childNodes.map((c) => ("value" in c ? c.value : "")).join(""));
    }
    const children = "childNodes" in node ? node.childNodes : [];
    for (const child of children) walk(child);
    // <template> content lives apart from its children in parse5's tree.
    if (isElement(node) && node.tagName === "template" && "content" in node) walk(node.content);
  };
  walk(parse(html));
  return out;
}

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full, base);
    return entry.name.endsWith(".html")
      ? [path.relative(base, full).split(path.sep).join("/")]
      : [];
  });
}

export function buildCspManifest(appDir: string): CspManifest {
  const hashesOf = (file: string) => {
    const scripts = inlineScripts(readFileSync(path.join(appDir, file), "utf8"));
    if (!scripts.length) throw new Error(`${file}: a prerendered page with no inline script`);
    return [...new Set(scripts.map(sha256))];
  };
  const pages: Record<string, string[]> = {};
  for (const file of htmlFiles(appDir)) {
    const address = pageAddress(file);
    if (address) pages[address] = hashesOf(file);
  }
  return { pages, notFound: hashesOf("_not-found.html") };
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  const manifest = buildCspManifest(path.join(process.cwd(), ".next", "server", "app"));
  writeFileSync(cspManifestPath(), `${JSON.stringify(manifest, null, 1)}\n`);
  const count = Object.keys(manifest.pages).length;
  console.log(`CSP manifest: inline-script hashes for ${count} prerendered pages.`);
}
