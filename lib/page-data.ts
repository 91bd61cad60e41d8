import { collectEvidence } from "./evidence-check";
import { getFactionsData } from "./factions";
import { PAPER_CITATION } from "./paper-sections";
import { footnotesByNumber } from "./sources";
import type { FactionsResponse } from "./api-schemas";

/** What the faction views need from the server: the API's answer (for SWR) and the footnotes it cites. */
export function getFactionViewData() {
  const { dimensions, factions } = getFactionsData();
  const response: FactionsResponse = { dimensions, factions };
  const cited = collectEvidence(factions)
    .map((e) => e.evidence.footnote)
    .filter((n): n is number => n !== null);
  return {
    response,
    footnotes: footnotesByNumber(cited),
    paperTitle: `ECFR, “${PAPER_CITATION.title}” (${PAPER_CITATION.year})`,
    sourceLine: `Source: ${PAPER_CITATION.short}. Scores are this dashboard's coded reading of the paper; each cites the section, footnote and verbatim quote it rests on.`,
  };
}
