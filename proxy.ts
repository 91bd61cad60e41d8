import { createHash } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { hashesFor, readCspManifest, type CspManifest } from "@/server/csp-manifest.mjs";
import { isEmbeddable, pageCsp } from "@/server/security-headers.mjs";
import { themeScript } from "@/server/theme-script.mjs";
import { THEMES } from "@/lib/constants";

const DEV = process.env.NODE_ENV === "development";

// Read once: the manifest belongs to the build this process serves and never changes under it.
let manifest: CspManifest | null | undefined;
function loadManifest(): CspManifest | null {
  if (manifest === undefined) {
    manifest = DEV ? null : readCspManifest();
    if (!DEV && !manifest) {
      console.error(
        "No CSP manifest in .next/: build with `npm run build`, which writes it after `next build`. Until then pages may run no inline script, so they will not hydrate.",
      );
    }
  }
  return manifest;
}

// In development nothing is prerendered, so the layout's own script is allowed by its hash.
const THEME_HASH = createHash("sha256").update(themeScript(THEMES), "utf8").digest("base64");

/**
 * Gives every page its Content-Security-Policy and nothing else: the response itself is
 * Next's, untouched. A prerendered page may run exactly the inline scripts its build wrote
 * (hashes from the build's manifest), so a page and its policy are both fixed per build and
 * a CDN may cache the two together. An address that is not prerendered (a 404, an error, a
 * development render) is rendered per request: it gets a fresh nonce, which Next puts on its
 * own scripts when it finds it in the request's policy.
 * API routes, assets and files skip the proxy (see the matcher): they carry the fixed
 * no-document policy from next.config.js.
 */
export function proxy(request: NextRequest) {
  const { policy, nonce, embeddable } = pagePolicy(request, loadManifest());
  let response: NextResponse;
  if (nonce) {
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers } });
  } else {
    response = NextResponse.next();
  }
  response.headers.set("Content-Security-Policy", policy);
  // For browsers too old for frame-ancestors.
  if (!embeddable) response.headers.set("X-Frame-Options", "DENY");
  return response;
}

/** The policy for one page request, given the build's manifest (null: none, or `next dev`). */
export function pagePolicy(request: NextRequest, built: CspManifest | null) {
  const { pathname } = request.nextUrl;
  const embeddable = isEmbeddable(pathname);
  const https =
    request.nextUrl.protocol === "https:" ||
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
  const { hashes, prerendered } = built
    ? hashesFor(built, pathname)
    : { hashes: [THEME_HASH], prerendered: false };
  const nonce = prerendered ? null : Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = pageCsp({ scriptHashes: hashes, nonce, dev: DEV, https, embeddable });
  return { policy, nonce, embeddable };
}

export const config = {
  // Pages only: not the API, not build assets, not files with an extension (icon, public/).
  matcher: ["/((?!api(?:/|$)|_next/|.+\\.\\w+$).*)"],
};
