import { Buffer } from "node:buffer";
import { BASELINE_HEADERS } from "./security-headers.mjs";

/**
 * Requests `npm start` (server/start.mjs) refuses before Next sees them, because Next would
 * answer them with a 500, send them elsewhere, or spend a full render on them. A refusal is
 * decided from the request line alone and answered directly; every other request goes to
 * Next untouched, and no response is ever rewritten. Behind a reverse proxy or CDN, the same
 * rules belong there too (README, "Production"), since `next start` and the container's
 * server.js do not apply them.
 * - a target that is not a path: `*` (OPTIONS gets its answer: which methods this server
 *   takes) and the absolute form `http://host/path`, which Next redirects to that host;
 * - TRACE, TRACK and CONNECT: Next builds a WHATWG Request for every request and undici
 *   refuses to construct one for these methods, so Next fails with a 500;
 * - a path with broken percent-encoding (e.g. /api/factions/%E0%A4%A): Next fails decoding it;
 * - anything but GET and HEAD on the read-only API;
 * - a very long address whose path Next normalises by redirecting (a trailing slash, "//",
 *   a backslash, a "." or ".." segment): Next echoes the whole address, re-encoded, in both
 *   the Location and the Refresh header, past the 16 KB that HTTP clients accept for
 *   headers, so the client sees a broken answer instead of a redirect.
 * Each gets a JSON answer a person can act on.
 */
/** Budget for one echo of the address: two of them plus Next's other headers stay under 16 KB. */
export const MAX_REDIRECT_ECHO = 7500;
const API_METHODS = ["GET", "HEAD"];
const NEVER = new Set(["TRACE", "TRACK", "CONNECT"]);

/**
 * @param {string} method
 * @param {string} url  the raw request target, e.g. "/api/factions?ids=x"
 * @returns {{ status: number, headers: Record<string, string>, body: string } | null}
 */
export function earlyRejection(method, url) {
  if (url === "*" && method === "OPTIONS") {
    return {
      status: 204,
      body: "",
      headers: { ...BASELINE_HEADERS, Allow: API_METHODS.join(", ") },
    };
  }
  if (!url.startsWith("/")) {
    return answer(
      400,
      `The request target must be a path starting with "/"; this server is not a proxy and takes no "${url.slice(0, 40)}".`,
      ["Ask for the page or API address itself, e.g. GET /factions."],
    );
  }
  const pathname = url.split("?")[0] ?? "";
  const isApi = pathname === "/api" || pathname.startsWith("/api/");
  if (NEVER.has(method) || (isApi && !API_METHODS.includes(method))) {
    return answer(
      405,
      `${method.slice(0, 20)} is not allowed: ${isApi ? "the API is read-only, use GET or HEAD" : "this server answers GET and HEAD"}.`,
      [],
      { Allow: API_METHODS.join(", ") },
    );
  }
  if (redirectedByNext(pathname) && echoLength(url) > MAX_REDIRECT_ECHO) {
    return answer(
      414,
      `The address is ${url.length} characters long and its path is not in plain form (a trailing slash, "//", "\\" or a dot segment), so it cannot be redirected; fix the path or shorten the query.`,
      ["Every view and API query fits in a few hundred characters."],
    );
  }
  try {
    decodeURIComponent(pathname);
  } catch {
    return answer(
      400,
      "The address has malformed percent-encoding (a '%' not followed by two hex digits).",
      ["Encode '%' as %25, or remove the stray escape, and try again."],
    );
  }
  return null;
}

/** Paths Next answers with a 308 to their normal form instead of routing them. */
function redirectedByNext(pathname) {
  return (
    (pathname.length > 1 && pathname.endsWith("/")) ||
    pathname.includes("//") ||
    pathname.includes("\\") ||
    /\/(?:\.|%2e){1,2}(?:\/|$)/i.test(pathname)
  );
}

/**
 * An upper bound on the address's length once Next re-encodes it for the Location header:
 * anything outside a small safe set (even an existing escape) may come back three characters long.
 */
function echoLength(url) {
  let n = 0;
  for (const ch of url) {
    // Node reads a raw byte above 0x7f as one Latin-1 character; Next writes it back as two
    // UTF-8 bytes, each escaped.
    n += /[A-Za-z0-9\-._~/?&=]/.test(ch) ? 1 : ch.charCodeAt(0) > 0x7f ? 6 : 3;
  }
  return n;
}

function answer(status, error, issues, extra = {}) {
  const body = JSON.stringify({ error, issues });
  return {
    status,
    body,
    headers: {
      ...BASELINE_HEADERS,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": String(Buffer.byteLength(body)),
      "Cache-Control": "no-store",
      ...extra,
    },
  };
}
