/**
 * What the early guard's two memos share: API answers (early-guard.mjs) and finished pages
 * (page-policy.mjs) are both kept as bytes plus headers and sent again the same way.
 */
import { Buffer } from "node:buffer";
import { gzip as gzipAsync } from "node:zlib";

/**
 * @typedef {{ status: number, headers: Record<string, string | string[] | number>,
 *   body: Buffer, gzip: Buffer | null }} KeptAnswer
 */

/** Headers that belong to one transfer, not to the answer. */
const TRANSPORT_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
]);

/**
 * The headers worth keeping with an answer (lower-case names, as Node reports them).
 * @param {Record<string, unknown>} headers
 * @returns {Record<string, string | string[] | number>}
 */
export function keptHeaders(headers) {
  /** @type {Record<string, string | string[] | number>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (value !== undefined && value !== null && !TRANSPORT_HEADERS.has(key)) {
      kept[key] = /** @type {string | string[] | number} */ (value);
    }
  }
  return kept;
}

/**
 * A chunk as Node's write() and end() accept it, as bytes; null for "no data".
 * @param {unknown} chunk
 * @param {unknown} encoding
 * @returns {Buffer | null}
 */
export function chunkBytes(chunk, encoding) {
  if (chunk == null || typeof chunk === "function") return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  const enc = /** @type {BufferEncoding} */ (typeof encoding === "string" ? encoding : "utf8");
  return Buffer.from(String(chunk), enc);
}

/**
 * Whether the client takes gzip: named or "*", and not with q=0.
 * @param {string} header
 */
export function acceptsGzip(header) {
  return header.split(",").some((part) => {
    const [coding = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    return (coding === "gzip" || coding === "*") && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** @param {string} header @param {string} etag */
function matchesEtag(header, etag) {
  const bare = (/** @type {string} */ t) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}

/**
 * Sends a kept answer: a bodiless 304 when the client's copy is current, otherwise the body,
 * gzipped when the client takes it. The gzip copy is made once, off the event loop, and
 * handed to `onZipped` after it is stored on the entry.
 * @param {import("node:http").ServerResponse} res
 * @param {KeptAnswer} entry
 * @param {{ gzip: boolean, ifNoneMatch: string }} request
 * @param {(data?: Buffer) => void} send  ends the response (with no body for HEAD)
 * @param {(zipped: Buffer) => void} [onZipped]
 */
export function deliver(res, entry, { gzip, ifNoneMatch }, send, onZipped) {
  res.statusCode = entry.status;
  for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value);
  const etag = String(entry.headers.etag ?? "");
  if (entry.status === 200 && etag && matchesEtag(ifNoneMatch, etag)) {
    res.statusCode = 304;
    res.removeHeader("content-type");
    send();
    return;
  }
  const sendAs = (/** @type {Buffer} */ out, /** @type {boolean} */ zipped) => {
    if (zipped) res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Content-Length", String(out.length));
    send(out);
  };
  if (!gzip || entry.body.length <= 1024) return sendAs(entry.body, false);
  if (entry.gzip) return sendAs(entry.gzip, true);
  gzipAsync(entry.body, (error, zipped) => {
    if (!error && !entry.gzip) {
      entry.gzip = zipped;
      onZipped?.(zipped);
    }
    // The client may have gone while this ran; an exception here would end the process.
    if (res.headersSent || res.writableEnded || res.destroyed) return;
    try {
      sendAs(error ? entry.body : zipped, !error);
    } catch {
      res.destroy();
    }
  });
}

/**
 * The answer to a request from a kept entry.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {KeptAnswer} entry
 * @param {(zipped: Buffer) => void} [onZipped]
 */
export function replayKept(req, res, entry, onZipped) {
  const head = req.method === "HEAD";
  deliver(
    res,
    entry,
    {
      gzip: acceptsGzip(String(req.headers["accept-encoding"] ?? "")),
      ifNoneMatch: String(req.headers["if-none-match"] ?? ""),
    },
    (data) => res.end(head ? undefined : data),
    onZipped,
  );
}
