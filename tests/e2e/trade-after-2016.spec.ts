import { expect, test } from "@playwright/test";

test.describe("trade after 2016", () => {
  test("/figures sets partner-reported DOTS beside Iran's table and shows officials' statements as their own kind", async ({
    page,
  }) => {
    await page.goto("/figures");
    const mirror = page.getByTestId("trade-mirror-russia-to-iran-chart");
    await mirror.scrollIntoViewIfNeeded();
    await expect(mirror.getByRole("heading", { level: 3 })).toHaveText(
      /Goods from Russia to Iran, 2005–2020/,
    );
    // Each line is labelled by its reporter, and the source names the reporters' tables and the vintage.
    const legend = mirror.getByRole("list", { name: "Legend" });
    await expect(legend).toContainText("Reporter: Russia (exports, FOB)");
    await expect(legend).toContainText("Reporter: Iran (imports, CIF)");
    await expect(mirror).toContainText("Russian Federation as reporter");
    await expect(mirror).toContainText("Early-2022 vintage, data to 2020");
    // Iran's side of Iran-to-Russia trade is all IMF estimates: the chart says so.
    const estimated = page.getByTestId("trade-mirror-iran-to-russia-chart");
    await estimated.scrollIntoViewIfNeeded();
    await expect(estimated).toContainText("Hollow markers");
    await expect(page.getByTestId("trade-mirror-china-to-iran-chart")).toContainText(
      "Reporter: China (exports, FOB)",
    );

    // The statements: their own chart, their own axis, their own kind, with quote and source.
    const statements = page.getByTestId("trade-statements");
    await statements.scrollIntoViewIfNeeded();
    await expect(statements.getByRole("heading", { level: 3 })).toHaveText(
      /not a statistical series/,
    );
    await expect(statements.getByTestId("trade-statement-dots")).toBeVisible();
    await expect(statements.locator("[data-statement-dot]")).toHaveCount(3);
    // No statement is drawn inside a DOTS chart.
    await expect(mirror.locator("[data-statement-dot]")).toHaveCount(0);

    const evidence = page.getByTestId("trade-statements-evidence");
    const overchuk = evidence.locator('[data-statement="overchuk-2025-seven-months"]');
    await expect(overchuk).toContainText("Turnover reported by an official");
    await overchuk.locator("summary").click();
    await expect(overchuk.locator("blockquote").first()).toContainText(
      "our bilateral trade turnover increased by 11.8%",
    );
    await expect(overchuk).toContainText("TASS");
    const target = evidence.locator('[data-statement="lozhechko-20bn-expectation"]');
    await expect(target).toHaveAttribute("data-statement-kind", "target");
    await expect(target).toContainText("Target or expectation (not a turnover)");
    // The press's summary of Russian data is not labelled as an official's word.
    await expect(evidence.locator('[data-statement="russian-data-2022-turnover"]')).toContainText(
      "Turnover reported by the press, citing official data",
    );
  });

  test("a mirror chart is a slide and an embed through the view registry", async ({ page }) => {
    await page.goto("/embed/trade-mirror-iran-to-china");
    await expect(
      page.getByRole("heading", { level: 3, name: /Goods from Iran to China/ }),
    ).toBeVisible();
    await expect(page.getByText("Reporter: China (imports, CIF)").first()).toBeVisible();
    await page.goto("/present?slide=trade-mirror-russia-to-iran");
    await expect(
      page.getByRole("heading", { name: /Goods from Russia to Iran/ }).first(),
    ).toBeVisible();
  });
});
