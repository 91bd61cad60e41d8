/**
 * Size benchmark (not part of the test run): builds for production, starts the server and,
 * for each page, loads it in Debian Chromium, takes every script fetched until the network
 * is idle, gzips each and sums them, as the browser would download them on first load.
 *   npm run bench            (builds first)
 *   npm run bench -- --no-build
 */
import { spawn, spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/chromium";

const ROUTES = ["/", "/factions"];
const TARGET_JS_KB = 255;
const PORT = 3311;
const base = `http://127.0.0.1:${PORT}`;

if (!process.argv.includes("--no-build")) {
  const build = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
  stdio: "ignore",
  detached: true,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
const stopServer = () => {
  try {
    if (server.pid) process.kill(-server.pid);
  } catch {
    // already gone
  }
};
process.on("exit", stopServer);

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`${base}/api/factions`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

await waitForServer();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rows: {
  route: string;
  scripts: number;
  jsGzip: number;
  jsRaw: number;
  html: number;
  htmlGzip: number;
}[] = [];
for (const route of ROUTES) {
  const page = await browser.newPage();
  const bodies: Promise<Buffer | null>[] = [];
  page.on("response", (res) => {
    if (res.request().resourceType() === "script") bodies.push(res.body().catch(() => null));
  });
  await page.goto(base + route, { waitUntil: "networkidle" });
  const scripts = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
  const html = Buffer.from(await (await fetch(base + route)).text());
  rows.push({
    route,
    scripts: scripts.length,
    jsRaw: scripts.reduce((n, b) => n + b.length, 0),
    jsGzip: scripts.reduce((n, b) => n + gzipSync(b).length, 0),
    html: html.length,
    htmlGzip: gzipSync(html).length,
  });
  await page.close();
}
await browser.close();
stopServer();

console.log(
  "\nFirst-load JavaScript (every script until network idle, each gzipped) and HTML size",
);
console.log("route        scripts  JS gzip kB  JS raw kB  HTML kB  HTML gzip kB  target");
for (const r of rows) {
  const ok = r.jsGzip / 1024 <= TARGET_JS_KB ? "ok" : "OVER";
  console.log(
    `${r.route.padEnd(12)} ${String(r.scripts).padStart(7)}  ${kb(r.jsGzip).padStart(10)}  ${kb(r.jsRaw).padStart(9)}  ${kb(r.html).padStart(7)}  ${kb(r.htmlGzip).padStart(12)}  ≤${TARGET_JS_KB} kB ${ok}`,
  );
}
process.exit(0);
