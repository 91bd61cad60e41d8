import { expect, test } from "@playwright/test";

test("the overview shows the headline radar, the widest splits and the camps, and links to the comparison", async ({
  page,
}) => {
  await page.goto("/");
  await expect(
    page.getByTestId("stance-radar").locator("svg.radar-surface:visible .radar-series"),
  ).toHaveCount(3);
  await expect(
    page.getByRole("heading", { name: "Where the Russia-leaners and re-balancers differ most" }),
  ).toBeVisible();
  // Each of the widest gaps says whether it rests on stated positions or on our inference.
  const gaps = page.getByRole("region", { name: /differ most/ }).getByRole("listitem");
  await expect(gaps.first()).toContainText(/\(gap \d+; (both stated|rests on inference)\)/);
  await expect(page.getByTestId("debate-frame")).toContainText("general consensus");
  await expect(page.getByRole("heading", { name: "The middle way", level: 3 })).toBeVisible();
  await expect(page.getByText("Ali Akbar Velayati", { exact: true })).toBeVisible();
  const soleimani = page.getByRole("listitem").filter({ hasText: "Qasem Soleimani" });
  await expect(soleimani).toContainText("(placement inferred)");
  await soleimani.getByText("Why this camp").click();
  await expect(soleimani).toContainText("coordinate greater Russian military support in Syria");
  await page.getByRole("link", { name: /Compare the camps side by side/ }).click();
  await expect(page).toHaveURL(/\/factions(\?|$)/);
  await expect(page.getByTestId("diff-table")).toBeVisible();
});

test("the theme menu switches to dark and the choice survives a reload", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("the API answers JSON errors and read-only methods on the running server", async ({
  request,
}) => {
  const bad = await request.get("/api/factions?ids=nobody");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/Unknown faction id/);
  const post = await request.post("/api/factions");
  expect(post.status()).toBe(405);
  const head = await request.head("/api/sources");
  expect(head.status()).toBe(200);
  expect(head.headers()["etag"]).toBeTruthy();
  for (const method of ["OPTIONS", "PUT", "PATCH", "DELETE", "TRACE"]) {
    const refused = await request.fetch("/api/factions", { method });
    expect(refused.status(), method).toBe(405);
    expect(refused.headers()["allow"], method).toBe("GET, HEAD");
    expect((await refused.json()).error, method).toMatch(/GET and HEAD|GET or HEAD/);
  }
  for (const path of ["/api/factions/%E0%A4%A", "/api/factions/%", "/api/x/%zz"]) {
    const malformed = await request.get(path);
    expect(malformed.status(), path).toBe(400);
    expect((await malformed.json()).error).toMatch(/percent-encoding/);
  }
  const unknown = await request.get("/api/unknown/path");
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["content-type"]).toMatch(/json/);
});

test("on a phone, a chart's actions wrap below its title instead of squeezing it", async ({
  page,
}) => {
  for (const width of [360, 540]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/factions");
    const chart = page.getByTestId("stance-radar");
    const title = chart.locator("[data-chart-title]");
    const table = chart.getByRole("button", { name: "Table", exact: true });
    const [t, b, c] = await Promise.all([
      title.boundingBox(),
      table.boundingBox(),
      chart.boundingBox(),
    ]);
    // The title spans most of the card, and the buttons start below it.
    expect(t!.width, `${width}px`).toBeGreaterThan(c!.width * 0.7);
    expect(b!.y, `${width}px`).toBeGreaterThanOrEqual(t!.y + t!.height);
  }
});
