import type { FactionsResponse } from "@/lib/api/api-schemas";
import { SCORE_UNIT } from "@/lib/charts/chart-data";
import { radarTable } from "@/lib/charts/chart-tables";
import { PAPER_AS_OF } from "@/lib/data/paper-sections";
import { SCORES_SOURCE_LINE } from "@/lib/evidence/source-lines";
import { parseViewState, type ViewState } from "./view-state";
import {
  cite,
  MAX_NOTES,
  scoreNote,
  type RawState,
  type SlideNote,
  type ViewTexts,
} from "./view-model";
import { PAGES } from "@/lib/routes";

/**
 * The camps radar (/factions, deck token "camps"): Iran's three camps coded 0 to 10 on each
 * dimension of the debate on Russia. Page, slide and embed all draw from campsView.
 */

/** The part of /api/factions the camps' views are drawn from. */
export type FactionsPart = Pick<
  FactionsResponse,
  "dimensions" | "factions" | "consensus" | "outlook"
>;

/** The view's state from an address's query (shared by the camps radar and the camp gap). */
export function campsState(raw: RawState, data: Pick<FactionsPart, "dimensions">) {
  return parseViewState(
    raw,
    data.dimensions.map((d) => d.id),
  );
}

/** The frame of the camps' debate as speaker notes: what they share, where the paper sees it going. */
export function debateNotes({
  consensus,
  outlook,
}: Pick<FactionsPart, "consensus" | "outlook">): [SlideNote, SlideNote] {
  return [
    { heading: "What the camps share", text: consensus.summary, ...cite(consensus.evidence[0]) },
    {
      heading: "Where the paper expects the debate to go",
      text: outlook.summary,
      ...cite(outlook.evidence[0]),
    },
  ];
}

export function campsView(data: FactionsPart, state: Pick<ViewState, "factions">) {
  const { dimensions, factions } = data;
  const shown = factions.filter((f) => state.factions.includes(f.id));
  const query = state.factions.join(",") || "none";
  const texts: ViewTexts = {
    title: "Where Iran's three camps stand on Russia",
    description: `Coded positions of the camps shown, on ${dimensions.length} dimensions, 0 to 10; gaps mark what the paper does not state, hollow markers low-confidence scores, dashed rings scores we infer rather than read in the paper.`,
    takeaway: `${shown.map((f) => f.shortName).join(", ") || "No camp"} coded 0 to 10 on ${dimensions.length} axes; a gap in a shape is an axis the paper leaves unstated for that camp.`,
    source: SCORES_SOURCE_LINE,
    asOf: PAPER_AS_OF,
    unit: SCORE_UNIT,
    href: `${PAGES.factions}?factions=${query}`,
    token: `camps?factions=${query}`,
    table: radarTable(dimensions, shown),
    notes: [
      ...debateNotes(data),
      ...shown.flatMap((f) => [
        { heading: f.name, text: f.summary },
        ...f.scores
          .filter((s) => s.value !== null)
          .slice(0, 1)
          .map((s) =>
            scoreNote(
              f.shortName,
              dimensions.find((d) => d.id === s.dimension)?.label ?? s.dimension,
              s,
            ),
          ),
      ]),
    ].slice(0, MAX_NOTES),
  };
  return { ...texts, dimensions, shown };
}
