import { expect, type Page } from "@playwright/test";

/**
 * Opens a page and waits until every chart on it has drawn: scrolls through the page first,
 * so charts that load on scroll are drawn too, then returns to the top.
 */
export async function openSettled(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      // A timer, not requestAnimationFrame: frames can stall on a busy headless runner.
      await new Promise((r) => setTimeout(r, 30));
    }
    window.scrollTo(0, 0);
  });
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const undrawn = [...document.querySelectorAll("[data-chart]")].filter(
            (figure) =>
              figure.getAttribute("data-hydrated") !== "true" ||
              ![...figure.querySelectorAll(".chart-box")].every((box) => box.querySelector("svg")),
          );
          // Charts load when near the screen: bring the first one still waiting into view.
          undrawn[0]?.scrollIntoView({ block: "center" });
          if (!undrawn.length) window.scrollTo(0, 0);
          return undrawn.length === 0;
        }),
      { message: `charts on ${url} never drew`, timeout: 20_000 },
    )
    .toBe(true);
}

/** Makes the page start in a theme, the way a reader's saved choice would. */
export async function useTheme(page: Page, theme: string): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem("theme", t), theme);
}
