import { expect, test, type Page } from "@playwright/test";

/** Waits until the page's interactive island has hydrated, so clicks are not lost. */
async function openHydrated(page: Page, url: string, testId: string) {
  await page.goto(url);
  await expect(page.getByTestId(testId).first()).toBeVisible();
  await expect(page.locator("[data-chart]").first()).toHaveAttribute("data-hydrated", "true");
}

test.describe("figures", () => {
  test("filtering by kind leaves one chart per kind asked for, and the link keeps it", async ({
    page,
  }) => {
    await openHydrated(page, "/figures", "figures-bars");
    const bars = page.getByTestId("figures-bars");
    const chartsBefore = await bars.locator("[data-chart]").count();
    expect(chartsBefore).toBeGreaterThan(2);
    await page.getByRole("button", { name: "Trade targets", exact: true }).click();
    await expect(page).toHaveURL(/kind=trade-target/);
    await expect(bars.locator("[data-chart]")).toHaveCount(1);
    await expect(bars.getByRole("heading", { level: 3 })).toHaveText(/Trade targets/);
    await expect(
      page.getByRole("list", { name: "Figures with their evidence" }).getByText("$600bn", {
        exact: true,
      }),
    ).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("figures-bars").locator("[data-chart]")).toHaveCount(1);
  });

  test("comparing a deal with a trade target explains why they cannot share an axis", async ({
    page,
  }) => {
    await openHydrated(page, "/figures", "figures-bars");
    await page.getByRole("button", { name: /^Compare: Russia–Iran deals/ }).click();
    await page.getByRole("button", { name: /^Compare: China–Iran ten-year trade target/ }).click();
    const compare = page.getByTestId("figure-compare");
    await expect(compare).toContainText("different kinds");
    await expect(page).toHaveURL(/compare=/);
  });

  test("the 'almost 2×' ratio is an outlined bar that links to its check against the data", async ({
    page,
  }) => {
    await page.goto("/figures?kind=ratio");
    const ratio = page.getByTestId("figures-ratio");
    await expect(ratio.locator('svg:visible rect[data-outlined="true"]')).toHaveCount(1);
    await expect(ratio).toContainText("almost 2×");
    await ratio.getByRole("link", { name: "checked against SIPRI's data" }).click();
    await expect(page).toHaveURL(/#pvd-heading$/);
    await expect(page.getByTestId("paper-vs-data")).toBeInViewport();
  });

  test("series charts carry publisher, vintage and licence, and the paper meets the data", async ({
    page,
  }) => {
    // The arms chart on the 2022 tables (the switcher's other release is checked below and in
    // arms-releases.spec.ts).
    await page.goto("/figures?arms=sipri-at-2022");
    const tiv = page.getByTestId("arms-tiv-chart");
    await expect(tiv).toContainText("SIPRI");
    await expect(tiv).toContainText("Vintage:");
    await expect(tiv).toContainText("Licence:");
    await tiv.scrollIntoViewIfNeeded();
    await expect(tiv.locator(".chart-box svg.recharts-surface")).toBeVisible();
    // The later register, drawn alone on its own release, with the flow from Iran to Russia.
    await page.getByRole("button", { name: /2024 register/ }).click();
    const both = page.getByTestId("arms-both-ways-chart");
    await expect(both).toContainText("2024 release");
    await expect(both).toContainText("Iran to Russia");
    // Iran is ranked among all of Russia's recipients, not only the few named in the paper.
    const recipients = page.getByTestId("recipients-chart");
    await expect(recipients).toContainText(/Iran ranks \d+/);
    await expect(recipients.locator("svg.bar-wide .bar")).toHaveCount(11);
    const pvd = page.getByTestId("paper-vs-data");
    await expect(pvd).toContainText("almost double");
    await expect(pvd).toContainText("Why the vintages differ");
  });
});

test.describe("Moscow's balancing", () => {
  test("an axis of the balancing radar opens each actor's evidence", async ({ page }) => {
    await openHydrated(page, "/balancing", "balancing-chart");
    await page
      .getByTestId("balancing-chart")
      .locator("svg.radar-surface:visible")
      .getByRole("button", { name: /Leverage over Moscow/ })
      .click();
    const panel = page.getByTestId("evidence-panel");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(
      "Evidence: Leverage over Moscow",
    );
    for (const name of ["Israel", "Saudi Arabia", "Turkey", "Iran"]) {
      await expect(panel.getByRole("heading", { level: 3, name })).toBeVisible();
    }
    await expect(panel.locator("blockquote").first()).toBeVisible();
    await expect(page).toHaveURL(/dim=leverage-over-moscow/);
  });

  test("an actor card shows what it holds, how Moscow accommodates it and Tehran's response, with quotes", async ({
    page,
  }) => {
    await page.goto("/balancing");
    const israel = page.locator("#actor-israel");
    await expect(israel).toContainText("What it holds over Moscow");
    await expect(israel).toContainText("How Moscow accommodates it");
    await expect(israel).toContainText("How Tehran responds");
    await israel
      .getByText(/^Evidence \(/)
      .first()
      .click();
    await expect(israel.locator("blockquote").first()).toBeVisible();
    const syria = page.getByTestId("syria-issues");
    await expect(syria).toContainText("Converge");
    await expect(syria).toContainText("Diverge");
    // Issues are counted within their kind, under the paper's own net judgement.
    await expect(syria.getByRole("heading", { name: /^Core aims/ })).toContainText("converge on 3");
    await expect(syria.getByRole("heading", { name: /^Longer-term questions/ })).toBeVisible();
    await expect(syria).toContainText("broadly effective military coalition");
  });
});

test.describe("timeline", () => {
  test("filters by category, follows the S-300 thread, and keeps the filter in the link", async ({
    page,
  }) => {
    await page.goto("/timeline");
    await expect(page.getByTestId("timeline-filters")).toHaveAttribute("data-hydrated", "true");
    const timeline = page.getByTestId("timeline");
    await expect(timeline.locator("li[data-category]:visible").first()).toBeVisible();
    const all = await timeline.locator("li[data-category]:visible").count();
    await page.getByRole("button", { name: "Nuclear", exact: true }).click();
    await expect(page).toHaveURL(/category=nuclear/);
    const nuclear = timeline.locator("li[data-category]:visible");
    await expect(nuclear.first()).toBeVisible();
    expect(await nuclear.count()).toBeLessThan(all);
    for (const c of await nuclear.evaluateAll((els) =>
      els.map((e) => e.getAttribute("data-category")),
    ))
      expect(c).toBe("nuclear");

    await page.getByRole("button", { name: "Read the S-300 saga as one thread" }).click();
    await expect(page).toHaveURL(/thread=s-300/);
    await expect(timeline).toContainText("S-300");
    const dates = await timeline
      .locator("time")
      .evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    expect(dates.length).toBeGreaterThanOrEqual(4);
    expect(dates).toEqual([...dates].sort());
    await page.reload();
    await expect(page.getByLabel("Story:")).toHaveValue("s-300");
    const saga = page.getByRole("button", { name: "Read the S-300 saga as one thread" });
    await expect(saga).toHaveAttribute("aria-pressed", "true");
    // Pressed again, it lets go of the thread.
    await saga.click();
    await expect(page.getByLabel("Story:")).toHaveValue("");
    await expect(page).not.toHaveURL(/thread=/);
  });
});

test("a footnote on /sources leads to the chart that cites it, with the footnote in its evidence", async ({
  page,
}) => {
  await page.goto("/sources");
  const fn = page.locator("#fn-64");
  await expect(fn).toContainText("Cited in");
  await fn
    .getByRole("link", { name: /Iran's camps:/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/factions\?dim=/);
  await expect(page.getByTestId("stance-radar")).toBeVisible();
  await expect(page.getByTestId("evidence-panel")).toContainText("footnote [64]");
});

test("the header reaches every page", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [name, path] of [
    ["Moscow's balancing", "/balancing"],
    ["Figures", "/figures"],
    ["Timeline", "/timeline"],
    ["Sources", "/sources"],
    ["Methodology", "/methodology"],
  ] as const) {
    await nav.getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
  }
  // Last, since the deck replaces the header with its own toolbar.
  await nav.getByRole("link", { name: "Present", exact: true }).click();
  // The deck writes the slide number into the address as soon as it runs.
  await expect(page).toHaveURL(/\/present(\/1)?$/);
  await expect(page.getByTestId("slide-counter")).toHaveText(/^Slide 1 of \d+$/);
});
