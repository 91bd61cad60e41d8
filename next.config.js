import { BASELINE_HEADERS, HSTS } from "./server/security-headers.mjs";

const toList = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }));

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The container image ships only the traced server files (see README, "Production").
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  async headers() {
    return [
      // Every response; pages swap the Content-Security-Policy for their own (proxy.ts).
      { source: "/:path*", headers: toList(BASELINE_HEADERS) },
      { source: "/api/:path*", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      // An embeddable view is a document other sites load into a frame (proxy.ts gives it
      // frame-ancestors *): its resource policy must let them.
      {
        source: "/embed/:path*",
        headers: [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }],
      },
      {
        // Browsers ignore HSTS over plain http, so send it only behind an HTTPS proxy.
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: HSTS }],
      },
    ];
  },
};

export default nextConfig;
