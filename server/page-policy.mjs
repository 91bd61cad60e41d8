/**
 * The finishing step for every HTML page, run by the early guard around Next's renderer.
 *
 * Next is asked for the page uncompressed and the whole page is held until it is complete
 * (pages render in milliseconds and none streams in parts). Then, on the finished text:
 * - the Content-Security-Policy lists the SHA-256 of each inline script in this very page,
 *   so a page and its policy depend on the address alone, never on a per-response nonce;
 * - pages that rendered (200, and the 404 page) become cacheable by a CDN until the next
 *   deploy, with a strong ETag that lets a browser on poor Wi-Fi revalidate with a 304;
 * - the body is gzipped here when the browser accepts it.
 */
import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { isEmbeddable, pageCsp } from "./security-headers.mjs";

/** Shared caches keep a page until the deploy purges them; browsers revalidate each time. */
export const PAGE_CACHE_CONTROL =
  "public, max-age=0, must-revalidate, s-maxage=31536000, stale-while-revalidate=86400";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const CACHEABLE = new Set([200, 404]);

/**
 * The base64 SHA-256 of each distinct inline script in an HTML document, as a browser
 * computes it for a 'sha256-…' source: over the element's text after HTML parsing, which
 * turns CRLF and lone CR into LF.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attrs = "", body = ""] of html.matchAll(SCRIPT)) {
    if (/(?:^|\s)src\s*=/i.test(attrs)) continue;
    const text = body.replace(/\r\n?/g, "\n");
    hashes.add(createHash("sha256").update(text, "utf8").digest("base64"));
  }
  return [...hashes];
}

/**
 * Addresses that Next answers with a page (or a redirect to one): not the API, not build
 * assets, not files. The same split as proxy.ts's matcher.
 * @param {string} url
 */
export function isPageAddress(url) {
  const pathname = url.split("?")[0] ?? "/";
  return !/^\/(?:api(?:\/|$)|_next\/)/.test(pathname) && !/\/[^/]*\.\w+$/.test(pathname);
}

/** @param {import("node:http").IncomingMessage} req */
function viaHttps(req) {
  const proto = String(req.headers["x-forwarded-proto"] ?? "")
    .split(",")[0]
    ?.trim();
  return (
    proto === "https" || Boolean(/** @type {{ encrypted?: boolean }} */ (req.socket).encrypted)
  );
}

/** @param {string} header @param {string} etag */
function matchesEtag(header, etag) {
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

/**
 * Wraps one page response: Next writes into a buffer, and the finished page leaves with its
 * policy, cache headers and encoding. Any other kind of answer (a redirect, a file) is
 * passed through untouched from its first byte.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function finishPages(req, res) {
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const ifNoneMatch = String(req.headers["if-none-match"] ?? "");
  // Next would compress, or answer a conditional request itself; hashing needs the full text.
  delete req.headers["accept-encoding"];
  delete req.headers["if-none-match"];

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
    if (chunk == null || typeof chunk === "function") return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : Buffer.from(
              String(chunk),
              /** @type {BufferEncoding} */ (typeof encoding === "string" ? encoding : "utf8"),
            ),
    );
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
    function (
      /** @type {unknown} */ chunk,
      /** @type {unknown} */ encoding,
      /** @type {unknown} */ cb,
    ) {
      if (decide(undefined) === "pass") {
        return original.write.call(
          res,
          chunk,
          /** @type {BufferEncoding} */ (encoding),
          /** @type {() => void} */ (cb),
        );
      }
      keep(chunk, encoding);
      const callback = typeof encoding === "function" ? encoding : cb;
      if (typeof callback === "function") process.nextTick(callback);
      return true;
    }
  );
  res.end = /** @type {typeof res.end} */ (
    function (
      /** @type {unknown} */ chunk,
      /** @type {unknown} */ encoding,
      /** @type {unknown} */ cb,
    ) {
      if (decide(undefined) === "pass") {
        return original.end.call(
          res,
          chunk,
          /** @type {BufferEncoding} */ (encoding),
          /** @type {() => void} */ (cb),
        );
      }
      const callback = [chunk, encoding, cb].find((a) => typeof a === "function");
      keep(chunk, encoding);
      // From here on the wrappers step aside: Node's end() calls this.writeHead itself.
      mode = "pass";
      finish(req, res, Buffer.concat(chunks), {
        gzip,
        ifNoneMatch,
        send: (data) => original.end.call(res, data),
      });
      if (typeof callback === "function") res.once("finish", callback);
      return res;
    }
  );
}

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {Buffer} body
 * @param {{ gzip: boolean, ifNoneMatch: string, send: (data?: Buffer) => void }} options
 */
function finish(req, res, body, { gzip, ifNoneMatch, send }) {
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  res.setHeader(
    "Content-Security-Policy",
    pageCsp({
      scriptHashes: inlineScriptHashes(body.toString("utf8")),
      dev: false,
      https: viaHttps(req),
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
  if (CACHEABLE.has(res.statusCode) && body.length > 0) {
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    res.setHeader("Cache-Control", PAGE_CACHE_CONTROL);
    res.setHeader("ETag", etag);
    if (res.statusCode === 200 && matchesEtag(ifNoneMatch, etag)) {
      res.statusCode = 304;
      res.removeHeader("content-type");
      send();
      return;
    }
  }
  const out = gzip && body.length > 1024 ? gzipSync(body) : body;
  if (out !== body) res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", String(out.length));
  send(req.method === "HEAD" ? undefined : out);
}
