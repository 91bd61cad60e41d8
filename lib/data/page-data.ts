import "server-only";
import { collectEvidence } from "./evidence-check";
import { getFactionsData } from "./factions";
import { PAPER_TITLE } from "./paper-sections";
import { SCORES_SOURCE_LINE } from "@/lib/evidence/source-lines";
import { footnotesByNumber } from "./sources";
import type { FactionsResponse } from "@/lib/api/api-schemas";

/** The footnotes cited anywhere in a dataset, keyed by number, for its evidence lists. */
export function citedFootnotes(data: unknown) {
  return footnotesByNumber(
    collectEvidence(data)
      .flatMap((e) => ("footnote" in e.evidence ? [e.evidence.footnote] : []))
      .filter((n): n is number => n !== null),
  );
}

export { PAPER_TITLE };

export { SCORES_SOURCE_LINE };

/** What the faction views need from the server: the API's answer (for SWR) and the footnotes it cites. */
export function getFactionViewData() {
  const { dimensions, consensus, arbiter, outlook, factions } = getFactionsData();
  const response: FactionsResponse = { dimensions, consensus, arbiter, outlook, factions };
  return {
    response,
    footnotes: citedFootnotes(response),
    paperTitle: PAPER_TITLE,
    sourceLine: SCORES_SOURCE_LINE,
  };
}
