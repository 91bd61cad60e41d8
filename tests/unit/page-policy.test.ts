import http from "node:http";
import type { AddressInfo } from "node:net";
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finishPages, replayPage } from "@/server/page-policy.mjs";

// A stand-in for Next behind the early guard: it renders HTML in pieces, as Next streams it,
// and counts its renders so the tests can tell a replay from a fresh page.
const BOOT = "(self.__next_f=self.__next_f||[]).push([0])";
const FOREIGN = "alert(1)";
let renders = 0;

const server = http.createServer((req, res) => {
  if (replayPage(req, res)) return;
  finishPages(req, res);
  const url = req.url ?? "/";
  if (url.startsWith("/moved")) {
    res.writeHead(308, { Location: "/here" });
    res.end("moved");
    return;
  }
  renders += 1;
  const foreign = url.includes("foreign") ? `<script>${FOREIGN}</script>` : "";
  res.statusCode = url.startsWith("/missing") ? 404 : 200;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  res.write(`<!DOCTYPE html><html><head><script>${BOOT}</script>${foreign}</head>`);
  res.end(`<body><p>${"page ".repeat(400)}${url}</p></body></html>`);
});

let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(path: string, headers: http.OutgoingHttpHeaders = {}, method = "GET") {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("finished pages", () => {
  it("lists the hash of a known inline script and leaves any other out", async () => {
    const page = await get("/foreign");
    const csp = String(page.headers["content-security-policy"]);
    expect(csp).toContain(sha(BOOT));
    expect(csp).not.toContain(sha(FOREIGN));
    expect(csp.split(";").find((d) => d.trim().startsWith("script-src"))).not.toContain("unsafe");
  });

  it("renders an address once, then replays the same bytes and headers", async () => {
    const before = renders;
    const first = await get("/view?a=1");
    const second = await get("/view?a=1");
    expect(renders).toBe(before + 1);
    expect(second.body.equals(first.body)).toBe(true);
    for (const h of ["content-security-policy", "etag", "cache-control", "content-type"]) {
      expect(second.headers[h], h).toBe(first.headers[h]);
    }
    expect(first.headers["cache-control"]).toMatch(/^public, .*s-maxage=\d+/);
    await get("/view?a=2");
    expect(renders).toBe(before + 2);
  });

  it("gzips for a browser that takes it, not for one that refuses it, and answers 304 when current", async () => {
    const plain = await get("/zip");
    const zipped = await get("/zip", { "accept-encoding": "gzip, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    const refused = await get("/zip", { "accept-encoding": "gzip;q=0, identity" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    const etag = String(plain.headers.etag);
    for (const tag of [etag, etag.replace(/^W\//, ""), "*"]) {
      const again = await get("/zip", { "if-none-match": tag });
      expect(again.status, tag).toBe(304);
      expect(again.body.length).toBe(0);
    }
  });

  it("answers HEAD with GET's headers and no body", async () => {
    const head = await get("/head-first", {}, "HEAD");
    const full = await get("/head-first");
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(String(full.body.length));
    expect(head.headers.etag).toBe(full.headers.etag);
  });

  it("keeps the https policy apart from the plain one", async () => {
    const plain = await get("/scheme");
    const secure = await get("/scheme", { "x-forwarded-proto": "https" });
    expect(plain.headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
    expect(secure.headers["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  it("caches the 404 page, and passes anything but HTML through untouched", async () => {
    const missing = await get("/missing");
    expect(missing.status).toBe(404);
    expect(missing.headers["cache-control"]).toMatch(/^public/);
    const moved = await get("/moved", { "accept-encoding": "gzip" });
    expect(moved.status).toBe(308);
    expect(moved.headers.location).toBe("/here");
    expect(moved.headers["content-security-policy"]).toBeUndefined();
    expect(moved.body.toString()).toBe("moved");
  });
});
