import type { Outcome, OutcomeTopic, OutcomeVerdict } from "@/lib/data/schemas/outcomes";
import { OUTCOME_TOPICS, OUTCOME_VERDICTS } from "@/lib/constants";
import { PAPER_CITATION } from "@/lib/data/paper-sections";
import { PAGES } from "@/lib/routes";
import { formatEventDate } from "./timeline-format";
import { listParam, unknownParamNotices } from "./view-state";
import { cite, MAX_NOTES, type RawState, type ViewTexts } from "./view-model";

/**
 * The expectations ledger (/ledger, /api/outcomes, deck token "ledger"): the paper's
 * expectations held against what stored public documents say happened after September 2016,
 * with a verdict each, and the developments the paper did not anticipate. The chart counts
 * entries by verdict; the table and the page list the entries.
 */

/** How each verdict reads, in the chart, the filters, the table and the badges. */
export const VERDICT_LABELS: Record<OutcomeVerdict, string> = {
  held: "Held",
  "not-held": "Did not hold",
  mixed: "Mixed",
  "too-early": "Too early to say",
  "not-testable": "Not testable",
  "not-anticipated": "Not anticipated",
};

/** What each verdict means, for the page's key and the methodology. */
export const VERDICT_MEANINGS: Record<OutcomeVerdict, string> = {
  held: "what happened matches the expectation, on the stored documents",
  "not-held": "what happened runs against it",
  mixed: "parts held and parts did not, or it held for a time",
  "too-early": "the stored documents do not settle it yet",
  "not-testable": "no event could show it right or wrong (a recommendation, a vague claim)",
  "not-anticipated": "a development the paper did not foresee",
};

/**
 * The verdicts' colours are the theme's own, not an entity's: a verdict is no party. Held and
 * not-held take the strongest contrast; the open verdicts the muted tone. "Not anticipated" is
 * drawn as an outline (VERDICT_OUTLINED): it judges no expectation, so it is no solid count
 * beside the others.
 */
export const VERDICT_COLOURS: Record<OutcomeVerdict, string> = {
  held: "var(--accent)",
  "not-held": "var(--fg)",
  mixed: "var(--muted)",
  "too-early": "var(--grid)",
  "not-testable": "var(--grid)",
  "not-anticipated": "var(--fg)",
};

export const VERDICT_OUTLINED: ReadonlySet<OutcomeVerdict> = new Set(["not-anticipated"]);

export const TOPIC_LABELS: Record<OutcomeTopic, string> = {
  camps: "Iran's camps and elections",
  partnership: "The partnership",
  arms: "Arms",
  syria: "Syria",
  regional: "Regional balancing",
  economy: "Energy and trade",
  west: "The West's weight",
  europe: "Advice to Europe",
};

export interface LedgerState {
  verdict: OutcomeVerdict[];
  topic: OutcomeTopic[];
}

export const LEDGER_PARAMS = ["verdict", "topic"] as const;

export function parseLedgerState(raw: RawState): { state: LedgerState; notices: string[] } {
  const notices: string[] = [];
  const state = {
    verdict: listParam(raw, "verdict", OUTCOME_VERDICTS, [], notices),
    topic: listParam(raw, "topic", OUTCOME_TOPICS, [], notices),
  };
  notices.push(...unknownParamNotices(raw, LEDGER_PARAMS));
  return { state, notices };
}

export function serialiseLedgerState(state: LedgerState): string {
  const params = new URLSearchParams();
  if (state.verdict.length) params.set("verdict", state.verdict.join(","));
  if (state.topic.length) params.set("topic", state.topic.join(","));
  return params.toString();
}

/** What filtering needs of an entry. */
export type LedgerIndex = Pick<Outcome, "id" | "verdict" | "topic">;

export function filterOutcomes<T extends LedgerIndex>(outcomes: readonly T[], state: LedgerState) {
  return outcomes.filter(
    (o) =>
      (!state.verdict.length || state.verdict.includes(o.verdict)) &&
      (!state.topic.length || state.topic.includes(o.topic)),
  );
}

export function ledgerToken(state: LedgerState): string {
  const query = serialiseLedgerState(state);
  return `ledger${query ? `?${query}` : ""}`;
}

/** Entries per verdict, in the verdicts' order; verdicts with none are kept (a zero is a finding). */
export function verdictCounts(outcomes: readonly LedgerIndex[]) {
  return OUTCOME_VERDICTS.map((verdict) => ({
    verdict,
    label: VERDICT_LABELS[verdict],
    n: outcomes.filter((o) => o.verdict === verdict).length,
  }));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The ledger's bottom line in one sentence, from the counts: what the slide leads with. */
export function ledgerHeadline(outcomes: readonly LedgerIndex[]): string {
  const count = (v: OutcomeVerdict) => outcomes.filter((o) => o.verdict === v).length;
  const judged = outcomes.filter((o) => o.verdict !== "not-anticipated").length;
  const parts = [
    `${count("held")} held`,
    `${count("not-held")} did not hold`,
    `${count("mixed")} mixed`,
    `${count("too-early")} too early to say`,
    `${count("not-testable")} not testable`,
  ];
  const unforeseen = count("not-anticipated");
  return `Of ${plural(judged, "expectation")} of the paper we coded, ${parts.join(", ")}${unforeseen ? `; and ${plural(unforeseen, "development")} the paper did not anticipate` : ""}.`;
}

export const LEDGER_SOURCE = `Sources: ${PAPER_CITATION.short} for the expectations, quoted with section and footnote; stored public documents, each cited, for what happened. Verdicts, rationales and confidence are our coding.`;

export function ledgerView(outcomes: readonly Outcome[], state: LedgerState) {
  const shown = filterOutcomes(outcomes, state);
  const latest = shown
    .map((o) => o.asOf)
    .sort()
    .at(-1);
  const query = serialiseLedgerState(state);
  const filtered = state.verdict.length > 0 || state.topic.length > 0;
  const what = [
    ...state.topic.map((t) => TOPIC_LABELS[t]),
    ...state.verdict.map((v) => VERDICT_LABELS[v].toLowerCase()),
  ].join(", ");
  const counts = verdictCounts(shown);
  const texts: ViewTexts = {
    title: filtered
      ? `The paper ten years on: ${what}`
      : "The paper ten years on: how its expectations have held",
    description: `Entries of the expectations ledger by verdict (${plural(shown.length, "entry", "entries")}${filtered ? ", as filtered" : ""}); each verdict is our coding of the paper's words against stored documents.`,
    takeaway: ledgerHeadline(shown),
    source: LEDGER_SOURCE,
    asOf: latest ? `Latest evidence: ${formatEventDate(latest)}` : "No entries",
    unit: "Number of ledger entries",
    href: `${PAGES.ledger}${query ? `?${query}` : ""}`,
    token: ledgerToken(state),
    table: {
      caption: `Ledger entries by verdict${filtered ? ", as filtered" : ""}, with what each verdict means.`,
      columns: ["Verdict", "Entries", "Meaning"],
      rows: counts.map((c) => ({
        key: c.verdict,
        cells: [
          { text: c.label, header: true },
          { text: String(c.n), value: c.n },
          { text: VERDICT_MEANINGS[c.verdict], small: true },
        ],
      })),
    },
    notes: shown.slice(0, MAX_NOTES).map((o) => ({
      heading: `${o.title}: ${VERDICT_LABELS[o.verdict].toLowerCase()} (${o.confidence} confidence)`,
      text: o.rationale,
      ...cite(o.outcome.evidence[0] ?? o.expectation?.evidence[0]),
    })),
  };
  return { ...texts, shown, counts };
}
