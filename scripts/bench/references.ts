/**
 * The two references every page is measured against in the same run, because absolute
 * Lighthouse figures on these machines move by hundreds of milliseconds between runs and
 * Chromium versions while ratios to a reference measured alongside do not:
 * - the floor: a minimal Next app, built here in a temporary folder with this project's own
 *   Next and React, whose one server-component page holds the same text as /methodology
 *   (no client component, no CSS): what any page of a Next app costs at least;
 * - the limit: a page's own HTML with every script removed, served as a static file, its
 *   stylesheets still loaded from the app: what the page would cost with no JavaScript.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import http from "node:http";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tests/e2e/chromium";
import { startServer, type BenchServer } from "./server";

/** The visible text of a page's main region, block by block, as the reader sees it. */
async function mainText(url: string): Promise<{ tag: string; text: string }[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: "networkidle" });
    return await page.evaluate(() =>
      [...document.querySelectorAll("main h1, main h2, main h3, main p, main li, main td, main th")]
        .filter((el) => !el.querySelector("p, li, h2, h3"))
        .map((el) => ({
          tag: ["H1", "H2", "H3"].includes(el.tagName) ? el.tagName.toLowerCase() : "p",
          text: (el as HTMLElement).innerText.trim(),
        }))
        .filter((b) => b.text),
    );
  } finally {
    await browser.close();
  }
}

/** The deepest folder holding both paths. */
function commonRoot(a: string, b: string): string {
  const pa = a.split(path.sep);
  const pb = b.split(path.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i += 1;
  return pa.slice(0, i).join(path.sep) || path.sep;
}

export interface Floor {
  server: BenchServer;
  dispose(): Promise<void>;
}

/** Builds and starts the floor app on `port`, with the text of `textFrom` (a page URL). */
export async function startFloor(textFrom: string, port: number): Promise<Floor> {
  const blocks = await mainText(textFrom);
  // Outside the project, so its build cannot touch the app's .next; it uses this project's
  // own Next and React through a linked node_modules, and Turbopack, which builds only below
  // its root, is given a root holding both folders.
  const dir = mkdtempSync(path.join(tmpdir(), "bench-floor-"));
  symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"), "dir");
  mkdirSync(path.join(dir, "app"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
  writeFileSync(
    path.join(dir, "next.config.js"),
    `export default { turbopack: { root: ${JSON.stringify(commonRoot(dir, path.resolve(".")))} } };\n`,
  );
  writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    `export const metadata = { title: "Floor" };
export default function Layout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  );
  writeFileSync(
    path.join(dir, "app", "page.jsx"),
    `const BLOCKS = ${JSON.stringify(blocks)};
export default function Page() {
  return <main>{BLOCKS.map((b, i) => b.tag === "p" ? <p key={i}>{b.text}</p> : b.tag === "h1" ? <h1 key={i}>{b.text}</h1> : b.tag === "h2" ? <h2 key={i}>{b.text}</h2> : <h3 key={i}>{b.text}</h3>)}</main>;
}
`,
  );
  const built = spawnSync("node", [path.resolve("node_modules/next/dist/bin/next"), "build"], {
    cwd: dir,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (built.status !== 0) throw new Error(`the floor app did not build (in ${dir})`);
  const server = await startServer(port, { cwd: dir, readyPath: "/" });
  return {
    server,
    async dispose() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Limit {
  base: string;
  /** The address of `route`'s scriptless twin on this server. */
  path(route: string): string;
  close(): Promise<void>;
}

/**
 * Serves each route's HTML with its scripts (and script preloads) removed; every other
 * request (stylesheets, the icon) is passed to the app, so the page looks as it does.
 */
export async function startLimit(app: string, routes: string[], port: number): Promise<Limit> {
  const pages = new Map<string, string>();
  for (const route of routes) {
    const html = await (await fetch(app + route)).text();
    pages.set(
      `/__limit${route === "/" ? "/index" : route}`,
      html
        .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
        .replace(/<link\b[^>]*\bas="script"[^>]*>/gi, ""),
    );
  }
  const server = http.createServer(async (req, res) => {
    const url = req.url ?? "/";
    const page = pages.get(url.split("?")[0] ?? "");
    if (page) {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(page);
      return;
    }
    const upstream = await fetch(app + url);
    res.writeHead(upstream.status, {
      "Content-Type": upstream.headers.get("content-type") ?? "application/octet-stream",
    });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${port}`,
    path: (route) => `/__limit${route === "/" ? "/index" : route}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
