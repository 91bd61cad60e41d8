import { NextResponse, type NextRequest } from "next/server";

/**
 * A path with broken percent-encoding (e.g. /api/factions/%E0%A4%A) makes Next fail while
 * decoding it and answer 500. That is the client's mistake, so answer a JSON 400 instead.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return NextResponse.json(
      {
        error: "The address has malformed percent-encoding (a '%' not followed by two hex digits).",
        issues: ["Encode '%' as %25, or remove the stray escape, and try again."],
      },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/api/:path*", "/factions/:path*"],
};
