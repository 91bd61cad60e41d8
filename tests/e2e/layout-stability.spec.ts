import { expect, test } from "@playwright/test";
import { PAGE_STATES } from "./routes";

/**
 * Pages are prerendered in their default state and apply a link's state once loaded. A link
 * carrying state must still not move anything the reader sees: the parts that state changes
 * wait, hidden but in place, until it is applied.
 */
// Decks too: a link's theme (projector) enlarges the slide's text.
const STATE_LINKS = Object.values(PAGE_STATES).flat();

for (const viewport of [
  { width: 412, height: 823 },
  { width: 1350, height: 940 },
]) {
  for (const link of STATE_LINKS) {
    test(`${link} applies its state without a layout shift at ${viewport.width} px`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { __shifts: number[] }).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            shifts.push((entry as PerformanceEntry & { value: number }).value);
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(link);
      // The view has applied the link (the pending mark is gone) and drawn it.
      await expect(page.locator("html")).not.toHaveAttribute("data-url-pending");
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(
        () => (window as unknown as { __shifts: number[] }).__shifts,
      );
      expect(shifts).toEqual([]);
    });
  }
}

test("a link's filters are what the reader sees once the page has loaded", async ({ page }) => {
  await page.goto("/timeline?thread=s-300");
  await expect(page.locator("html")).not.toHaveAttribute("data-url-pending");
  const shown = page.locator("[data-event-id]:visible");
  await expect(shown.first()).toBeVisible();
  const all = await page.locator("[data-event-id]").count();
  expect(await shown.count()).toBeLessThan(all);
  await expect(page.getByRole("combobox", { name: "Story:" })).toHaveValue("s-300");
});
