import type { Metadata } from "next";
import { SiteHeader } from "@/components/shell/site-header";
import { VerdictKey } from "@/components/views/verdict-key";
import { LedgerChart } from "@/components/views/ledger-chart";
import { LedgerList } from "@/components/views/ledger-list";
import { LedgerView } from "@/components/views/ledger-view";
import { citedFootnotes, PAPER_TITLE } from "@/lib/data/page-data";
import { getOutcomesData } from "@/lib/data/outcomes";
import { citedStoredSources } from "@/lib/data/stored-sources";
import { ledgerHeadline, ledgerToken, ledgerView } from "@/lib/views/ledger";
import { PAGES } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Ten years on",
  description:
    "The paper's expectations of 2016 held against what stored public documents say happened since, each with a verdict, a rationale, a confidence and the quotes on both sides.",
};

export default function LedgerPage() {
  const { outcomes } = getOutcomesData();
  // The chart counts the whole ledger: the bottom line at a glance, whatever the filters below.
  const overall = ledgerView(outcomes, { verdict: [], topic: [] });
  const sources = new Set(
    outcomes.flatMap((o) =>
      o.outcome.evidence.flatMap((e) => ("sourceId" in e ? [e.sourceId] : [])),
    ),
  );
  return (
    <>
      <SiteHeader current={PAGES.ledger} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="text-2xl font-bold">Ten years on: the paper against what happened</h1>
        <p className="mt-1 max-w-3xl text-muted">
          {ledgerHeadline(outcomes)} Each entry quotes the paper (section and footnote) and the
          stored public documents that tell what happened ({sources.size} documents in all); the
          verdict, its rationale and its confidence are our coding, and the date is that of the
          latest evidence.
        </p>
        <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <LedgerChart
            view={overall}
            testId="ledger-chart"
            slide={ledgerToken({ verdict: [], topic: [] })}
          />
          <section aria-labelledby="verdicts-heading" className="text-sm">
            <h2 id="verdicts-heading" className="text-lg font-semibold">
              What the verdicts mean
            </h2>
            <VerdictKey />
          </section>
        </div>
        {/* The filters and the list they filter wait together for a link's state. */}
        <div className="url-state-region mt-6 space-y-6">
          <LedgerView index={outcomes.map(({ id, verdict, topic }) => ({ id, verdict, topic }))} />
          <LedgerList
            outcomes={outcomes}
            footnotes={citedFootnotes(outcomes)}
            paperTitle={PAPER_TITLE}
            storedSources={citedStoredSources(outcomes)}
          />
        </div>
      </main>
    </>
  );
}
