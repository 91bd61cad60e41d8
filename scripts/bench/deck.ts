import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tests/e2e/chromium";

export interface DeckTiming {
  samples: number[];
  median: number;
  p90: number;
  max: number;
}

declare global {
  interface Window {
    __slideTiming?: Promise<number>;
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/**
 * Time from a key press to the next slide fully drawn: from the keydown event's own timestamp
 * until the next slide is the one shown, its chart has a real size, and a frame has been painted
 * after that. Real key presses (CDP input events), not synthetic ones, so the browser's input
 * handling counts too. Cycles through the deck `runs` times.
 */
export async function measureSlideChanges(base: string, runs: number): Promise<DeckTiming> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  // tsx keeps function names with a `__name` helper that does not exist inside the page.
  await page.addInitScript("window.__name = (f) => f");
  await page.goto(`${base}/present`, { waitUntil: "networkidle" });
  await page.locator(".deck[data-hydrated='true']").waitFor();
  const count = await page.locator("[data-slide-wrapper]").count();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const at = await page
      .locator("[data-slide-wrapper][data-current]")
      .getAttribute("data-slide-wrapper");
    if (Number(at) === count) {
      await page.keyboard.press("Home");
      await page.locator("[data-slide-wrapper='1'][data-current]").waitFor();
    }
    await page.evaluate(() => {
      window.__slideTiming = new Promise<number>((resolve) => {
        const before = document.querySelector("[data-slide-wrapper][data-current]");
        window.addEventListener(
          "keydown",
          (e) => {
            const start = e.timeStamp;
            const check = () => {
              const now = document.querySelector("[data-slide-wrapper][data-current]");
              const drawn =
                now &&
                now !== before &&
                [...now.querySelectorAll(".chart-box svg")].some(
                  (s) => s.getBoundingClientRect().height > 0,
                );
              if (!drawn) {
                requestAnimationFrame(check);
                return;
              }
              // The frame that shows it: a task queued from rAF runs after that frame's paint.
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
            };
            check();
          },
          { capture: true, once: true },
        );
      });
    });
    await page.keyboard.press("ArrowRight");
    samples.push(await page.evaluate(() => window.__slideTiming ?? Promise.resolve(NaN)));
  }
  await browser.close();
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples,
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    max: sorted.at(-1) ?? NaN,
  };
}
