/**
 * `npm start`: Next's own request handler on a plain Node server, run as the npm script's
 * process itself (`exec`), so a signal sent to it stops the server. It adds two things to
 * `next start`, both on the request side, neither wrapping a response:
 * - refusals for the malformed requests that Next answers with a 500 or a redirect to
 *   another host (server/request-refusals.mjs);
 * - answers with a body for the requests Node itself cannot parse (400, 431), which Node
 *   otherwise sends empty.
 * The app does not depend on it: `next start` and the container's server.js serve the same
 * pages under the same policy (proxy.ts); see README, "Production".
 */
import { Buffer } from "node:buffer";
import http from "node:http";
import next from "next";
import { earlyRejection } from "./request-refusals.mjs";
import { BASELINE_HEADERS } from "./security-headers.mjs";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const refusal = earlyRejection(req.method ?? "", req.url ?? "/");
  if (!refusal) {
    void handle(req, res);
    return;
  }
  res.writeHead(refusal.status, refusal.headers);
  res.end(req.method === "HEAD" ? undefined : refusal.body);
});

/** Node's own parser errors: the socket gets a complete answer with a reason, then closes. */
server.on("clientError", (err, socket) => {
  if (!socket.writable) return socket.destroy();
  const tooLarge = /** @type {{ code?: string }} */ (err).code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify({
    error: tooLarge
      ? "The request's headers are too large for this server."
      : "The request could not be parsed as HTTP.",
    issues: [tooLarge ? "Send fewer or shorter headers (cookies included)." : "Check the client."],
  });
  const head = [
    `HTTP/1.1 ${status} ${tooLarge ? "Request Header Fields Too Large" : "Bad Request"}`,
    ...Object.entries(BASELINE_HEADERS).map(([k, v]) => `${k}: ${v}`),
    "Content-Type: application/json; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Cache-Control: no-store",
    "Connection: close",
  ];
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
});

server.listen(port, hostname, () => {
  console.log(`Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; a stop is a stop.
    server.closeAllConnections();
  });
}
