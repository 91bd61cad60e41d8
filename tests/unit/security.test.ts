import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { pagePolicy, proxy } from "@/proxy";
import { pageCsp } from "@/server/security-headers.mjs";
import { buildCspManifest, inlineScripts } from "@/scripts/build-csp-manifest";
import { hashesFor, pageAddress } from "@/server/csp-manifest.mjs";
import { themeScript } from "@/server/theme-script.mjs";
import { THEMES } from "@/lib/constants";
import { earlyRejection } from "@/server/request-refusals.mjs";

const url = (path: string) => `http://127.0.0.1:3000${path}`;

function directive(csp: string, name: string): string {
  return (
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? ""
  );
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

describe("page Content-Security-Policy", () => {
  const base = { scriptHashes: ["abc=", "def="], dev: false, https: false, embeddable: false };

  it("lets inline scripts run only by hash: no unsafe-inline, no unsafe-eval in production", () => {
    const scripts = directive(pageCsp(base), "script-src");
    expect(scripts).toBe("script-src 'self' 'sha256-abc=' 'sha256-def='");
    expect(directive(pageCsp({ ...base, scriptHashes: [] }), "script-src")).toBe(
      "script-src 'self'",
    );
    const dev = directive(pageCsp({ ...base, dev: true }), "script-src");
    expect(dev).toContain("'unsafe-eval'");
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
});

describe("build-time CSP manifest", () => {
  const theme = themeScript(THEMES);
  const data = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n\\u003cdiv\\u003e"])';

  it("hashes each inline script as the browser parses it, and skips script files", () => {
    const html = [
      `<html><head><script>${theme}</script>`,
      '<script src="/_next/static/chunks/x.js" async=""></script>',
      `<SCRIPT>${data}</SCRIPT>`,
      "<script>line1\r\nline2\rline3</script>",
      "</head><body>&lt;script&gt;not a script&lt;/script&gt;",
      "<template><script>in a template</script></template></body></html>",
    ].join("");
    expect(inlineScripts(html).map(sha256)).toEqual([
      sha256(theme),
      sha256(data),
      // HTML parsing turns CRLF and lone CR into LF before the browser hashes the text.
      sha256("line1\nline2\nline3"),
      sha256("in a template"),
    ]);
  });

  it("maps each prerendered file to the address it serves, and leaves out Next's own routes", () => {
    expect(pageAddress("index.html")).toBe("/");
    expect(pageAddress("factions.html")).toBe("/factions");
    expect(pageAddress("present/3.html")).toBe("/present/3");
    expect(pageAddress("_not-found.html")).toBeNull();
    expect(pageAddress("_global-error.html")).toBeNull();
    expect(pageAddress("factions.rsc")).toBeNull();
  });

  it("gives an address the build did not prerender the not-found page's hashes, never another page's", () => {
    const manifest = { pages: { "/": ["home="], "/factions": ["f="] }, notFound: ["nf="] };
    expect(hashesFor(manifest, "/factions")).toEqual({ hashes: ["f="], prerendered: true });
    expect(hashesFor(manifest, "/factions/")).toEqual({ hashes: ["f="], prerendered: true });
    expect(hashesFor(manifest, "/")).toEqual({ hashes: ["home="], prerendered: true });
    for (const other of ["/nope", "/constructor", "/__proto__", "/factions/x"]) {
      expect(hashesFor(manifest, other), other).toEqual({ hashes: ["nf="], prerendered: false });
    }
  });

  it("fails on a prerendered page with no inline script: a broken build must not ship a policy", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "csp-"));
    writeFileSync(path.join(dir, "_not-found.html"), "<script>nf()</script>");
    writeFileSync(path.join(dir, "index.html"), "<script>home()</script>");
    mkdirSync(path.join(dir, "present"));
    writeFileSync(path.join(dir, "present", "2.html"), "<script>a()</script><script>a()</script>");
    expect(buildCspManifest(dir)).toEqual({
      pages: { "/": [sha256("home()")], "/present/2": [sha256("a()")] },
      notFound: [sha256("nf()")],
    });
    writeFileSync(path.join(dir, "empty.html"), "<p>no scripts</p>");
    expect(() => buildCspManifest(dir)).toThrow(/no inline script/);
  });
});

describe("proxy", () => {
  const manifest = { pages: { "/factions": ["f="] }, notFound: ["nf="] };

  it("lets a prerendered page run exactly its own inline scripts: no nonce, no unsafe-inline", () => {
    const { policy, nonce } = pagePolicy(new NextRequest(url("/factions?dim=x")), manifest);
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'sha256-f='");
    expect(nonce).toBeNull();
    expect(policy).toContain("frame-ancestors 'none'");
    expect(directive(policy, "script-src")).not.toContain("unsafe");
  });

  it("gives anything rendered on request a fresh nonce, beside the not-found page's hashes", () => {
    const one = pagePolicy(new NextRequest(url("/no-such-page")), manifest);
    const two = pagePolicy(new NextRequest(url("/no-such-page")), manifest);
    expect(one.nonce).toBeTruthy();
    expect(one.nonce).not.toBe(two.nonce);
    expect(directive(one.policy, "script-src")).toBe(
      `script-src 'self' 'sha256-nf=' 'nonce-${one.nonce}'`,
    );
  });

  it("sets the policy on the response and the nonce on the request Next renders", () => {
    const res = proxy(new NextRequest(url("/factions")));
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(directive(csp, "script-src")).toMatch(/^script-src 'self'/);
    expect(directive(csp, "script-src")).not.toContain("unsafe");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    const https = proxy(new NextRequest(url("/"), { headers: { "x-forwarded-proto": "https" } }));
    expect(https.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});

describe("request refusals (npm start, before Next)", () => {
  it("answers OPTIONS * with the methods it takes, and refuses any target that is not a path", () => {
    const options = earlyRejection("OPTIONS", "*");
    expect(options?.status).toBe(204);
    expect(options?.headers.Allow).toBe("GET, HEAD");
    for (const target of ["*", "http://evil.example/factions", "evil.example:443"]) {
      const refusal = earlyRejection("GET", target);
      expect(refusal?.status, target).toBe(400);
      expect(JSON.parse(refusal?.body ?? "{}").error, target).toMatch(/not a proxy/);
    }
    expect(earlyRejection("GET", "/factions?x=http://a")).toBeNull();
  });

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
      expect(JSON.parse(refusal?.body ?? "{}").error).toMatch(/cannot be redirected/);
    }
    // Characters Next re-encodes count three times: 3,000 of them overflow two 8 KB echoes.
    expect(earlyRejection("GET", `/api/factions/?ids=${"$".repeat(3000)}`)?.status).toBe(414);
    expect(earlyRejection("GET", `/api/factions/?ids=${"x".repeat(3000)}`)).toBeNull();
    // A raw byte above 0x7f comes back as two escaped UTF-8 bytes: six characters.
    expect(earlyRejection("GET", `/api/factions/?ids=${"\u00e9".repeat(1300)}`)?.status).toBe(414);
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
