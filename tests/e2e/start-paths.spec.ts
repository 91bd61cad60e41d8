import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { expect, test, type Page } from "@playwright/test";

/**
 * The app on Next's own server: plain `next start` on the production build, with nothing
 * preloaded and nothing between Next and the socket. Pages must hydrate under their strict
 * policy there, exactly as under `npm start` (the other tests' server).
 */
const PORT = Number(process.env.E2E_PORT ?? 3210) + 7;
const BASE = `http://127.0.0.1:${PORT}`;

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function start(command: string, args: string[], port: number): ChildProcess {
  return spawn(command, args, {
    stdio: "ignore",
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
}

/** Every CSP violation the page reports, inline scripts included. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test.describe("plain `next start`", () => {
  test.describe.configure({ mode: "serial" });
  let server: ChildProcess;

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    server = start(
      "node",
      ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"],
      PORT,
    );
    await waitFor(() => answers(`${BASE}/api`), "next start");
  });
  test.afterAll(() => {
    server.kill("SIGTERM");
  });

  test("pages hydrate under the strict policy: a toggle works and nothing is refused", async ({
    page,
  }) => {
    const violations = await recordViolations(page);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const response = await page.goto(`${BASE}/factions`);
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
    expect(/script-src[^;]*/.exec(policy)?.[0]).not.toContain("unsafe");
    const rebalancers = page
      .getByTestId("stance-radar")
      .getByRole("button", { name: "Re-balancers", exact: true });
    await expect(rebalancers).toHaveAttribute("aria-pressed", "true");
    await rebalancers.click();
    await expect(rebalancers).toHaveAttribute("aria-pressed", "false");
    await expect(page).toHaveURL(
      /factions=russia-leaners%2Cmiddle-way|factions=russia-leaners,middle-way/,
    );
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("a link's state applies once the page has loaded, from the same prerendered file", async ({
    page,
  }) => {
    await page.goto(`${BASE}/factions?factions=middle-way&zz=1`);
    const radar = page.getByTestId("stance-radar");
    await expect(radar.getByRole("button", { name: "Middle way", exact: true })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(
      radar.getByRole("button", { name: "Russia-leaners", exact: true }),
    ).toHaveAttribute("aria-pressed", "false");
    await expect(page.getByTestId("url-notice")).toContainText('"zz"');
  });

  test("an inline script injected into the page is refused", async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(`${BASE}/methodology`);
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = 1";
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 100));
      return (window as { __injected?: number }).__injected ?? null;
    });
    expect(ran).toBeNull();
    expect(await violations()).toContainEqual(expect.stringMatching(/^script-src/));
  });
});

/** One raw request, written as-is (Node's client cannot send `*` or absolute-form targets). */
function raw(base: string, requestLine: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), "127.0.0.1", () =>
      socket.write(`${requestLine}\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`),
    );
    let text = "";
    socket.on("data", (d: Buffer) => (text += d.toString("latin1")));
    socket.on("end", () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.split("\r\n\r\n").slice(1).join("\r\n\r\n") });
    });
    socket.on("error", reject);
  });
}

test.describe("`npm start`", () => {
  test("refuses malformed requests with a reason, never a 500 or a redirect elsewhere", async ({
    baseURL,
  }) => {
    const base = baseURL ?? "";
    for (const [line, status] of [
      ["OPTIONS * HTTP/1.1", 204],
      ["GET * HTTP/1.1", 400],
      ["GET http://evil.example/factions HTTP/1.1", 400],
      ["TRACE / HTTP/1.1", 405],
      ["GET /api/factions/%E0%A4%A HTTP/1.1", 400],
      ["GARBAGE", 400],
    ] as const) {
      const answer = await raw(base, line);
      expect(answer.status, line).toBe(status);
      if (status !== 204) expect(JSON.parse(answer.body).error.length, line).toBeGreaterThan(10);
    }
    // Node's own refusal of oversized headers comes with a body too.
    const big = await raw(base, `GET / HTTP/1.1\r\nX-Big: ${"a".repeat(20_000)}`);
    expect(big.status).toBe(431);
    expect(JSON.parse(big.body).error).toMatch(/headers/);
  });

  test("an error answer does not grow with the request: unknown parameters are capped", async ({
    request,
  }) => {
    const query = Array.from({ length: 900 }, (_, i) => `zz${i}=1`).join("&");
    const res = await request.get(`/api/factions?${query}`);
    expect(res.status()).toBe(400);
    const body = await res.text();
    expect(body.length).toBeLessThan(5_000);
    expect(JSON.parse(body).issues.at(-1)).toMatch(/more problems/);
  });

  test("stopping `npm start` by its process id stops the server", async () => {
    test.setTimeout(60_000);
    const port = PORT + 1;
    const npm = start("npm", ["start"], port);
    await waitFor(() => answers(`http://127.0.0.1:${port}/api`), "npm start");
    npm.kill("SIGTERM");
    await waitFor(
      async () => !(await answers(`http://127.0.0.1:${port}/api`)),
      "the server to stop",
      10_000,
    );
  });
});
