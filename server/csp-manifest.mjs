import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The hashes of every prerendered page's inline scripts, written by
 * scripts/build-csp-manifest.ts right after `next build` and read by proxy.ts, which turns
 * them into each page's Content-Security-Policy. A static page is the same file for every
 * reader, so its policy can be fixed at build and cached with it by any CDN; nothing
 * rewrites the response.
 *
 * Shape: { "pages": { "/factions": ["<base64 sha256>", …], … }, "notFound": [ … ] }
 * Plain ESM so that both the build script and the proxy import it without a build step.
 */
export const CSP_MANIFEST_FILE = "csp-manifest.json";

/** Where the manifest sits: in the build output, so a new build never meets an old one. */
export function cspManifestPath(distDir = ".next") {
  return path.join(process.cwd(), distDir, CSP_MANIFEST_FILE);
}

/**
 * The page address a prerendered file serves: `index.html` is "/", `present/3.html` is
 * "/present/3". Next's own routes (`_not-found`, `_global-error`) map to null: they are not
 * addresses a reader asks for.
 * @param {string} relative  path under .next/server/app, with "/" separators
 * @returns {string | null}
 */
export function pageAddress(relative) {
  if (!relative.endsWith(".html")) return null;
  const route = relative.slice(0, -".html".length);
  if (route.split("/").some((part) => part.startsWith("_"))) return null;
  if (route === "index") return "/";
  return `/${route}`;
}

/**
 * @typedef {{ pages: Record<string, string[]>, notFound: string[] }} CspManifest
 * @returns {CspManifest | null}  null when the build has no manifest (see README, "Security")
 */
export function readCspManifest(distDir = ".next") {
  try {
    const parsed = JSON.parse(readFileSync(cspManifestPath(distDir), "utf8"));
    if (!parsed || typeof parsed !== "object" || typeof parsed.pages !== "object") return null;
    return parsed;
  } catch {
    return null;
  }
}

/**
 * The inline-script hashes a page at `pathname` may run: its own, or, for an address the
 * build did not prerender, those of the not-found page that answers it.
 * @param {CspManifest} manifest
 * @param {string} pathname
 * @returns {{ hashes: string[], prerendered: boolean }}
 */
export function hashesFor(manifest, pathname) {
  const key = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const own = Object.hasOwn(manifest.pages, key) ? manifest.pages[key] : undefined;
  return own
    ? { hashes: own, prerendered: true }
    : { hashes: manifest.notFound, prerendered: false };
}
