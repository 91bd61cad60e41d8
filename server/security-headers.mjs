/**
 * Headers every response carries. Plain ESM so that next.config.js can import it without a
 * build step.
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
 * Pages that may be framed by other sites: the embeddable views only (app/embed). They get
 * `frame-ancestors *` instead of `'none'` and no X-Frame-Options; every other page refuses
 * to be framed.
 */
export const EMBEDDABLE_PREFIXES = ["/embed"];

/** @param {string} pathname */
export function isEmbeddable(pathname) {
  return EMBEDDABLE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/**
 * The policy for HTML pages. Inline scripts run only when listed: by their SHA-256 for a
 * prerendered page (the build's manifest, see server/csp-manifest.mjs), by a per-request
 * nonce for a page rendered on request. A prerendered page's policy is therefore fixed per
 * build and a CDN may cache it with the page. Script files come from this origin only; JSON
 * answers cannot be run as scripts because every response is `nosniff`. Styles keep
 * 'unsafe-inline' because the charts write `style` attributes. Never 'unsafe-inline' for
 * scripts; 'unsafe-eval' only under `next dev`, whose React needs eval for its error overlay
 * and call stacks.
 *
 * @param {{ scriptHashes: readonly string[], nonce?: string | null, dev: boolean, https: boolean, embeddable: boolean }} options
 */
export function pageCsp({ scriptHashes, nonce = null, dev, https, embeddable }) {
  const scripts = [
    "'self'",
    ...scriptHashes.map((h) => `'sha256-${h}'`),
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    ...(dev ? ["'unsafe-eval'"] : []),
  ];
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
  // Pages replace this with their own policy (see pageCsp and proxy.ts).
  "Content-Security-Policy": NON_DOCUMENT_CSP,
};

export const HSTS = "max-age=63072000; includeSubDomains";
