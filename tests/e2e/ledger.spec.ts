import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openSettled } from "./helpers";

/**
 * The expectations ledger as an analyst uses it: the bottom line at a glance, a filter by
 * verdict that a copied link keeps, and any entry followed to the quotes on both sides. The
 * expected counts are read from the data file, never written here.
 */

interface Entry {
  id: string;
  verdict: string;
  expectation: { evidence: { quote: string }[] } | null;
  outcome: { evidence: { quote: string; sourceId?: string }[] };
}
const { outcomes } = JSON.parse(readFileSync("data/outcomes.json", "utf8")) as {
  outcomes: Entry[];
};
const count = (verdict: string) => outcomes.filter((o) => o.verdict === verdict).length;

test("the ledger shows how the paper held up, by verdict, at a glance", async ({ page }) => {
  await openSettled(page, "/ledger");
  const chart = page.getByTestId("ledger-chart");
  await expect(chart).toBeVisible();
  // The chart's table counts every verdict as the data does.
  await chart.getByRole("button", { name: "Table", exact: true }).click();
  const labels: Record<string, string> = {
    held: "Held",
    "not-held": "Did not hold",
    mixed: "Mixed",
    "not-anticipated": "Not anticipated",
  };
  for (const [verdict, label] of Object.entries(labels)) {
    const row = chart.locator("tbody tr").filter({
      has: page.getByRole("rowheader", { name: label, exact: true }),
    });
    await expect(row.locator("td").first()).toHaveText(String(count(verdict)));
  }
  await expect(page.locator("[data-outcome-id]:visible")).toHaveCount(outcomes.length);
});

test("filtering by verdict keeps only those entries, and the link reopens the filter", async ({
  page,
}) => {
  const verdict = "not-anticipated";
  const n = count(verdict);
  expect(n, "the ledger lists developments the paper did not anticipate").toBeGreaterThan(0);
  await openSettled(page, "/ledger");
  const filters = page.getByTestId("ledger-filters");
  await filters.getByRole("button", { name: /^Not anticipated/ }).click();
  await expect(page).toHaveURL(/verdict=not-anticipated/);
  await expect(filters).toContainText(`Showing ${n} of ${outcomes.length} entries`);
  const visible = page.locator("[data-outcome-id]:visible");
  await expect(visible).toHaveCount(n);
  for (const v of await visible.evaluateAll((els) =>
    els.map((e) => e.getAttribute("data-verdict")),
  ))
    expect(v).toBe(verdict);

  // A copied link opens the same filtered ledger.
  await page.goto(page.url());
  await expect(page.locator("[data-outcome-id]:visible")).toHaveCount(n);
  await expect(
    page.getByTestId("ledger-filters").getByRole("button", { name: /^Not anticipated/ }),
  ).toHaveAttribute("aria-pressed", "true");
});

test("an entry opens to the paper's words and to the stored documents' words", async ({ page }) => {
  const entry = outcomes.find((o) => o.expectation && o.outcome.evidence.length > 0);
  if (!entry?.expectation) throw new Error("no entry with evidence on both sides");
  await openSettled(page, `/ledger#outcome-${entry.id}`);
  const card = page.locator(`[data-outcome-id="${entry.id}"]`);
  await expect(card).toBeVisible();
  const toggles = card.locator("summary");
  await toggles.first().click();
  await toggles.last().click();
  // The paper's quote, credited to the paper...
  const paperQuote = entry.expectation.evidence[0]?.quote ?? "";
  await expect(card.locator('[data-evidence-kind="paper"]').first()).toContainText(
    paperQuote.slice(0, 40),
  );
  // ...and the outcome's quote, labelled as a document outside the paper with its publisher.
  const stored = card.locator('[data-evidence-kind="stored"]').first();
  await expect(stored).toContainText("Outside the paper");
  await expect(stored).toContainText((entry.outcome.evidence[0]?.quote ?? "").slice(0, 40));
  await expect(stored.getByRole("link", { name: /Open source/ })).toBeVisible();
});

test("a bad verdict in the link is named, and the whole ledger shows", async ({ page }) => {
  await openSettled(page, "/ledger?verdict=proven");
  await expect(page.getByText(/Unknown verdict "proven"/)).toBeVisible();
  await expect(page.locator("[data-outcome-id]:visible")).toHaveCount(outcomes.length);
});

test("the API filters by verdict and answers 400 to an unknown one", async ({ request }) => {
  const ok = await request.get("/api/outcomes?verdict=not-anticipated");
  expect(ok.status()).toBe(200);
  const body = (await ok.json()) as { outcomes: Entry[] };
  expect(body.outcomes.length).toBe(count("not-anticipated"));
  expect(
    body.outcomes.every((o) => o.verdict === "not-anticipated" && o.expectation === null),
  ).toBe(true);
  const bad = await request.get("/api/outcomes?verdict=proven");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: string }).error).toBeTruthy();
});
