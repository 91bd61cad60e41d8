import { createHash } from "node:crypto";
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
    // Prerendered pages by hash alone; an address rendered on request (a 404) adds a nonce.
    expect(csp, path).toMatch(
      path === "/no-such-page"
        ? /script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+ 'nonce-[A-Za-z0-9+/]+=*';/
        : /script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/,
    );
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

/** The hashes a browser would compute for the page's inline scripts, worked out here. */
function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, attrs = "", text = ""] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
  )) {
    if (/(?:^|\s)src=/.test(attrs)) continue;
    hashes.add(createHash("sha256").update(text.replace(/\r\n?/g, "\n")).digest("base64"));
  }
  return hashes;
}

test("each page's policy lists exactly the hashes of its own inline scripts", async ({
  request,
}) => {
  for (const path of [...PAGE_ROUTES, "/factions?dim=zz", "/no-such-page"]) {
    const res = await request.get(path);
    const policy = res.headers()["content-security-policy"] ?? "";
    const listed = new Set([...policy.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]));
    const inline = inlineHashes(await res.text());
    expect(inline.size, path).toBeGreaterThan(1);
    expect([...listed].sort(), path).toEqual([...inline].sort());
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  }
});

test("a page and its policy depend on the address alone, so a CDN may keep them", async ({
  request,
}) => {
  const first = await request.get("/factions?dim=zz");
  const second = await request.get("/factions?dim=zz");
  expect(await second.text()).toBe(await first.text());
  for (const header of ["content-security-policy", "etag", "cache-control"]) {
    expect(second.headers()[header], header).toBe(first.headers()[header]);
  }
  // The prerendered file, whatever the query: its policy names no per-request nonce.
  expect(first.headers()["content-security-policy"]).not.toContain("'nonce-");
  expect(await (await request.get("/factions")).text()).toBe(await first.text());
  expect(first.headers()["cache-control"]).toMatch(/\bs-maxage=\d{7,}/);
  // A browser revalidating over poor Wi-Fi gets a bodiless 304, not the page again.
  const etag = first.headers()["etag"] ?? "";
  expect(etag).toMatch(/^(W\/)?"[\w-]{8,}"$/);
  const again = await request.get("/factions?dim=zz", { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
  expect((await again.body()).length).toBe(0);
  // Another page has its own tag.
  expect((await request.get("/balancing")).headers()["etag"]).not.toBe(etag);
  expect(first.headers()["content-encoding"]).toBe("gzip");
  // A crawler gets the same page as a browser, so a CDN cannot hand one the other's copy.
  const bot = await request.get("/factions?dim=zz", {
    headers: { "user-agent": "facebookexternalhit/1.1" },
  });
  expect(bot.headers()["etag"]).toBe(etag);
  expect(await bot.text()).toBe(await first.text());
  // HEAD answers with GET's headers and no body.
  const head = await request.head("/factions?dim=zz");
  expect(head.status()).toBe(200);
  for (const header of ["content-security-policy", "etag", "cache-control"]) {
    expect(head.headers()[header], `HEAD ${header}`).toBe(first.headers()[header]);
  }
  expect((await head.body()).length).toBe(0);
});

test("an inline script added to a served page is refused, and the page still works", async ({
  page,
}) => {
  // Add a script to the HTML after it left the server and keep the server's headers, as a
  // tampering cache or proxy would.
  await page.route("**/factions", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "</head>",
      "<script>window.__injected = 1</script></head>",
    );
    await route.fulfill({ response, body: html });
  });
  const violations: string[] = [];
  await page.exposeFunction("__reportViolation", (d: string) => violations.push(d));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __reportViolation: (d: string) => void }).__reportViolation(
        e.violatedDirective,
      ),
    );
  });
  await openSettled(page, "/factions");
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
  expect(violations).toEqual(["script-src-elem"]);
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
