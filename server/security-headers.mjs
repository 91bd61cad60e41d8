/**
 * Headers every response carries, assets and early refusals included. Plain ESM so that
 * next.config.js and the server preload can both import it without a build step.
 */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "idle-detection=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "picture-in-picture=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
  "browsing-topics=()",
  // Used by the app itself: "Copy citation" and full-screen presenting.
  "clipboard-write=(self)",
  "fullscreen=(self)",
].join(", ");

/** JSON, scripts and files are never documents a browser should run or frame. */
export const NON_DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Pages that may be framed by other sites. None yet: when an embeddable view exists, list
 * its path prefix here and it gets `frame-ancestors *` instead of `'none'`.
 */
export const EMBEDDABLE_PREFIXES = [];

/** @param {string} pathname */
export function isEmbeddable(pathname) {
  return EMBEDDABLE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/**
 * The policy for HTML pages. Inline scripts run only when their SHA-256 is listed, and
 * the early guard lists exactly the ones in the response it sends, so the policy is a
 * function of the page and a CDN may cache both (a nonce would have to change on every
 * response). Script files come from this origin only; JSON answers cannot be run as
 * scripts because every response is `nosniff`. Styles keep 'unsafe-inline' because the
 * charts write `style` attributes.
 *
 * In development there is no early guard to hash the pages and React needs eval for its
 * error overlay, so `next dev` alone gets 'unsafe-inline' and 'unsafe-eval'.
 *
 * @param {{ scriptHashes: readonly string[], dev: boolean, https: boolean, embeddable: boolean }} options
 */
export function pageCsp({ scriptHashes, dev, https, embeddable }) {
  const scripts = dev
    ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    : ["'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)];
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${embeddable ? "*" : "'none'"}`,
    "manifest-src 'self'",
    "worker-src 'self'",
  ];
  // Upgrading on plain http (a laptop on localhost) would send every asset to a dead port.
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export const BASELINE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": PERMISSIONS_POLICY,
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  // Pages replace this with their own hashed policy (see pageCsp and server/page-policy.mjs).
  "Content-Security-Policy": NON_DOCUMENT_CSP,
};

export const HSTS = "max-age=63072000; includeSubDomains";
