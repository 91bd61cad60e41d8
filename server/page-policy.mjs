/**
 * The finishing step for every HTML page, run by the early guard around Next's renderer.
 *
 * Next is asked for the page uncompressed and the whole page is held until it is complete
 * (pages render in milliseconds and none streams in parts). Then, on the finished text:
 * - the Content-Security-Policy lists the SHA-256 of each inline script in this very page
 *   that has one of the shapes the app and Next write (see knownInlineScript), so a page and
 *   its policy depend on the address alone, never on a per-response nonce, and a script of
 *   any other shape (say, one a rendering bug let through) is left out and so refused;
 * - pages that rendered (200, and the 404 page) become cacheable by a CDN until the next
 *   deploy, with a strong ETag that lets a browser on poor Wi-Fi revalidate with a 304;
 * - the body is gzipped here when the browser accepts it.
 */
import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import { acceptsGzip, chunkBytes, deliver, keptHeaders, replayKept } from "./kept-answers.mjs";
import { isEmbeddable, pageCsp } from "./security-headers.mjs";
import { themeScript } from "./theme-script.mjs";

/** Shared caches keep a page until the deploy purges them; browsers revalidate each time. */
export const PAGE_CACHE_CONTROL =
  "public, max-age=0, must-revalidate, s-maxage=31536000, stale-while-revalidate=86400";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const CACHEABLE = new Set([200, 404]);

const NEXT_DATA_INIT = "(self.__next_f=self.__next_f||[]).push([0])";
const NEXT_DATA_PUSH = "self.__next_f.push(";
const TURBOPACK_BOOT = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(';
const THEME_LIST = /^try\{var t=localStorage\.getItem\("theme"\);if\((\[[^\]]*\])\.indexOf/;

/** The value of `text` read as JSON, or undefined: a JSON literal is data and runs nothing. */
function json(text) {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/**
 * True for the inline scripts this app's pages are made of, matched whole: the theme
 * script, Next's bootstrap call and its data pushes (a call whose only argument is a JSON
 * literal, so no text inside the data can become code), and Turbopack's chunk list.
 * @param {string} text
 */
export function knownInlineScript(text) {
  if (text === NEXT_DATA_INIT) return true;
  if (text.startsWith(NEXT_DATA_PUSH) && text.endsWith(")")) {
    const arg = json(text.slice(NEXT_DATA_PUSH.length, -1))?.value;
    return (
      Array.isArray(arg) &&
      Number.isInteger(arg[0]) &&
      arg.slice(1).every((v) => v === null || typeof v === "string")
    );
  }
  if (text.startsWith(TURBOPACK_BOOT) && text.endsWith(");")) {
    const arg = json(text.slice(TURBOPACK_BOOT.length, -2))?.value;
    return typeof arg === "object" && arg !== null && !Array.isArray(arg);
  }
  const themes = json(THEME_LIST.exec(text)?.[1] ?? "")?.value;
  return (
    Array.isArray(themes) &&
    themes.every((t) => typeof t === "string" && /^[a-z-]+$/.test(t)) &&
    text === themeScript(themes)
  );
}

/**
 * The inline scripts of an HTML document, each with the base64 SHA-256 a browser computes
 * for a 'sha256-…' source: over the element's text after HTML parsing, which turns CRLF and
 * lone CR into LF. Script files (with a src) are not inline and are skipped.
 * @param {string} html
 * @returns {{ hash: string, known: boolean }[]}
 */
export function inlineScripts(html) {
  const scripts = [];
  for (const [, attrs = "", body = ""] of html.matchAll(SCRIPT)) {
    if (/(?:^|\s)src\s*=/i.test(attrs)) continue;
    const text = body.replace(/\r\n?/g, "\n");
    scripts.push({
      hash: createHash("sha256").update(text, "utf8").digest("base64"),
      known: knownInlineScript(text),
    });
  }
  return scripts;
}

/**
 * Addresses that Next answers with a page (or a redirect to one): not the API, not build
 * assets, not files. The same split as proxy.ts's matcher.
 * @param {string} url
 */
export function isPageAddress(url) {
  const pathname = url.split("?")[0] ?? "/";
  return !/^\/(?:api(?:\/|$)|_next\/)/.test(pathname) && !/^\/.+\.\w+$/.test(pathname);
}

/** Paths already reported for scripts of unknown shape (bounded: it is only a hint). */
const reported = new Set();

/** @param {import("node:http").IncomingMessage} req */
function viaHttps(req) {
  const proto = String(req.headers["x-forwarded-proto"] ?? "")
    .split(",")[0]
    ?.trim();
  return (
    proto === "https" || Boolean(/** @type {{ encrypted?: boolean }} */ (req.socket).encrypted)
  );
}

/**
 * Wraps one page response: Next writes into a buffer, and the finished page leaves with its
 * policy, cache headers and encoding. Any other kind of answer (a redirect, a file) is
 * passed through untouched from its first byte.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function finishPages(req, res) {
  const gzip = acceptsGzip(String(req.headers["accept-encoding"] ?? ""));
  const ifNoneMatch = String(req.headers["if-none-match"] ?? "");
  // Next would compress, or answer a conditional request itself; hashing needs the full text.
  delete req.headers["accept-encoding"];
  delete req.headers["if-none-match"];
  // Next would stamp a nonce found in these on every script, making the page depend on them.
  delete req.headers["content-security-policy"];
  delete req.headers["content-security-policy-report-only"];
  // Next renders no body for HEAD, and its headers must be GET's (length, ETag, policy). The
  // response already knows it was asked by HEAD and will send no body whatever is written.
  const head = req.method === "HEAD";
  if (head) req.method = "GET";
  // Read before Next runs: it may rewrite the request on its way through.
  const key = pageKey(req);
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  const https = viaHttps(req);

  const original = {
    writeHead: res.writeHead,
    write: res.write,
    end: res.end,
    flushHeaders: res.flushHeaders,
  };
  /** @type {Buffer[]} */
  const chunks = [];
  /** @type {"buffer" | "pass" | null} */
  let mode = null;

  /** @param {unknown} headers */
  const decide = (headers) => {
    if (mode) return mode;
    let type = res.getHeader("content-type");
    if (headers && typeof headers === "object" && !Array.isArray(headers)) {
      for (const [k, v] of Object.entries(headers))
        if (k.toLowerCase() === "content-type") type = v;
    }
    // Other wrappers (Next's compression) may sit on top of these, so a passed-through answer
    // keeps going through them to the original methods rather than swapping them back.
    mode = /^text\/html\b/i.test(String(type ?? "")) ? "buffer" : "pass";
    return mode;
  };
  /** @param {unknown} chunk @param {unknown} encoding */
  const keep = (chunk, encoding) => {
    const bytes = chunkBytes(chunk, encoding);
    if (bytes) chunks.push(bytes);
  };

  // Each wrapper takes the node signature loosely: Next calls them in several shapes.
  res.writeHead = /** @type {typeof res.writeHead} */ (
    function (/** @type {number} */ code, /** @type {unknown[]} */ ...rest) {
      const last = rest.at(-1);
      if (decide(last) === "pass") return original.writeHead.call(res, code, ...rest);
      res.statusCode = code;
      if (typeof rest[0] === "string") res.statusMessage = rest[0];
      if (Array.isArray(last)) {
        for (let i = 0; i + 1 < last.length; i += 2) res.setHeader(String(last[i]), last[i + 1]);
      } else if (last && typeof last === "object") {
        for (const [k, v] of Object.entries(last)) if (v !== undefined) res.setHeader(k, v);
      }
      return res;
    }
  );
  res.flushHeaders = function () {
    if (decide(undefined) === "pass") original.flushHeaders.call(res);
  };
  res.write = /** @type {typeof res.write} */ (
    function (/** @type {unknown[]} */ ...args) {
      if (decide(undefined) === "pass")
        return original.write.apply(res, /** @type {never} */ (args));
      const [chunk, encoding, cb] = args;
      keep(chunk, encoding);
      const callback = typeof encoding === "function" ? encoding : cb;
      if (typeof callback === "function") process.nextTick(callback);
      return true;
    }
  );
  res.end = /** @type {typeof res.end} */ (
    function (/** @type {unknown[]} */ ...args) {
      if (decide(undefined) === "pass") return original.end.apply(res, /** @type {never} */ (args));
      const [chunk, encoding] = args;
      const callback = args.find((a) => typeof a === "function");
      keep(chunk, encoding);
      // From here on the wrappers step aside: Node's end() calls this.writeHead itself.
      mode = "pass";
      finish(res, Buffer.concat(chunks), {
        key,
        pathname,
        https,
        gzip,
        ifNoneMatch,
        send: (data) => original.end.call(res, head ? undefined : data),
      });
      if (typeof callback === "function") res.once("finish", callback);
      return res;
    }
  );
}

/**
 * @param {import("node:http").ServerResponse} res
 * @param {Buffer} body
 * @param {{ key: string, pathname: string, https: boolean, gzip: boolean, ifNoneMatch: string,
 *   send: (data?: Buffer) => void }} options
 */
function finish(res, body, { key, pathname, https, gzip, ifNoneMatch, send }) {
  const html = body.toString("utf8");
  const scripts = inlineScripts(html);
  const unknown = scripts.filter((s) => !s.known).length;
  if (unknown && !reported.has(pathname) && reported.size < 100) {
    reported.add(pathname);
    console.warn(
      `page policy: ${unknown} inline script(s) of unknown shape on ${pathname} left out of the Content-Security-Policy`,
    );
  }
  res.setHeader(
    "Content-Security-Policy",
    pageCsp({
      scriptHashes: [...new Set(scripts.filter((s) => s.known).map((s) => s.hash))],
      dev: false,
      https,
      embeddable: isEmbeddable(pathname),
    }),
  );
  res.removeHeader("content-length");
  res.removeHeader("content-encoding");
  res.removeHeader("transfer-encoding");
  const vary = String(res.getHeader("vary") ?? "");
  if (!/\baccept-encoding\b/i.test(vary)) {
    res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  }
  // Shared only when nothing in it can be one reader's: no cookie set, and no part of the
  // render that failed and was recovered in the browser (React marks those data-dgst).
  const shareable =
    CACHEABLE.has(res.statusCode) &&
    body.length > 0 &&
    !res.hasHeader("set-cookie") &&
    !html.includes("data-dgst");
  if (shareable) {
    // Weak: the gzip and plain bodies differ in bytes but are the same page.
    res.setHeader(
      "ETag",
      `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
    );
    res.setHeader("Cache-Control", PAGE_CACHE_CONTROL);
  }
  /** @type {PageEntry} */
  const entry = {
    status: res.statusCode,
    headers: keptHeaders(res.getHeaders()),
    body,
    gzip: null,
  };
  if (shareable) remember(key, entry);
  deliver(res, entry, { gzip, ifNoneMatch }, send, onZipped(entry));
}

/**
 * @typedef {import("./kept-answers.mjs").KeptAnswer & { key?: string }} PageEntry
 */

// Finished pages kept in memory and replayed, as the API answers are: a page depends only on
// its address and the data changes only with a new build, i.e. a new process. This is the
// CDN's job done in-process for a laptop with no CDN in front. Bounded in count and bytes.
const MAX_PAGES = 200;
const MAX_PAGE_BYTES = 64 * 2 ** 20;
/** @type {Map<string, PageEntry>} */
const pages = new Map();
let pageBytes = 0;

/** The policy differs behind HTTPS (upgrade-insecure-requests), so that is part of the key. */
function pageKey(/** @type {import("node:http").IncomingMessage} */ req) {
  return `${viaHttps(req) ? "https" : "http"} ${req.url ?? "/"}`;
}

const size = (/** @type {PageEntry} */ e) => e.body.length + (e.gzip?.length ?? 0);

/** Drops the least recently used pages until the memo is within its bounds. */
function trim() {
  while (pages.size > MAX_PAGES || pageBytes > MAX_PAGE_BYTES) {
    const [oldest, old] = /** @type {[string, PageEntry]} */ (pages.entries().next().value);
    pages.delete(oldest);
    pageBytes -= size(old);
  }
}

/** Counts a gzip copy made later, if this very entry is still kept (not evicted or replaced). */
const onZipped = (/** @type {PageEntry} */ entry) => (/** @type {Buffer} */ zipped) => {
  if (entry.key !== undefined && pages.get(entry.key) === entry) {
    pageBytes += zipped.length;
    trim();
  }
};

/** @param {string} key @param {PageEntry} entry */
function remember(key, entry) {
  if (pages.has(key) || size(entry) > MAX_PAGE_BYTES / 8) return;
  entry.key = key;
  pages.set(key, entry);
  pageBytes += size(entry);
  trim();
}

/**
 * Answers a page request from memory when this address was finished before.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @returns {boolean} whether it answered
 */
export function replayPage(req, res) {
  const key = pageKey(req);
  const entry = pages.get(key);
  if (!entry) return false;
  // Most recently used last, so a flood of one-off addresses evicts those, not the views in use.
  pages.delete(key);
  pages.set(key, entry);
  replayKept(req, res, entry, onZipped(entry));
  return true;
}
