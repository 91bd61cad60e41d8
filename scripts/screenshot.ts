/**
 * Takes screenshots of a running server's pages in Debian Chromium, e.g. for the README:
 *   BASE_URL=http://localhost:3000 npx tsx scripts/screenshot.ts /factions docs/factions.png 1280 [dark]
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/chromium";

const [route = "/", out = "screenshot.png", width = "1280", theme = "light"] =
  process.argv.slice(2);
const base = process.env.BASE_URL ?? "http://localhost:3000";
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  colorScheme: theme === "dark" ? "dark" : "light",
});
await page.goto(base + route, { waitUntil: "networkidle" });
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`saved ${out}`);
