import { createHash } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { pageCsp } from "@/server/security-headers.mjs";
import { inlineScripts, isPageAddress, knownInlineScript } from "@/server/page-policy.mjs";
import { themeScript } from "@/server/theme-script.mjs";
import { THEMES } from "@/lib/constants";
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

describe("inline scripts", () => {
  const theme = themeScript(THEMES);
  const data = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n\\u003cdiv\\u003e"])';
  const boot =
    '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});';

  it("recognises the shapes the app and Next write, matched whole", () => {
    for (const text of [theme, data, boot, "(self.__next_f=self.__next_f||[]).push([0])"]) {
      expect(knownInlineScript(text), text.slice(0, 40)).toBe(true);
    }
  });

  it("refuses anything else, including code dressed as one of those shapes", () => {
    for (const text of [
      "alert(1)",
      "",
      `${theme}alert(1)`,
      theme.replace('"light"', '"light");alert(1);("'),
      'self.__next_f.push([1,"x"]);alert(1)//")',
      'self.__next_f.push([1,"x"],alert(1))',
      "self.__next_f.push([1,alert(1)])",
      'self.__next_f.push([1,{"a":1}])',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1));',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([1]);',
    ]) {
      expect(knownInlineScript(text), text).toBe(false);
    }
  });

  it("hashes each inline script as the browser parses it, and skips script files", () => {
    const html = [
      `<html><head><script>${theme}</script>`,
      '<script src="/_next/static/chunks/x.js" async=""></script>',
      `<script data-src="x" id="_R_">${boot}</script>`,
      `<SCRIPT>${data}</SCRIPT>`,
      "<script>line1\r\nline2\rline3</script>",
      "</head><body>&lt;script&gt;not a script&lt;/script&gt;</body></html>",
    ].join("");
    expect(inlineScripts(html)).toEqual([
      { hash: sha256(theme), known: true },
      { hash: sha256(boot), known: true },
      { hash: sha256(data), known: true },
      // HTML parsing turns CRLF and lone CR into LF before the browser hashes the text.
      { hash: sha256("line1\nline2\nline3"), known: false },
    ]);
  });

  it("finishes pages only: not the API, build assets or files", () => {
    // "/.env" and "/apiary" reach the proxy like pages (its matcher), so they are pages here too.
    for (const page of [
      "/",
      "/factions?dim=x",
      "/present/3",
      "/no-such-page",
      "/a.b/c",
      "/.env",
      "/apiary",
    ]) {
      expect(isPageAddress(page), page).toBe(true);
    }
    for (const other of [
      "/api",
      "/api/factions?ids=x",
      "/_next/static/chunks/a.js",
      "/icon.svg",
      "/x/.env",
    ]) {
      expect(isPageAddress(other), other).toBe(false);
    }
  });
});

describe("proxy", () => {
  it("gives pages a policy that runs no inline script until the guard adds its hashes", () => {
    const res = proxy(new NextRequest(url("/factions?dim=x")));
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(directive(csp, "script-src")).toBe("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    const https = proxy(new NextRequest(url("/"), { headers: { "x-forwarded-proto": "https" } }));
    expect(https.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
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
