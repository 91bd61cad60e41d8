import { expect, test, type APIResponse } from "@playwright/test";
import { openSettled } from "./helpers";
import { API_SAMPLES, PAGE_ROUTES } from "./routes";

function expectBaseline(res: APIResponse, what: string) {
  const h = res.headers();
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("no-referrer");
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
    expect(h["permissions-policy"], what).toContain(`${feature}=()`);
  }
  expect(h["content-security-policy"], what).toBeTruthy();
  expect(h["content-security-policy"], what).not.toContain("unsafe-eval");
  expect(h["x-powered-by"], what).toBeUndefined();
  // Served over plain http here, so no HSTS (browsers would ignore it anyway).
  expect(h["strict-transport-security"], what).toBeUndefined();
}

test("every page, API answer, asset and error carries the security headers", async ({
  request,
}) => {
  for (const path of [...PAGE_ROUTES, "/no-such-page"]) {
    const res = await request.get(path);
    expectBaseline(res, path);
    const csp = res.headers()["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/script-src [^;]*'nonce-[^']+'/);
    expect(
      csp.split(";").find((d) => d.includes("script-src")),
      path,
    ).not.toContain("unsafe-inline");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(res.headers()["x-frame-options"], path).toBe("DENY");
  }
  for (const { path } of API_SAMPLES) {
    const res = await request.get(path);
    expectBaseline(res, path);
    expect(res.headers()["content-security-policy"], path).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  }
  const html = await (await request.get("/")).text();
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeTruthy();
  expectBaseline(await request.get(asset ?? ""), "static script");
});

test("HSTS is sent when the request came over HTTPS through a proxy", async ({ request }) => {
  const res = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(res.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  expect(res.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("each page load gets a new nonce, and every script in the page carries it", async ({
  request,
}) => {
  const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
  const first = await request.get("/factions");
  const second = await request.get("/factions");
  const nonce = nonceOf(first.headers()["content-security-policy"]);
  expect(nonce).toBeTruthy();
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(2);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

for (const route of PAGE_ROUTES) {
  test(`${route} runs under its policy with no console errors or CSP violations`, async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    // A blocked eval (e.g. a schema library probing for it) raises no console error, only
    // this event: record it too, since it means code the policy refuses reached the browser.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener("securitypolicyviolation", (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`),
      );
    });
    await openSettled(page, route);
    problems.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
    expect(problems).toEqual([]);
  });
}

test("markup typed into a link is shown as text, never run or parsed", async ({ page }) => {
  const payload = `<img src=x onerror="window.__pwned=1">`;
  await page.goto(
    `/factions?dim=${encodeURIComponent(payload)}&a=${encodeURIComponent("<script>window.__pwned=1</script>")}`,
  );
  const notice = page.getByTestId("url-notice");
  await expect(notice).toContainText('<img src=x onerror=\\"window.__pwned=1\\">');
  await expect(notice.locator("img, script")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});
