import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tests/e2e/chromium";

export interface JsSize {
  route: string;
  scripts: number;
  jsGzip: number;
  jsRaw: number;
  htmlGzip: number;
}

/**
 * First-load JavaScript as a phone downloads it: every script fetched until the network is
 * idle, each gzipped on its own, summed. Scrolls to the bottom first, so charts loaded on
 * scroll count too.
 */
export async function measureJs(base: string, routes: string[]): Promise<JsSize[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const out: JsSize[] = [];
  for (const route of routes) {
    const page = await browser.newPage();
    const bodies: Promise<Buffer | null>[] = [];
    page.on("response", (res) => {
      if (res.request().resourceType() === "script") bodies.push(res.body().catch(() => null));
    });
    await page.goto(base + route, { waitUntil: "networkidle" });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
    const scripts = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
    const html = Buffer.from(await (await fetch(base + route)).text());
    out.push({
      route,
      scripts: scripts.length,
      jsRaw: scripts.reduce((n, b) => n + b.length, 0),
      jsGzip: scripts.reduce((n, b) => n + gzipSync(b).length, 0),
      htmlGzip: gzipSync(html).length,
    });
    await page.close();
  }
  await browser.close();
  return out;
}
