import { Buffer } from "node:buffer";
import { BASELINE_HEADERS } from "./security-headers.mjs";

/**
 * Requests refused before Next sees them, because Next would answer them with a 500 or
 * spend a full render on them:
 * - TRACE and TRACK: Next builds a WHATWG Request for every request and undici refuses to
 *   construct one for these methods, so Next fails with a 500;
 * - a path with broken percent-encoding (e.g. /api/factions/%E0%A4%A): Next fails decoding it;
 * - anything but GET and HEAD on the read-only API;
 * - a very long address with a trailing slash: Next redirects it to the address without the
 *   slash and echoes the whole query in the Location header, past the 16 KB that HTTP clients
 *   accept for headers, so the client sees a broken answer instead of a redirect.
 * Each gets a JSON answer a person can act on.
 */
export const MAX_REDIRECT_URL_LENGTH = 8192;
const API_METHODS = ["GET", "HEAD"];
const NEVER = new Set(["TRACE", "TRACK", "CONNECT"]);

/**
 * @param {string} method
 * @param {string} url  the raw request target, e.g. "/api/factions?ids=x"
 * @returns {{ status: number, headers: Record<string, string>, body: string } | null}
 */
export function earlyRejection(method, url) {
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
  if (url.length > MAX_REDIRECT_URL_LENGTH && pathname.length > 1 && pathname.endsWith("/")) {
    return answer(
      414,
      `The address is ${url.length} characters long and ends its path with "/"; remove the trailing slash or shorten the query to under ${MAX_REDIRECT_URL_LENGTH} characters.`,
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
