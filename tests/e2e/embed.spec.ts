import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { drawnChartText, openSettled } from "./helpers";

/**
 * /embed/{view}: one view for another site's page. It may be framed (and only it); it shows
 * the chart with its title, source line and a link back; a link's state is drawn in the
 * browser from the API; and every chart that can be embedded offers the code.
 */
test("an embedded view may be framed, and a page of the dashboard may not", async ({ request }) => {
  const embed = await request.get("/embed/camps");
  expect(embed.status()).toBe(200);
  const policy = embed.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("frame-ancestors *");
  expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  const page = await request.get("/factions");
  expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(page.headers()["x-frame-options"]).toBe("DENY");
  expect((await request.get("/embed/no-such-view")).status()).toBe(404);
});

test("an embedded chart runs inside another site's page, with its source and a link back", async ({
  page,
  baseURL,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // Another origin's page framing the view, as a news site would: a server of its own.
  const article = `<h1>Someone's article</h1><iframe src="${baseURL}/embed/balancing" title="Moscow's balancing" width="900" height="700"></iframe>`;
  const embedder = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(article);
  });
  await new Promise<void>((resolve) => embedder.listen(0, "127.0.0.1", resolve));
  const { port } = embedder.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/article`);
  const frame = page.frameLocator("iframe");
  const chart = frame.getByTestId("slide-1-chart");
  await expect(chart).toHaveAttribute("data-hydrated", "true");
  await expect(chart.locator("[data-chart-title]")).not.toBeEmpty();
  await expect(chart).toContainText("ECFR");
  const back = frame.getByRole("link", { name: /Open this view in the Russia–Iran/ });
  await expect(back).toHaveAttribute("href", /^\/balancing/);
  // No site chrome: the embed is the chart alone.
  await expect(frame.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(frame.locator("footer")).toBeHidden();
  // The table toggle works in the frame: it is the live chart, not a picture of it.
  await chart.getByRole("button", { name: "Table" }).click();
  await expect(chart.locator("table").first()).toBeVisible();
  expect(errors).toEqual([]);
  embedder.close();
});

test("a link's state is drawn in the browser, and a broken state says so", async ({ page }) => {
  await page.goto("/embed/camps?factions=middle-way");
  const chart = page.getByTestId("slide-1-chart");
  await expect(chart).toBeVisible();
  await expect(chart.locator(".radar-series:visible")).toHaveCount(1);
  await page.goto("/embed/camps?factions=nobody");
  await expect(page.getByTestId("url-notice")).toContainText("nobody");
});

test("an embed whose data cannot be fetched says so and can try again", async ({ page }) => {
  let fail = true;
  await page.route("**/api/factions**", (route) =>
    fail ? route.fulfill({ status: 500, body: "{}" }) : route.continue(),
  );
  await page.goto("/embed/camps?factions=middle-way");
  await expect(page.getByTestId("embed-error")).toContainText("could not be loaded");
  fail = false;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByTestId("slide-1-chart")).toBeVisible();
});

test("a chart's export menu gives the code that embeds this view in its current state", async ({
  page,
  baseURL,
}) => {
  await page.goto("/balancing");
  const figure = page.getByTestId("balancing-chart");
  await expect(figure).toHaveAttribute("data-hydrated", "true");
  await figure.getByText("Export", { exact: true }).click();
  await figure.getByRole("button", { name: "Embed in another page" }).click();
  const code = await figure.getByRole("textbox", { name: /Embed code/ }).inputValue();
  expect(code).toMatch(/^<iframe src="[^"]+" title="[^"]+"/);
  const src = /src="([^"]+)"/.exec(code)?.[1] ?? "";
  expect(src.startsWith(`${baseURL}/embed/balancing`)).toBe(true);
  // The code opens a working embed.
  const res = await page.request.get(src.replace(/&amp;/g, "&"));
  expect(res.status()).toBe(200);
});

test.describe("an embed in a narrow column", () => {
  // A phone, or an article's sidebar: the iframe's own viewport is what the media queries see.
  test.use({ viewport: { width: 400, height: 760 } });

  for (const view of ["trade-exports", "arms-tiv", "balancing-bar", "camps", "balancing"]) {
    test(`/embed/${view} keeps its chart inside the frame and its text legible`, async ({
      page,
    }) => {
      await openSettled(page, `/embed/${view}`);
      const texts = await drawnChartText(page, "body");
      expect(texts.length).toBeGreaterThan(5);
      const small = texts.filter((t) => t.px < 10);
      expect(small, `text drawn under 10 px: ${JSON.stringify(small.slice(0, 3))}`).toEqual([]);
      const widest = await page
        .locator("[data-chart] .chart-box svg")
        .evaluateAll((svgs) =>
          Math.max(
            ...svgs
              .filter((s) => s.getClientRects().length > 0)
              .map((s) => s.getBoundingClientRect().right),
          ),
        );
      expect(widest).toBeLessThanOrEqual(400);
      // No two labels of a drawing print over each other (years on a squeezed axis did).
      const overlaps = await page.locator("[data-chart] .chart-box svg").evaluateAll((svgs) =>
        svgs
          .filter((svg) => svg.getClientRects().length > 0)
          .flatMap((svg) => {
            const boxes = [...svg.querySelectorAll("text")]
              .filter((t) => t.textContent?.trim())
              .map((t) => ({ text: t.textContent ?? "", r: t.getBoundingClientRect() }))
              .filter((b) => b.r.width > 0);
            return boxes.flatMap((a, i) =>
              boxes
                .slice(i + 1)
                .filter(
                  (b) =>
                    a.r.left < b.r.right - 1 &&
                    b.r.left < a.r.right - 1 &&
                    a.r.top < b.r.bottom - 1 &&
                    b.r.top < a.r.bottom - 1,
                )
                .map((b) => `${a.text} / ${b.text}`),
            );
          }),
      );
      expect(overlaps).toEqual([]);
    });
  }
});
