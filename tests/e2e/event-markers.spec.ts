import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { timelineFileSchema } from "../../lib/data/schemas/timeline";
import { openSettled } from "./helpers";

/**
 * Events annotate the time charts: a labelled marker at each chosen event's date, and a key
 * whose buttons open the event's evidence, so a line's turn can be read against its cause.
 */

const timeline = timelineFileSchema.parse(JSON.parse(readFileSync("data/timeline.json", "utf8")));

const event = (id: string) => {
  const e = timeline.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id} in data/timeline.json`);
  return e;
};

test("an annotated event on the arms chart opens its evidence, quote and source", async ({
  page,
}) => {
  // The 2022 tables' chart (2000–2021), chosen by its link: the default is the newer register.
  await page.goto("/figures?arms=sipri-at-2022");
  const chart = page.getByTestId("arms-tiv-chart");
  await chart.scrollIntoViewIfNeeded();
  // The marker is drawn into the chart itself, with its label, at the S-300 deliveries.
  const marker = chart.locator('.chart-box svg [data-event-marker="s-300-delivery-begins"]');
  await expect(marker).toBeVisible();
  await expect(marker).toContainText("S-300 deliveries begin");

  // Its button in the key, reached and pressed from the keyboard.
  const button = chart.getByRole("button", { name: /S-300 deliveries begin/ });
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  const paper = event("s-300-delivery-begins");
  const panel = chart.locator('[data-event-evidence="s-300-delivery-begins"]');
  await expect(panel).toContainText(paper.title);
  const first = paper.evidence[0];
  if (!first || !("section" in first)) throw new Error("expected the paper's evidence");
  await expect(panel).toContainText(first.quote);
  // The paper's words, with the paper and its section as the source.
  await expect(panel).toContainText("ECFR");
  await expect(panel).toContainText(`§ ${first.section}`);

  // An event after the paper: a dashed marker, and a stored document with its link.
  const later = chart.locator(
    '.chart-box svg [data-event-marker="un-arms-restrictions-lapse-2020"]',
  );
  await expect(later).toHaveAttribute("data-after-paper", "");
  await expect(
    chart.locator('.chart-box svg [data-event-line="un-arms-restrictions-lapse-2020"]'),
  ).toHaveAttribute("stroke-dasharray", /\d/);
  await expect(
    chart.locator('.chart-box svg [data-event-line="s-300-delivery-begins"]'),
  ).not.toHaveAttribute("stroke-dasharray", /./);
  await chart.getByRole("button", { name: /UN arms curbs end/ }).click();
  const stored = chart.locator('[data-event-evidence="un-arms-restrictions-lapse-2020"]');
  await expect(stored).toContainText("Outside the paper");
  await expect(stored).toContainText(event("un-arms-restrictions-lapse-2020").evidence[0]!.quote);
  await expect(stored.locator("a[href^='http']").first()).toBeVisible();
  // One event's evidence at a time: the first closed when the second opened.
  await expect(button).toHaveAttribute("aria-expanded", "false");
  // The key and the open evidence meet WCAG 2.2 AA too (the page scans see them closed).
  const results = await new AxeBuilder({ page })
    .include('[data-testid="arms-tiv-chart"]')
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("the exported SVG of a time chart carries the event labels", async ({ page }) => {
  await page.goto("/figures");
  const chart = page.getByTestId("arms-both-ways-chart");
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator(".chart-box svg [data-event-marker]").first()).toBeVisible();
  await chart.getByText("Export", { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    chart.getByRole("button", { name: "SVG image" }).click(),
  ]);
  const svg = readFileSync(await download.path()).toString("utf8");
  for (const label of ["S-300 deliveries begin", "Iran admits drones to Russia"])
    expect(svg, label).toContain(label);
});

test("the slide and the embed draw the markers in their still SVG", async ({ page }) => {
  await openSettled(page, "/embed/arms-tiv");
  const wide = page.locator("[data-chart] svg.line-wide");
  await expect(wide).toBeVisible();
  await expect(wide.locator("[data-event-marker]")).toHaveCount(4);
  await expect(wide.locator('[data-event-marker="s-300-halted"]')).toContainText(
    "S-300 sale frozen",
  );
  // The key is folded into one line under a slide's or an embed's chart.
  await page.getByText(/The 4 marked events and their evidence/).click();
  await page.getByRole("button", { name: /S-300 sale frozen/ }).click();
  await expect(page.locator('[data-event-evidence="s-300-halted"]')).toContainText(
    event("s-300-halted").evidence[0]!.quote,
  );
});

test("the deck's arms slide draws the markers and its speaker notes (and PPTX) name them", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto("/present/4");
  const slide = page.locator('[data-slide-wrapper="4"]');
  await expect(slide.locator("svg.line-wide [data-event-marker]")).toHaveCount(4);
  await expect(slide.locator("svg.line-wide")).toContainText("S-300 deliveries begin");
  // The PPTX writes each slide's notes from this attribute.
  const notes = slide.locator("[data-notes]");
  await expect(notes).toHaveAttribute("data-notes", /Events marked on the chart/);
  await expect(notes).toHaveAttribute("data-notes", /Apr 2016: Russia starts delivering S-300s/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 760 } });

  test("the markers are numbered and the key names them", async ({ page }) => {
    await openSettled(page, "/embed/trade-exports");
    const compact = page.locator("[data-chart] svg.line-compact");
    await expect(compact).toBeVisible();
    await expect(compact.locator('[data-event-marker="jcpoa-concluded"] text')).toHaveText("2");
    await page.getByText(/marked events and their evidence/).click();
    const key = page.getByRole("button", { name: /Nuclear deal/ });
    await expect(key).toBeVisible();
    await expect(key).toContainText("2");
  });
});
