import type { Metadata } from "next";
import { BalancingView } from "@/components/views/balancing-view";
import { EvidenceDetails } from "@/components/evidence/evidence-list";
import { SeriesFrame } from "@/components/charts/series-frame";
import { seriesFrameProps } from "@/lib/views/series-views";
import { seriesEvents } from "@/lib/views/chart-events";
import { getChartEventData } from "@/lib/data/chart-events";
import { SiteHeader } from "@/components/shell/site-header";
import { StatedBlock } from "@/components/views/stated-block";
import type { BalancingResponse } from "@/lib/api/api-schemas";
import { getBalancingData } from "@/lib/data/balancing";
import { getSeriesData } from "@/lib/data/external-data";
import { citedFootnotes, PAPER_TITLE } from "@/lib/data/page-data";
import { getSyriaData } from "@/lib/data/syria";
import { AddToDeckButton } from "@/components/export/chart-actions";
import { tallyWords } from "@/lib/views/syria-tally";
import { syriaView } from "@/lib/views/syria";
import { anchorId, itemId, PAGES } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Moscow's balancing act",
  description:
    "How Russia balances its partnership with Iran against its ties to Israel and Saudi Arabia (two of Iran's regional rivals in the paper) and to Turkey, and where Russia and Iran converge and diverge in Syria.",
};

const ALIGNMENT_TEXT = {
  converge: { label: "Converge", mark: "=" },
  diverge: { label: "Diverge", mark: "≠" },
  mixed: { label: "Mixed", mark: "±" },
} as const;

export default function BalancingPage() {
  const data = getBalancingData();
  const response: BalancingResponse = {
    dimensions: data.dimensions,
    actors: data.actors,
    reference: data.reference,
  };
  const { issues, judgement } = getSyriaData();
  const syria = syriaView({ issues, judgement });
  const { tally } = syria;
  const { series } = getSeriesData();
  const chartEvents = getChartEventData();
  const footnotes = citedFootnotes([data, issues, judgement]);
  // The interactive view only shows the scores' evidence: hand it only their footnotes, since
  // everything a client component receives is shipped in the page a second time.
  const scoreFootnotes = citedFootnotes([...data.actors, data.reference].map((a) => a.scores));

  return (
    <>
      <SiteHeader current={PAGES.balancing} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <h1 className="text-2xl font-bold">Moscow&apos;s balancing act</h1>
        <p className="mt-1 max-w-3xl text-muted">
          Russia works with Iran while keeping ties to other regional powers: Israel and Saudi
          Arabia, which the paper counts among Iran&apos;s regional rivals, and Turkey, which it
          calls one of Iran&apos;s top trading partners. How much each matters to Moscow, what
          Moscow gives it, and how Tehran reacts, coded from the 2016 ECFR paper; then where Russia
          and Iran agree and disagree in Syria.
        </p>

        <div className="mt-6">
          <BalancingView data={response} footnotes={scoreFootnotes} paperTitle={PAPER_TITLE} />
        </div>

        <section aria-labelledby="actors-heading" className="render-when-near mt-8">
          <h2 id="actors-heading" className="text-xl font-semibold">
            What each actor holds over Moscow, how Moscow accommodates it, how Tehran responds
          </h2>
          <div className="mt-3 grid gap-4 md:grid-cols-3">
            {data.actors.map((a) => (
              <article
                key={a.id}
                id={itemId("actor", a.id)}
                className="scroll-mt-4 rounded-lg border border-border bg-surface p-4"
                data-testid="actor-card"
              >
                <h3 className="font-semibold">{a.name}</h3>
                <p className="mt-1 text-sm">{a.summary}</p>
                <StatedBlock
                  heading="What it holds over Moscow"
                  stated={a.holds}
                  footnotes={footnotes}
                  paperTitle={PAPER_TITLE}
                />
                <StatedBlock
                  heading="How Moscow accommodates it"
                  stated={a.concessions}
                  footnotes={footnotes}
                  paperTitle={PAPER_TITLE}
                />
                <StatedBlock
                  heading="How Tehran responds"
                  stated={a.iranResponse}
                  footnotes={footnotes}
                  paperTitle={PAPER_TITLE}
                />
              </article>
            ))}
          </div>
        </section>

        <section aria-labelledby="milex-heading" className="render-when-near mt-8">
          <h2 id="milex-heading" className="text-xl font-semibold">
            Military expenditure of these states and of Russia
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-muted">
            Context from SIPRI, not from the paper: military expenditure, 2005–2016, in constant
            2015 US dollars, all from SIPRI&apos;s April 2017 release (published after the paper).
            Spending is not leverage; it shows each state&apos;s military budget next to
            Russia&apos;s.
          </p>
          <div className="mt-3">
            <SeriesFrame
              {...seriesFrameProps("milex", series)}
              events={seriesEvents("milex", chartEvents)}
            />
          </div>
          <p className="mt-6 max-w-3xl text-sm text-muted">
            The same five states in SIPRI&apos;s two latest releases, each on its own chart: every
            release is priced in its own year&apos;s dollars (2023 and 2024) and may revise earlier
            years, so the lines are never joined to each other or to the chart above.
          </p>
          <div className="mt-3 grid gap-6">
            <SeriesFrame
              {...seriesFrameProps("milex-2026", series)}
              events={seriesEvents("milex-2026", chartEvents)}
            />
            <SeriesFrame
              {...seriesFrameProps("milex-2025", series)}
              events={seriesEvents("milex-2025", chartEvents)}
            />
          </div>
        </section>

        <section
          aria-labelledby={anchorId("syria")}
          className="render-when-near mt-8"
          data-testid="syria-issues"
        >
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h2 id={anchorId("syria")} className="text-xl font-semibold">
              Syria: where Russia and Iran converge and diverge
            </h2>
            <AddToDeckButton slide={syria.token} label="Add the Syria summary to deck" />
          </div>
          <p className="mt-1 max-w-3xl text-sm text-muted">
            {issues.length} Syria-related issues drawn from the paper (
            {issues.filter((i) => i.group === "third-states").length} of them from its passages on
            Israel, Saudi Arabia and Turkey), each with both sides&apos; positions in our words and
            the quotes they rest on, grouped by kind: a 2016 episode that was repaired does not
            weigh like a core aim, so counts are compared within a kind only.
          </p>
          <div className="mt-3 max-w-3xl rounded-lg border border-border bg-surface p-4">
            <h3 className="text-base font-semibold">The paper&apos;s net judgement</h3>
            <p className="mt-1 text-sm">{judgement.summary}</p>
            <EvidenceDetails
              evidence={judgement.evidence}
              footnotes={footnotes}
              paperTitle={PAPER_TITLE}
              compact
            />
          </div>
          {tally.map((g) => (
            <section key={g.group} aria-labelledby={`syria-group-${g.group}`} className="mt-6">
              <h3 id={`syria-group-${g.group}`} className="text-lg font-semibold">
                {g.label}{" "}
                <span className="text-sm font-normal text-muted">
                  ({g.issues.length}: {tallyWords(g)})
                </span>
              </h3>
              <ul className="mt-3 space-y-4">
                {g.issues.map((issue) => (
                  <li
                    key={issue.id}
                    id={itemId("syriaIssue", issue.id)}
                    className="scroll-mt-4 rounded-lg border border-border p-4"
                  >
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <h4 className="font-semibold">{issue.issue}</h4>
                      <span className="rounded border border-border px-2 py-0.5 text-sm">
                        <span aria-hidden="true">{ALIGNMENT_TEXT[issue.alignment].mark} </span>
                        {ALIGNMENT_TEXT[issue.alignment].label}
                        <span className="text-xs text-muted"> ({issue.confidence} confidence)</span>
                      </span>
                    </div>
                    <div className="mt-2 grid gap-4 md:grid-cols-2">
                      {(["russia", "iran"] as const).map((side) => (
                        <div key={side}>
                          <h5 className="text-sm font-semibold">
                            {side === "russia" ? "Russia" : "Iran"}
                          </h5>
                          <p className="text-sm">{issue[side].position}</p>
                          <EvidenceDetails
                            evidence={issue[side].evidence}
                            footnotes={footnotes}
                            paperTitle={PAPER_TITLE}
                            compact
                          />
                        </div>
                      ))}
                    </div>
                    <p className="mt-2 text-sm text-muted">
                      <span className="font-medium">Why {issue.alignment}:</span> {issue.rationale}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      </main>
    </>
  );
}
