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

export const BASELINE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": PERMISSIONS_POLICY,
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  // Pages replace this with their own nonce policy in proxy.ts.
  "Content-Security-Policy": NON_DOCUMENT_CSP,
};

export const HSTS = "max-age=63072000; includeSubDomains";
