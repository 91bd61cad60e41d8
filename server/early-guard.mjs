/**
 * Preloaded into the production server (`node --import ./server/early-guard.mjs`, as
 * `npm start`, the tests and the container do). Three jobs, around Next's router:
 *
 * 1. Refuses the requests in early-guard-rules (Next would answer some of them with a 500).
 * 2. Keeps each successful, publicly cacheable API answer in memory and serves repeats
 *    itself. The data changes only with a new build, i.e. a new process, so an answer never
 *    goes stale; this is the CDN's job done in-process for a laptop with no CDN in front.
 *    Next still produces every first answer (validated against its schema); the memo only
 *    replays the bytes, headers and ETag it produced.
 * 3. Finishes every HTML page (server/page-policy.mjs): a Content-Security-Policy with the
 *    hashes of the page's own inline scripts, and CDN cache headers with an ETag; keeps the
 *    finished pages that may be shared and replays them, as it does API answers.
 */
import { Buffer } from "node:buffer";
import http from "node:http";
import { earlyRejection } from "./early-guard-rules.mjs";
import { chunkBytes, keptHeaders, replayKept } from "./kept-answers.mjs";
import { finishPages, isPageAddress, replayPage } from "./page-policy.mjs";

const MAX_ENTRIES = 500;
const MAX_BODY_BYTES = 2 * 2 ** 20;
// 404 is kept too: an unknown API path stays unknown until the next build, and CDNs cache it.
const SHAREABLE_STATUSES = new Set([200, 404]);
/** @type {Map<string, import("./kept-answers.mjs").KeptAnswer>} */
const memo = new Map();

const originalEmit = http.Server.prototype.emit;

http.Server.prototype.emit = function emit(event, ...args) {
  if (event === "request") {
    const [req, res] = args;
    const method = req.method ?? "";
    const url = req.url ?? "/";
    // One value, as Next's HSTS rule and the page memo's key both read it: a proxy chain may
    // send "https, http", which the first would read as http and the second as https.
    const proto = req.headers["x-forwarded-proto"];
    if (proto !== undefined) {
      req.headers["x-forwarded-proto"] = String(proto).split(",")[0]?.trim().toLowerCase() ?? "";
    }
    const refusal = earlyRejection(method, url);
    if (refusal) {
      res.writeHead(refusal.status, refusal.headers);
      res.end(method === "HEAD" ? undefined : refusal.body);
      return true;
    }
    if ((method === "GET" || method === "HEAD") && /^\/api(?:[/?]|$)/.test(url)) {
      const hit = memo.get(url);
      if (hit) {
        replayKept(req, res, hit);
        return true;
      }
      if (method === "GET") capture(req, res, url);
    }
    // Client-side navigations (RSC requests) are not HTML and keep Next's own handling.
    if ((method === "GET" || method === "HEAD") && isPageAddress(url) && !req.headers.rsc) {
      if (replayPage(req, res)) return true;
      finishPages(req, res);
    }
  }
  return originalEmit.call(this, event, ...args);
};

/** Lets Next answer, uncompressed, and keeps a copy if the answer may be shared. */
function capture(req, res, url) {
  delete req.headers["accept-encoding"];
  delete req.headers["if-none-match"];
  const chunks = [];
  let size = 0;
  let status = 200;
  let headArgs = {};
  const { write, end, writeHead } = res;
  const keep = (chunk, encoding) => {
    const buf = size > MAX_BODY_BYTES ? null : chunkBytes(chunk, encoding);
    if (!buf) return;
    size += buf.length;
    chunks.push(buf);
  };
  res.writeHead = function (code, ...rest) {
    status = code;
    const last = rest.at(-1);
    if (last && typeof last === "object" && !Array.isArray(last)) headArgs = last;
    return writeHead.call(this, code, ...rest);
  };
  res.write = function (chunk, encoding, ...rest) {
    keep(chunk, encoding);
    return write.call(this, chunk, encoding, ...rest);
  };
  res.end = function (chunk, encoding, ...rest) {
    keep(chunk, encoding);
    const result = end.call(this, chunk, encoding, ...rest);
    const headers = keptHeaders({ ...res.getHeaders(), ...headArgs });
    const shareable = /\bpublic\b/.test(String(headers["cache-control"] ?? ""));
    const finalStatus = res.statusCode ?? status;
    if (SHAREABLE_STATUSES.has(finalStatus) && shareable && size <= MAX_BODY_BYTES) {
      if (memo.size >= MAX_ENTRIES) memo.delete(memo.keys().next().value);
      // Replays may come gzipped or not, so caches must key on that.
      headers.vary = "Accept-Encoding";
      memo.set(url, { status: finalStatus, headers, body: Buffer.concat(chunks), gzip: null });
    }
    return result;
  };
}
