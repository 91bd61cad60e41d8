import { NextResponse, type NextRequest } from "next/server";
import { isEmbeddable, newNonce, pageCsp } from "@/lib/security";

/**
 * Gives every page response a Content-Security-Policy with a fresh nonce. Next reads the
 * policy from the request header and stamps the nonce on its own inline scripts; this is
 * why pages render per request. API routes, assets and files skip the proxy entirely (see
 * the matcher): they carry the fixed policy from next.config.js and stay fast.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const embeddable = isEmbeddable(pathname);
  const csp = pageCsp({
    nonce: newNonce(),
    dev: process.env.NODE_ENV === "development",
    https:
      request.nextUrl.protocol === "https:" ||
      request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https",
    embeddable,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // For browsers too old for frame-ancestors.
  if (!embeddable) response.headers.set("X-Frame-Options", "DENY");
  return response;
}

export const config = {
  // Pages only: not the API, not build assets, not files with an extension (icon, public/).
  matcher: ["/((?!api(?:/|$)|_next/|.+\\.\\w+$).*)"],
};
