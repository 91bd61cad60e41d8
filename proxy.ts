import { NextResponse, type NextRequest } from "next/server";
import { isEmbeddable, pageCsp } from "@/server/security-headers.mjs";

/**
 * Gives every page response its Content-Security-Policy before the early guard finishes it.
 * In production this policy allows no inline script at all: the guard
 * (server/page-policy.mjs) replaces it with one listing the hashes of the page's own inline
 * scripts, so a page served without the guard fails closed. `next dev` runs without the
 * guard and gets the development policy. API routes, assets and files skip the proxy (see
 * the matcher): they carry the fixed policy from next.config.js.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const embeddable = isEmbeddable(pathname);
  const response = NextResponse.next();
  response.headers.set(
    "Content-Security-Policy",
    pageCsp({
      scriptHashes: [],
      dev: process.env.NODE_ENV === "development",
      https:
        request.nextUrl.protocol === "https:" ||
        request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https",
      embeddable,
    }),
  );
  // For browsers too old for frame-ancestors.
  if (!embeddable) response.headers.set("X-Frame-Options", "DENY");
  return response;
}

export const config = {
  // Pages only: not the API, not build assets, not files with an extension (icon, public/).
  matcher: ["/((?!api(?:/|$)|_next/|.+\\.\\w+$).*)"],
};
