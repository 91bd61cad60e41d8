import type { Metadata } from "next";
import { FactionComparison } from "@/components/views/faction-comparison";
import { SiteHeader } from "@/components/shell/site-header";
import { DebateFrame } from "@/components/views/debate-frame";
import { getFactionViewData } from "@/lib/data/page-data";
import { anchorId, PAGES } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Iran's camps on Russia",
  description:
    "Compare the Russia-leaners, the re-balancers and the middle way side by side, with the evidence for every score.",
};

export default function FactionsPage() {
  const view = getFactionViewData();
  return (
    <>
      {/* The difference table sits some 35 stops into the page; keyboard users can jump to it. */}
      <a
        href={`#${anchorId("differences")}`}
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-bg focus:p-2"
      >
        Skip to the difference table
      </a>
      <SiteHeader current={PAGES.factions} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <h1 className="text-2xl font-bold">Iran&apos;s three camps on Russia</h1>
        <p className="mt-1 max-w-3xl text-muted">
          The 2016 ECFR paper says Tehran&apos;s debate on Moscow can generally be divided into
          three camps (the third, a middle way, still taking shape), inside a general consensus that
          relations with Moscow are extremely valuable. Compare their coded positions, see where two
          camps differ and whether each gap rests on what the paper states or on our inference, and
          check each score against the paper&apos;s own words.
        </p>
        <div className="mt-4">
          <DebateFrame {...view} />
        </div>
        <div className="mt-6">
          <FactionComparison
            data={view.response}
            footnotes={view.footnotes}
            paperTitle={view.paperTitle}
          />
        </div>
      </main>
    </>
  );
}
