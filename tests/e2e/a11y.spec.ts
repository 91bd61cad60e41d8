import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openSettled, useTheme } from "./helpers";
import { EMBED_SAMPLES, PAGE_ROUTES, PAGE_STATES, THEMES } from "./routes";

// Every built page in its default view plus the states listed in routes.ts, in every theme.
const URLS = [
  ...PAGE_ROUTES.flatMap((route) => [route, ...(PAGE_STATES[route] ?? [])]),
  ...EMBED_SAMPLES,
];
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

for (const theme of THEMES) {
  for (const url of URLS) {
    test(`axe finds no WCAG 2.2 AA violation on ${url} (${theme})`, async ({ page }) => {
      // A full scan of a long page with many SVG charts is slow on a loaded 2-core runner.
      test.setTimeout(60_000);
      await useTheme(page, theme);
      await openSettled(page, url);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const violations = results.violations.map(
        (v) =>
          `${v.impact ?? "?"} ${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")})`,
      );
      expect(violations).toEqual([]);
    });
  }
}

for (const url of PAGE_ROUTES) {
  test(`every chart on ${url} has a name, a description and a table alternative`, async ({
    page,
  }) => {
    await openSettled(page, url);
    // Charts on screen; a deck's other slides are checked slide by slide in present.spec.ts.
    const charts = page.locator("[data-chart]:visible");
    const count = await charts.count();
    for (let i = 0; i < count; i += 1) {
      const chart = charts.nth(i);
      const label = await chart.evaluate((el) => {
        const text = (attr: string) =>
          (el.getAttribute(attr) ?? "")
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent?.trim() ?? "")
            .join(" ")
            .trim();
        return { name: text("aria-labelledby"), description: text("aria-describedby") };
      });
      expect(label.name, `chart ${i} on ${url}`).not.toBe("");
      expect(label.description.length, `chart "${label.name}" description`).toBeGreaterThan(20);
      // The numbers are in a table for screen readers even while the chart is drawn...
      await expect(chart.locator(".sr-only table")).toHaveCount(1);
      // ...and a sighted keyboard user can swap the chart for that table.
      const tableButton = chart.getByRole("button", { name: "Table", exact: true });
      await tableButton.press("Enter");
      await expect(tableButton).toHaveAttribute("aria-pressed", "true");
      await expect(chart.locator("table").first()).toBeVisible();
      await tableButton.press("Enter");
    }
  });
}

// On a phone every control must be a target a thumb can hit (WCAG 2.5.8): at desktop width
// the same page can pass only because its neighbours happen to sit further apart.
test.describe("on a phone", () => {
  test.use({ viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true });
  for (const url of PAGE_ROUTES) {
    test(`every control on ${url} is a large enough target`, async ({ page }) => {
      test.setTimeout(60_000);
      await openSettled(page, url);
      const results = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
      const small = results.violations.flatMap((v) =>
        v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`.slice(0, 200)),
      );
      expect(small).toEqual([]);
    });
  }
});
