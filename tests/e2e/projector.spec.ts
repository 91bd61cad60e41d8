import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { deckFileSchema } from "../../lib/deck/deck-schema";
import { drawnChartText, openSettled, useTheme, type DrawnText } from "./helpers";

/*
 * The room at the back of a talk: a laptop at 1366×768 driving a projector. Chart text is
 * measured as drawn on screen (its font size times the SVG's scale), since a view box scaled
 * down to fit a slide shrinks every label with it.
 */

const PROJECTOR = { width: 1366, height: 768 };
const COUNT = deckFileSchema.parse(JSON.parse(readFileSync("data/deck.json", "utf8"))).slides
  .length;
/** Smallest chart text on a slide, and on a dashboard page (read at arm's length, not across a room). */
const SLIDE_MIN_PX = 12;
const PAGE_MIN_PX = 11;

function smallest(texts: DrawnText[]): DrawnText | undefined {
  return [...texts].sort((a, b) => a.px - b.px)[0];
}

test.describe("charts on a projector at 1366×768", () => {
  test.use({ viewport: PROJECTOR });

  test("every slide's chart text is drawn at least 12 px high and stays inside its chart", async ({
    page,
  }) => {
    const decks = [
      "/present",
      // A bar chart slide and a two-radar slide from a custom deck.
      "/present?slide=balancing-bar%3Fbar%3Deconomic-stakes&slide=camp-gap%3Fa%3Dmiddle-way%26b%3Dre-balancers",
    ];
    const report: string[] = [];
    for (const url of decks) {
      await page.goto(url);
      await expect(page.locator(".deck")).toHaveAttribute("data-hydrated", "true");
      const count = await page.locator("[data-slide-wrapper]").count();
      expect(count).toBeGreaterThan(url === "/present" ? COUNT - 1 : 1);
      for (let n = 1; n <= count; n++) {
        await expect(page.locator(`[data-slide-wrapper="${n}"]`)).toHaveAttribute(
          "data-current",
          "",
        );
        const texts = await drawnChartText(page, `[data-slide-wrapper="${n}"]`);
        const min = smallest(texts);
        if (min && min.px < SLIDE_MIN_PX)
          report.push(`${url} slide ${n}: "${min.text}" ${min.px}px`);
        for (const t of texts.filter((x) => x.overflow > 2)) {
          report.push(`${url} slide ${n}: "${t.text}" sticks out ${t.overflow}px`);
        }
        if (n < count) await page.keyboard.press("ArrowRight");
      }
    }
    expect(report).toEqual([]);
  });

  test("dashboard charts draw their text at least 11 px high", async ({ page }) => {
    const report: string[] = [];
    for (const url of ["/", "/factions", "/balancing", "/figures"]) {
      await openSettled(page, url);
      const texts = await drawnChartText(page, "main");
      expect(texts.length, url).toBeGreaterThan(0);
      for (const t of texts.filter((x) => x.px < PAGE_MIN_PX)) {
        report.push(`${url}: "${t.text}" ${t.px}px`);
      }
      for (const t of texts.filter((x) => x.overflow > 2)) {
        report.push(`${url}: "${t.text}" sticks out ${t.overflow}px`);
      }
    }
    expect(report).toEqual([]);
  });
});

test.describe("the deck's controls on a 1366×768 laptop", () => {
  test.use({ viewport: PROJECTOR });

  for (const theme of ["light", "projector"]) {
    test(`the toolbar is one row, in the ${theme} site theme, also while a slide number is typed and after a message`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      await page.goto("/present/2");
      await expect(page.locator(".deck")).toHaveAttribute("data-hydrated", "true");
      const rows = () =>
        page.evaluate(() => {
          const toolbar = document.querySelector(".deck-toolbar");
          if (!toolbar) return { rows: -1, height: -1, controls: 0 };
          const shown = [...toolbar.children].filter(
            (c) => c.getClientRects().length > 0 && getComputedStyle(c).position === "static",
          );
          // A control starts a new row when it begins below the previous one's bottom.
          const boxes = shown.map((c) => c.getBoundingClientRect()).sort((a, b) => a.top - b.top);
          let count = boxes.length ? 1 : 0;
          let bottom = boxes[0]?.bottom ?? 0;
          for (const b of boxes.slice(1)) {
            if (b.top >= bottom - 1) count++;
            bottom = Math.max(bottom, b.bottom);
          }
          return {
            rows: count,
            height: toolbar.getBoundingClientRect().height,
            controls: toolbar.querySelectorAll("button, select, summary, a").length,
          };
        });
      const plain = await rows();
      expect(plain.controls).toBeGreaterThanOrEqual(6);
      expect(plain.rows).toBe(1);
      expect(plain.height).toBeLessThan(60);
      // Typing a slide number shows "Go to 5… (Enter)" in the toolbar.
      await page.keyboard.press("5");
      await expect(page.locator(".deck-toolbar").getByText("Go to 5")).toBeVisible();
      expect((await rows()).rows).toBe(1);
      await page.keyboard.press("Escape");
      // A message from the deck manager does not add a row either.
      await page.getByText("Deck and exports").click();
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.getByRole("button", { name: "Copy link to this deck" }).click();
      await expect(page.locator(".deck-status")).toContainText(/Link copied|Copy the address/);
      await page.getByText("Deck and exports").click();
      const after = await rows();
      expect(after.rows).toBe(1);
      expect(after.height).toBe(plain.height);
    });
  }

  test("full screen hides Table, Export, Add to deck and the link to the view on every slide", async ({
    page,
  }) => {
    await page.goto("/present/1");
    await expect(page.locator(".deck")).toHaveAttribute("data-hydrated", "true");
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
    for (let n = 1; n <= COUNT; n++) {
      const slide = page.locator(`[data-slide-wrapper="${n}"]`);
      await expect(slide).toHaveAttribute("data-current", "");
      await expect(page.locator(".deck-toolbar")).toBeHidden();
      for (const name of ["Table", "Add to deck"]) {
        for (const b of await slide.getByRole("button", { name, exact: true }).all()) {
          await expect(b).toBeHidden();
        }
      }
      for (const s of await slide.locator("summary", { hasText: "Export" }).all()) {
        await expect(s).toBeHidden();
      }
      await expect(slide.getByRole("link", { name: /Open this view/ })).toBeHidden();
      // The chart itself and its source line stay.
      if (await slide.locator("figure[data-chart]").count()) {
        await expect(slide.locator("figure[data-chart]").first()).toBeVisible();
        await expect(slide.locator("[data-chart-source]").first()).toBeVisible();
      }
      if (n < COUNT) await page.keyboard.press("ArrowRight");
    }
  });

  test("the speaker view shows the current slide large, its chart text legible", async ({
    page,
  }) => {
    for (const n of [1, 4, 5]) {
      await page.goto(`/present/speaker`);
      await expect(page.locator(".speaker")).toHaveAttribute("data-hydrated", "true");
      for (let i = 1; i < n; i++) await page.keyboard.press("ArrowRight");
      await expect(page.getByTestId("speaker-counter")).toHaveText(`Slide ${n} of ${COUNT}`);
      const current = page.getByTestId("speaker-current");
      const frame = await current.boundingBox();
      // Most of a 1366-pixel-wide window, and most of its height.
      expect(frame?.width ?? 0).toBeGreaterThan(800);
      expect(frame?.height ?? 0).toBeGreaterThan(550);
      const chart = await current.locator(".chart-box svg").first().boundingBox();
      expect(chart?.width ?? 0).toBeGreaterThan(600);
      expect(chart?.height ?? 0).toBeGreaterThan(250);
      const texts = await drawnChartText(page, '[data-testid="speaker-current"]');
      expect(texts.length).toBeGreaterThan(0);
      expect(smallest(texts)?.px ?? 0).toBeGreaterThanOrEqual(PAGE_MIN_PX);
    }
  });
});

test("on a phone a slide draws each chart once, in the phone layout, inside the screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/present/1");
  await expect(page.locator(".deck")).toHaveAttribute("data-hydrated", "true");
  // Slide 1 is a radar, slide 2 bars (data/deck.json).
  for (const n of [1, 2]) {
    const slide = page.locator(`[data-slide-wrapper="${n}"]`);
    await expect(slide).toHaveAttribute("data-current", "");
    const shown = await slide.evaluate((el) =>
      [...el.querySelectorAll("figure[data-chart] .chart-box svg[data-layout]")]
        .filter((svg) => svg.getClientRects().length > 0)
        .map((svg) => {
          const box = svg.getBoundingClientRect();
          return { layout: svg.getAttribute("data-layout"), right: box.right };
        }),
    );
    expect(shown.map((s) => s.layout)).toEqual(["compact"]);
    expect(shown[0]?.right ?? 999).toBeLessThanOrEqual(360);
    if (n === 1) await page.keyboard.press("ArrowRight");
  }
});
