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

export interface DrawnText {
  text: string;
  px: number;
  /** How far the text's box sticks out of its SVG's box, in CSS px (0 when inside). */
  overflow: number;
}

/** Every chart text shown within `scope`: its drawn size and whether it stays inside its chart. */
export async function drawnChartText(page: Page, scope: string): Promise<DrawnText[]> {
  return page.evaluate((sel) => {
    const out: { text: string; px: number; overflow: number }[] = [];
    for (const root of document.querySelectorAll(sel)) {
      for (const text of root.querySelectorAll<SVGTextElement>(
        "[data-chart] .chart-box svg text",
      )) {
        const box = text.getBoundingClientRect();
        if (box.width === 0 || !text.textContent?.trim()) continue;
        const svg = text.ownerSVGElement;
        const ctm = text.getScreenCTM();
        if (!svg || !ctm) continue;
        const fontSize = parseFloat(getComputedStyle(text).fontSize);
        // The scale along the text's own direction, so a rotated axis title counts too.
        const scale = Math.hypot(ctm.a, ctm.b);
        const frame = svg.getBoundingClientRect();
        const overflow = Math.max(
          0,
          frame.left - box.left,
          box.right - frame.right,
          frame.top - box.top,
          box.bottom - frame.bottom,
        );
        out.push({
          text: text.textContent.trim().slice(0, 40),
          px: Math.round(fontSize * scale * 10) / 10,
          overflow: Math.round(overflow),
        });
      }
    }
    return out;
  }, scope);
}
