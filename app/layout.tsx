import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { CopyCitationListener } from "@/components/evidence/copy-citation";
import { THEMES } from "@/lib/constants";
import { PAPER_CITATION } from "@/lib/data/paper-sections";
import { themeScript } from "@/server/theme-script.mjs";
import { identityCss } from "@/lib/identity";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "Russia–Iran Relations Dashboard",
    template: "%s · Russia–Iran Relations Dashboard",
  },
  description:
    "Compare how Iran's camps view Russia, with every score traced to the 2016 ECFR paper's own words.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111318" },
  ],
};

const THEME_SCRIPT = themeScript(THEMES);
// Each camp's, actor's and country's colour per theme, generated from the identity registry.
const IDENTITY_CSS = identityCss();

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Allowed by its hash, like Next's own inline scripts (scripts/build-csp-manifest.ts). */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <style dangerouslySetInnerHTML={{ __html: IDENTITY_CSS }} />
      </head>
      <body className="min-h-screen bg-bg text-fg antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-bg focus:p-2"
        >
          Skip to content
        </a>
        {children}
        <CopyCitationListener />
        <footer className="mx-auto mt-12 max-w-7xl border-t border-border px-4 py-6 text-xs text-muted">
          <p>
            Source of every stance, person and quote up to September 2016: {PAPER_CITATION.short},
            published by {PAPER_CITATION.publisher}. What happened after it is quoted from stored
            public documents, and data series from SIPRI and the IMF, each named where it is used.
            Scores and verdicts are the dashboard&apos;s coded judgments, not the sources&apos; own
            numbers.
          </p>
        </footer>
      </body>
    </html>
  );
}
