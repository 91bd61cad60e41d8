import { expect, test } from "@playwright/test";

/**
 * The arms chart on /figures draws one SIPRI release at a time: switching the release redraws
 * the chart from that release only and changes the list of revised years; the deals table shows
 * what of the paper's wish list and the later orders the register records as delivered.
 */
test("switching the arms release redraws the chart and the revision list, and the deals table shows ordered against delivered", async ({
  page,
}) => {
  await page.goto("/figures");
  const section = page.getByTestId("arms-releases");
  await section.scrollIntoViewIfNeeded();
  // Default: the newest yearly release, the 2024 register, with Iran → Russia in it.
  await expect(section.getByTestId("arms-both-ways-chart")).toBeVisible();
  await expect(section.getByTestId("arms-tiv-chart")).toHaveCount(0);
  const revisions = section.getByTestId("arms-revisions");
  await expect(revisions).toHaveAttribute("data-release", "sipri-at-2024");
  await expect(revisions).toContainText("Years this release revised from the 2022 tables");
  await expect(revisions).toContainText("Russia → Iran, 2001");
  await expect(revisions).toContainText("298 → 306.2");
  await expect(revisions).toContainText("SIPRI does not state why");
  // Iran's imports from all suppliers: the 2023 country totals against the 2024 register.
  await expect(revisions.getByTestId("iran-imports-revisions")).toContainText("2000: 414 → 423.72");
  await expect(section.getByTestId("arms-latest-year")).toContainText("Iran → Russia");
  await expect(section.getByTestId("arms-latest-year")).toContainText("224");

  // Wait for hydration before clicking: the switch is a client control.
  await expect(section.locator("[data-chart]").first()).toHaveAttribute("data-hydrated", "true");
  await section.getByRole("button", { name: /2022 tables/ }).click();
  await expect(page).toHaveURL(/[?&]arms=sipri-at-2022/);
  await expect(section.getByTestId("arms-tiv-chart")).toBeVisible();
  await expect(section.getByTestId("arms-both-ways-chart")).toHaveCount(0);
  await expect(section.getByTestId("arms-tiv-chart")).toContainText("2000–2021");
  await expect(section.getByTestId("arms-tiv-chart")).not.toContainText("Iran to Russia");
  await expect(revisions).toHaveAttribute("data-release", "sipri-at-2022");
  await expect(revisions).toContainText(
    "Years the 2024 register (deliveries to 2023) later revised",
  );

  // The deals table: the wish list as the newest register states it.
  const deals = page.getByTestId("arms-deals");
  await deals.scrollIntoViewIfNeeded();
  const watch = deals.getByTestId("deals-watch-list");
  await expect(watch.locator('li[data-system="S-400"]')).toContainText("not in the register");
  await expect(watch.locator('li[data-system="T-90S"]')).toContainText("not in the register");
  await expect(watch.locator('li[data-system="Yak-130"]')).toContainText(
    "24? ordered in 2022?, 6? delivered (2023–2024)",
  );
  await expect(watch.locator('li[data-system="Su-35"]')).toContainText("0 delivered");
  await expect(watch.locator('li[data-system="Mi-28"]')).toContainText("Mi-28N");
  // The 2025 register does not list the Mi-28 yet.
  await deals.getByRole("button", { name: /2025 register/ }).click();
  await expect(page).toHaveURL(/deals=sipri-at-2025/);
  // Both parts keep their own parameter in the address.
  await expect(page).toHaveURL(/arms=sipri-at-2022/);
  await expect(watch.locator('li[data-system="Mi-28"]')).toContainText("not in the register");
  await expect(watch.locator('li[data-system="Yak-130"]')).toContainText("6 delivered");

  // The figures filters at the top keep both parts' parameters when they write the address.
  await page.getByRole("button", { name: "Trade targets", exact: true }).click();
  await expect(page).toHaveURL(/kind=trade-target/);
  await expect(page).toHaveURL(/arms=sipri-at-2022/);
  await expect(page).toHaveURL(/deals=sipri-at-2025/);
  await expect(section.getByTestId("arms-tiv-chart")).toBeVisible();

  // The paper against the data names its release and has a row per release.
  const pvd = page.getByTestId("paper-vs-data");
  await expect(pvd.getByTestId("pvd-release").first()).toHaveText("sipri-at-2022");
  await expect(pvd.getByTestId("pvd-by-release").locator("tbody tr")).toHaveCount(2);
});

test("a bad release in the link falls back to the newest with a visible notice", async ({
  page,
}) => {
  await page.goto("/figures?arms=sipri-at-1999");
  const notice = page.getByTestId("arms-release-notice");
  await expect(notice).toContainText('Unknown arms-transfers release "sipri-at-1999"');
  await expect(page.getByTestId("arms-both-ways-chart")).toBeVisible();
  // The figures filters do not call the parameter unknown.
  await expect(page.getByTestId("url-notice")).toHaveCount(0);
});
