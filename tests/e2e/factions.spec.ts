import { expect, test, type Page } from "@playwright/test";

const radar = (page: Page) => page.getByTestId("stance-radar");
const toggle = (page: Page, name: string) => radar(page).getByRole("button", { name, exact: true });
const drawnSeries = (page: Page) => radar(page).locator("svg.radar-surface:visible .radar-series");

/**
 * Opens the comparison and waits until React has hydrated, so interactions are not lost to a
 * page that is still static HTML (the radar itself is already in the server's HTML).
 */
async function open(page: Page, url = "/factions") {
  await page.goto(url);
  await expect(radar(page)).toHaveAttribute("data-hydrated", "true");
}

test.describe("faction comparison", () => {
  test("shows the three camps on a drawn radar with gaps marked as not stated", async ({
    page,
  }) => {
    await open(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Iran's three camps on Russia",
    );
    await expect(drawnSeries(page)).toHaveCount(3);
    for (const name of ["Russia-leaners", "Re-balancers", "Middle way"]) {
      await expect(toggle(page, name)).toHaveAttribute("aria-pressed", "true");
    }
    await expect(
      radar(page).locator("svg.radar-surface:visible .radar-not-stated").first(),
    ).toContainText("not stated");
    await expect(radar(page)).toContainText("Middle way: not stated in the paper for");
  });

  test("toggles a camp off and on, and the URL follows", async ({ page }) => {
    await open(page);
    await toggle(page, "Re-balancers").click();
    await expect(toggle(page, "Re-balancers")).toHaveAttribute("aria-pressed", "false");
    await expect(drawnSeries(page)).toHaveCount(2);
    await expect(page).toHaveURL(/factions=russia-leaners%2Cmiddle-way/);

    await toggle(page, "Re-balancers").click();
    await expect(toggle(page, "Re-balancers")).toHaveAttribute("aria-pressed", "true");
    await expect(drawnSeries(page)).toHaveCount(3);
  });

  test("compares two camps, largest gap first, and opens a row's evidence with its quote and source", async ({
    page,
  }) => {
    await open(page);
    await page.getByLabel("Compare").selectOption("middle-way");
    await page.getByLabel("with", { exact: true }).selectOption("re-balancers");
    const table = page.getByTestId("diff-table");
    await expect(table.locator("thead")).toContainText("Middle way");
    await expect(table.locator("thead")).toContainText("Re-balancers");

    const gaps = await table.locator("tbody tr td:nth-child(4)").allInnerTexts();
    const numeric = gaps.map((g) => Number.parseInt(g, 10)).filter((n) => !Number.isNaN(n));
    expect(numeric.length).toBeGreaterThan(0);
    expect(numeric).toEqual([...numeric].sort((a, b) => b - a));

    await table.getByRole("button", { name: "Distrust of Russia" }).click();
    const panel = page.getByTestId("evidence-panel");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(
      "Evidence: Distrust of Russia",
    );
    await expect(panel.locator("blockquote").first()).toContainText(
      "more reliable than any other global power",
    );
    await expect(panel).toContainText("footnote [59]");
    await expect(panel).toContainText("Interview with former senior Iranian official, May 2016.");
    await expect(page).toHaveURL(/dim=distrust-of-russia/);

    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await panel.getByRole("button", { name: "Copy citation" }).first().click();
    await expect(panel.getByText("Copied")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("more reliable than any other global power");
    expect(copied).toMatch(
      /section “The “Russia-leaners””, footnote 59; reported by the paper from a former senior Iranian official \(interview, May 2016\)\)$/,
    );
  });

  test("a skip link takes the keyboard straight to the difference table", async ({ page }) => {
    await open(page);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to the difference table" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#diff-heading")).toBeFocused();
    await page.keyboard.press("Tab");
    const inside = await page.evaluate(
      () => !!document.activeElement?.closest('[data-testid="diff-table"]'),
    );
    expect(inside).toBe(true);
  });

  test("Escape or the Close button closes the open evidence, and the link follows", async ({
    page,
  }) => {
    await open(page, "/factions?dim=distrust-of-russia");
    const panel = page.getByTestId("evidence-panel");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(
      "Evidence: Distrust of Russia",
    );
    await panel.getByRole("button", { name: "Copy citation" }).first().focus();
    await page.keyboard.press("Escape");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Evidence");
    await expect(page).not.toHaveURL(/dim=/);
    await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
    await page
      .getByTestId("diff-table")
      .getByRole("button", { name: "Opening to the West" })
      .click();
    await panel.getByRole("button", { name: "Close (Esc)" }).click();
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Evidence");
  });

  test("frames the camps inside the paper's consensus and shows which gaps rest on inference", async ({
    page,
  }) => {
    await open(page);
    const frame = page.getByTestId("debate-frame");
    await expect(frame).toContainText("general consensus");
    await expect(frame).toContainText("Supreme Leader in no camp");
    await frame
      .getByText(/^Evidence \(/)
      .first()
      .click();
    await expect(frame.locator("blockquote").first()).toContainText(
      "There is a general consensus among Iran",
    );
    await expect(frame.locator("[data-attribution]").first()).toHaveText(
      "The authors' own statement:",
    );

    const table = page.getByTestId("diff-table");
    const inferred = table.locator('[data-gap-basis="inferred"]');
    const stated = table.locator('[data-gap-basis="stated"]');
    await expect(inferred.first()).toContainText("rests on inference");
    await expect(stated.first()).toContainText("both stated");
    expect(await inferred.count()).toBeGreaterThan(0);
    expect(await stated.count()).toBeGreaterThan(0);
    // The radar marks the same inferred scores with a dashed ring.
    await expect(
      radar(page).locator('svg.radar-surface:visible [data-inferred="true"]').first(),
    ).toBeVisible();
  });

  test("an axis label on the chart opens that dimension's evidence", async ({ page }) => {
    await open(page);
    await radar(page)
      .locator("svg.radar-surface:visible .radar-axis")
      .filter({ hasText: "Economy of" })
      .click();
    await expect(page.getByTestId("evidence-panel").getByRole("heading", { level: 2 })).toHaveText(
      "Evidence: Economy of resistance",
    );
    await expect(page.getByTestId("evidence-panel")).toContainText(
      "rally behind the concept of an economy of resistance",
    );
  });

  test("reloading the copied URL gives the same view", async ({ page, context }) => {
    await open(page);
    await toggle(page, "Middle way").click();
    await page.getByLabel("Compare").selectOption("re-balancers");
    await page.getByLabel("with", { exact: true }).selectOption("russia-leaners");
    await page.getByLabel("Evidence for", { exact: true }).selectOption("energy-rivalry-concern");
    await expect(page).toHaveURL(/dim=energy-rivalry-concern/);
    const url = page.url();

    const second = await context.newPage();
    await open(second, url);
    await expect(toggle(second, "Middle way")).toHaveAttribute("aria-pressed", "false");
    await expect(drawnSeries(second)).toHaveCount(2);
    await expect(second.getByLabel("Compare")).toHaveValue("re-balancers");
    await expect(second.getByLabel("with", { exact: true })).toHaveValue("russia-leaners");
    await expect(
      second.getByTestId("evidence-panel").getByRole("heading", { level: 2 }),
    ).toHaveText("Evidence: Concern over energy rivalry");
    await expect(second.getByTestId("url-notice")).toHaveCount(0);
  });

  test("following the menu link after changing the view starts afresh from the new URL", async ({
    page,
  }) => {
    await open(page);
    await toggle(page, "Middle way").click();
    await expect(drawnSeries(page)).toHaveCount(2);
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Iran's camps", exact: true })
      .click();
    await expect(toggle(page, "Middle way")).toHaveAttribute("aria-pressed", "true");
    await expect(drawnSeries(page)).toHaveCount(3);
  });

  test("a bad URL parameter falls back to the default with a visible notice", async ({ page }) => {
    await open(page, "/factions?factions=hardliners&a=nobody&dim=%3Cscript%3E");
    const notice = page.getByTestId("url-notice");
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Unknown faction "hardliners"');
    await expect(notice).toContainText('Unknown dimension "<script>"');
    await expect(drawnSeries(page)).toHaveCount(3);
    await expect(page.getByLabel("Compare")).toHaveValue("russia-leaners");
  });

  test("the Table toggle shows the same numbers as an accessible table", async ({ page }) => {
    await open(page);
    await radar(page).getByRole("button", { name: "Table" }).click();
    const table = page.getByTestId("stance-radar-table").getByRole("table");
    await expect(table).toBeVisible();
    const row = table.getByRole("row", { name: /Economy of resistance/ });
    await expect(row).toContainText("9");
    await expect(row).toContainText("not stated");
    await radar(page).getByRole("button", { name: "Table" }).click();
    await expect(drawnSeries(page)).toHaveCount(3);
  });

  test("the keyboard reaches the controls and opens evidence without a mouse", async ({ page }) => {
    await open(page);
    const tabTo = async (target: ReturnType<Page["locator"]>) => {
      for (
        let i = 0;
        i < 60 && !(await target.evaluate((el) => el === document.activeElement));
        i += 1
      ) {
        await page.keyboard.press("Tab");
      }
      await expect(target).toBeFocused();
    };
    const target = toggle(page, "Russia-leaners");
    await tabTo(target);
    await page.keyboard.press("Space");
    await expect(target).toHaveAttribute("aria-pressed", "false");

    // The chart's axis labels are keyboard controls too, reached by Tab, not only by mouse.
    const axis = radar(page).getByRole("button", {
      name: "Open the evidence for Distrust of Russia",
    });
    await tabTo(axis);
    await page.keyboard.press("Enter");
    const panel = page.getByTestId("evidence-panel");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(
      "Evidence: Distrust of Russia",
    );
    await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();

    const rowButton = page
      .getByTestId("diff-table")
      .getByRole("button", { name: "Opening to the West" });
    await tabTo(rowButton);
    await page.keyboard.press("Enter");
    await expect(panel).toContainText("cautious about opening up economically");
  });

  test("the first paint already holds the numbers, and nothing shifts when the chart draws", async ({
    browser,
  }) => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto("/factions");
    await expect(page.getByTestId("stance-radar")).toContainText("Economy of resistance");
    await expect(page.getByTestId("diff-table")).toContainText("Opening to the West");
    await noJs.close();

    const ctx = await browser.newContext();
    const live = await ctx.newPage();
    await live.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await live.goto("/factions", { waitUntil: "networkidle" });
    await expect(drawnSeries(live)).toHaveCount(3);
    const cls = await live.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls).toBeLessThan(0.01);
    await ctx.close();
  });
});
