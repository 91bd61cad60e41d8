import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { newNonce, pageCsp } from "@/lib/security";
import { earlyRejection } from "@/server/early-guard-rules.mjs";

const url = (path: string) => `http://127.0.0.1:3000${path}`;

function directive(csp: string, name: string): string {
  return (
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? ""
  );
}

describe("page Content-Security-Policy", () => {
  const base = { nonce: "abc123", dev: false, https: false, embeddable: false };

  it("lets scripts run only with the nonce: no unsafe-inline, no unsafe-eval in production", () => {
    const scripts = directive(pageCsp(base), "script-src");
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
    expect(directive(pageCsp({ ...base, dev: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("forbids framing unless the route is embeddable, and upgrades requests only on https", () => {
    expect(directive(pageCsp(base), "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(pageCsp({ ...base, embeddable: true }), "frame-ancestors")).toBe(
      "frame-ancestors *",
    );
    expect(pageCsp(base)).not.toContain("upgrade-insecure-requests");
    expect(pageCsp({ ...base, https: true })).toContain("upgrade-insecure-requests");
    expect(directive(pageCsp(base), "object-src")).toBe("object-src 'none'");
  });

  it("draws a fresh nonce every time", () => {
    const nonces = new Set(Array.from({ length: 200 }, newNonce));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });
});

describe("proxy", () => {
  it("hands each page request its own nonce, in the request (for Next) and the response", () => {
    const first = proxy(new NextRequest(url("/factions?dim=x")));
    const second = proxy(new NextRequest(url("/")));
    const csp1 = first.headers.get("content-security-policy") ?? "";
    const csp2 = second.headers.get("content-security-policy") ?? "";
    expect(csp1).toMatch(/'nonce-[^']+'/);
    expect(csp1).not.toBe(csp2);
    // NextResponse.next passes overridden request headers on to the renderer this way.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp1);
    expect(first.headers.get("x-frame-options")).toBe("DENY");
  });
});

describe("early guard (before Next)", () => {
  it("answers anything but GET and HEAD on the API with a JSON 405 naming the allowed methods", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
      const refusal = earlyRejection(method, "/api/factions?ids=middle-way");
      expect(refusal?.status, method).toBe(405);
      expect(refusal?.headers.Allow).toBe("GET, HEAD");
      expect(JSON.parse(refusal?.body ?? "{}").error).toMatch(
        new RegExp(`^${method} is not allowed`),
      );
    }
    expect(earlyRejection("GET", "/api/factions")).toBeNull();
  });

  it("refuses an address too long to redirect, whatever makes Next redirect it, but not a long plain one", () => {
    const long = `?q=${"x".repeat(9000)}`;
    // Next redirects each of these to a normal form, echoing the address in two headers.
    for (const path of [
      "/api/factions/",
      "/api//factions",
      "/api\\factions",
      "/a/./b",
      "/a/..",
      "/a/%2E%2e/b",
    ]) {
      const refusal = earlyRejection("GET", `${path}${long}`);
      expect(refusal?.status, path).toBe(414);
      expect(JSON.parse(refusal?.body ?? "{}").error).toMatch(/trailing slash/);
    }
    // Characters Next re-encodes count three times: 3,000 of them overflow two 8 KB echoes.
    expect(earlyRejection("GET", `/api/factions/?ids=${"$".repeat(3000)}`)?.status).toBe(414);
    expect(earlyRejection("GET", `/api/factions/?ids=${"x".repeat(3000)}`)).toBeNull();
    expect(earlyRejection("GET", `/factions${long}`)).toBeNull();
    expect(earlyRejection("GET", `/factions/?q=1`)).toBeNull();
    expect(earlyRejection("GET", `/a.b/c..d`)).toBeNull();
    expect(earlyRejection("HEAD", "/api/sources?number=3")).toBeNull();
    // Pages are not the API: a form-less POST to a page is Next's business.
    expect(earlyRejection("POST", "/factions")).toBeNull();
  });

  it("refuses TRACE and TRACK everywhere, which Next would answer with a 500", () => {
    expect(earlyRejection("TRACE", "/")?.status).toBe(405);
    expect(earlyRejection("TRACK", "/factions")?.status).toBe(405);
  });

  it("turns malformed percent-encoding in the path into a JSON 400 with the security headers", () => {
    for (const path of ["/api/factions/%E0%A4%A", "/%", "/factions/%zz"]) {
      const refusal = earlyRejection("GET", path);
      expect(refusal?.status, path).toBe(400);
      expect(JSON.parse(refusal?.body ?? "{}").error).toMatch(/percent-encoding/);
      expect(refusal?.headers["X-Content-Type-Options"]).toBe("nosniff");
      expect(refusal?.headers["Content-Security-Policy"]).toContain("default-src 'none'");
    }
    // A broken escape in the query is the route's to judge (and it answers 400 itself).
    expect(earlyRejection("GET", "/api/factions?ids=%zz")).toBeNull();
  });
});
