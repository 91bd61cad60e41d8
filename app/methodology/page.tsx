import type { Metadata } from "next";
import Link from "next/link";
import { PageNotices } from "@/components/shell/notices";
import { SiteHeader } from "@/components/shell/site-header";
import { VerdictKey } from "@/components/views/verdict-key";
import { getBalancingData } from "@/lib/data/balancing";
import { FIGURE_KIND_LABELS, SERIES_UNIT_LABELS } from "@/lib/charts/chart-data";
import { collectEvidence } from "@/lib/data/evidence-check";
import { getSeriesData } from "@/lib/data/external-data";
import { getFactionsData } from "@/lib/data/factions";
import { getFiguresData } from "@/lib/data/figures";
import { MAX_QUOTE_WORDS } from "@/lib/data/schemas/common";
import { getSyriaData } from "@/lib/data/syria";
import { getTimelineData } from "@/lib/data/timeline";
import { getOutcomesData } from "@/lib/data/outcomes";
import { ARMS_REGISTER_RELEASES, SERIES_RELEASE_LABELS, SERIES_RELEASES } from "@/lib/constants";
import { RELEASE_LABELS as REGISTER_LABELS } from "@/lib/views/arms-deals";
import { anchorHref, PAGES } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Methodology",
  description:
    "How the dashboard codes the paper: scales, confidence, kinds of figures and data vintages.",
};

const KIND_NOTES: Record<keyof typeof FIGURE_KIND_LABELS, string> = {
  deal: "agreements reported as signed or agreed: deal values announced, not money paid or trade done",
  "trade-target": "goals for future trade over years, not trade done",
  "arms-wish-list": "what a buyer reportedly wants, not what was sold or delivered",
  "legal-claim": "what a party claims in court, not what it was awarded",
  "budget-change": "the change in a budget as proposed, in per cent",
  ratio: "one quantity relative to another, without a unit of money",
};

export default function MethodologyPage() {
  const factions = getFactionsData();
  const balancing = getBalancingData();
  const scores = [
    ...factions.factions.flatMap((f) => f.scores),
    ...balancing.actors.flatMap((a) => a.scores),
    ...balancing.reference.scores,
  ];
  const nulls = scores.filter((s) => s.value === null).length;
  const outcomes = getOutcomesData();
  const datasets = [
    factions,
    balancing,
    getFiguresData(),
    getTimelineData(),
    getSyriaData(),
    outcomes,
  ];
  const quotes = datasets.reduce((n, d) => n + collectEvidence(d).length, 0);
  const confidence = (c: string) =>
    scores.filter((s) => s.value !== null && s.confidence === c).length;
  const allSeries = getSeriesData().series;
  const releaseCount = (r: string) => allSeries.filter((x) => x.release === r).length;
  const estimated = allSeries.reduce((n, s) => n + s.points.filter((p) => p.estimated).length, 0);

  return (
    <>
      <SiteHeader current={PAGES.methodology} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        <PageNotices />
        <h1 className="text-2xl font-bold">Methodology</h1>
        <p className="mt-1 text-muted">
          How this dashboard turns one 2016 paper and three datasets into charts you can cite.
        </p>

        <div className="prose-sections mt-6 space-y-8">
          <section aria-labelledby="m-scores">
            <h2 id="m-scores" className="text-xl font-semibold">
              Scores are coded judgments, not measurements
            </h2>
            <p className="mt-2">
              The paper describes positions in words; it gives no scores. Each number on the radars
              is our reading of those words on a 0–10 scale, where every dimension states what 0 and
              10 mean. There are {scores.length} scores in all. Each has a rationale in our words
              and a confidence; each stated score also has at least one verbatim quote from the
              paper, with its section and footnote, while a “not stated” score carries its rationale
              only. Quotes are at most {MAX_QUOTE_WORDS} words and are checked by the test suite
              against the paper: after normalising quotes, dashes and white space, each must appear
              word for word in the section it names. The dashboard holds {quotes} quotes.
            </p>
            <p className="mt-2">
              Where the paper is silent, the score is “not stated” ({nulls} of {scores.length}). It
              is drawn as a gap in the line and a hollow “not stated” marker by the axis, never as
              zero, and it is left out of gaps and rankings.
            </p>
          </section>

          <section aria-labelledby="m-confidence">
            <h2 id="m-confidence" className="text-xl font-semibold">
              Confidence
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              <li>
                <strong>High</strong> ({confidence("high")} scores): the paper says it plainly about
                this group or actor.
              </li>
              <li>
                <strong>Medium</strong> ({confidence("medium")}): the paper is clear but indirect,
                or speaks of a wider group that includes this one.
              </li>
              <li>
                <strong>Low</strong> ({confidence("low")}): the reading rests on thin or inferred
                evidence, or a second reader disagreed. Low-confidence points are hollow markers.
              </li>
            </ul>
            <p className="mt-2">
              A second reader coded the faction and balancing scores independently against the
              paper; their note is shown under each score in the evidence panel, and any
              disagreement forces the confidence down to low.
            </p>
          </section>

          <section aria-labelledby="m-figures">
            <h2 id="m-figures" className="text-xl font-semibold">
              Kinds of figures
            </h2>
            <p className="mt-2">
              A number is only comparable with a number of the same kind. Each figure from the paper
              has one kind, and each kind has its own chart:
            </p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {(Object.keys(KIND_NOTES) as (keyof typeof KIND_NOTES)[]).map((k) => (
                <li key={k}>
                  <strong>{FIGURE_KIND_LABELS[k]}</strong>: {KIND_NOTES[k]}.
                </li>
              ))}
            </ul>
            <p className="mt-2">
              Figures keep the paper&apos;s own hedge (“estimated”, “reportedly”, “almost”) and are
              shown “as reported in 2016”. The dashboard never estimates or converts a number.
              Asking to compare figures of different kinds gets an explanation instead of a chart.
            </p>
          </section>

          <section aria-labelledby="m-vintages">
            <h2 id="m-vintages" className="text-xl font-semibold">
              Data series and their vintages
            </h2>
            <p className="mt-2">
              Series come from published datasets, copied row for row with their publisher, dataset,
              vintage and licence. Each series and each deal names the release it comes from, and
              two releases are never joined into one line: a release may revise earlier years, and
              SIPRI&apos;s military-expenditure releases each use their own price basis. The
              releases held:
            </p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {SERIES_RELEASES.map((r) => (
                <li key={r}>
                  {SERIES_RELEASE_LABELS[r]}: {releaseCount(r)} series
                </li>
              ))}
              {ARMS_REGISTER_RELEASES.map((r) => (
                <li key={r}>
                  SIPRI arms-transfer register, {REGISTER_LABELS[r]}: deal by deal, never split into
                  years
                </li>
              ))}
            </ul>
            <p className="mt-2">Units never share an axis:</p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {Object.values(SERIES_UNIT_LABELS).map((u) => (
                <li key={u}>{u}</li>
              ))}
            </ul>
            <p className="mt-2">
              Publishers revise past years in every release, so a 2022 series can differ from the
              figures the paper quoted in 2016; the{" "}
              <Link href={anchorHref("paperVsData")}>paper against the data</Link> section computes
              both claims afresh from the series and says where they differ. {estimated} points are
              the publisher&apos;s own estimates (the IMF derives many of Iran&apos;s flows from
              partner reports, marked “e”); they are drawn as hollow markers and marked “(e)” in the
              tables.
            </p>
          </section>

          <section aria-labelledby="m-ledger">
            <h2 id="m-ledger" className="text-xl font-semibold">
              The expectations ledger
            </h2>
            <p className="mt-2">
              The <Link href={PAGES.ledger}>ledger</Link> holds {outcomes.outcomes.length} entries.
              We read the paper for every sentence that looks ahead (“will”, “likely”, “could”, a
              condition, a recommendation) and kept those that make a claim about what would happen
              after September 2016. Each is quoted with its section and footnote, and we say whether
              the authors expect it or the paper reports someone else expecting it. What happened is
              told only from the stored public documents listed under each entry, with their hedges
              kept: a claim made by one government stays that government&apos;s claim. Where the
              documents cannot settle an entry, it is “too early” or “not testable”, and the entry
              names the document that would settle it instead of filling the gap from memory.
            </p>
            <VerdictKey />
            <p className="mt-2">
              “Not anticipated” entries are developments we looked for in the paper and did not find
              foreseen there; they carry no quote from the paper, because an absence cannot be
              quoted. Verdicts, rationales and confidence are our coding and are labelled as such;
              the date of an entry is that of its latest evidence.
            </p>
          </section>

          <section aria-labelledby="m-limits">
            <h2 id="m-limits" className="text-xl font-semibold">
              Limits
            </h2>
            <p className="mt-2">
              One paper is one view. Its account of Tehran&apos;s camps draws mostly on interviews
              and the press of 2015–2016; the camps are analytical groupings, not parties, and
              individuals move between them. Footnotes [72] and [73] are cited in the paper&apos;s
              text but missing from its list, so their sources are unknown. Read the{" "}
              <Link href={PAGES.sources}>sources</Link> before quoting a number.
            </p>
          </section>
        </div>
      </main>
    </>
  );
}
