import { SCORE_DIFF_UNIT } from "@/lib/charts/chart-data";
import { diffRows, scoreText } from "@/lib/charts/series";
import { PAPER_AS_OF } from "@/lib/data/paper-sections";
import { SCORES_SOURCE_LINE } from "@/lib/evidence/source-lines";
import type { ViewState } from "./view-state";
import { debateNotes, type FactionsPart } from "./camps";
import { inSentence, lowerFirst, MAX_NOTES, scoreNote, signed, type ViewTexts } from "./view-model";
import { PAGES } from "@/lib/routes";

export { campsState as campGapState } from "./camps";

/**
 * Where two camps differ (/factions' pair comparison, deck token "camp-gap"): the signed
 * difference of their coded scores on each dimension both are scored on, widest gap first.
 */
export function campGapView(data: FactionsPart, state: Pick<ViewState, "a" | "b">) {
  const { dimensions, factions } = data;
  const a = factions.find((f) => f.id === state.a);
  const b = factions.find((f) => f.id === state.b);
  if (!a || !b) throw new Error("factions file lacks a camp the schema requires");
  const rows = diffRows(dimensions, a, b);
  // Signed: positive where the first camp scores higher (the gap itself is unsigned).
  const stated = rows
    .filter((r) => r.gap !== null)
    .map((r) => ({ ...r, diff: (r.a?.value ?? 0) - (r.b?.value ?? 0) }));
  const unstated = rows.filter((r) => r.gap === null);
  const inferredGaps = stated.filter((r) => r.gapBasis === "inferred");
  const widest = stated[0]?.gap ?? 0;
  const top = stated.filter((r) => r.gap === widest && widest > 0).map((r) => r.dimension.label);
  const texts: ViewTexts = {
    title: `Where ${inSentence(a)} and ${inSentence(b)} differ`,
    description: `The coded score of ${inSentence(a)} minus that of ${inSentence(b)}, on each axis both are scored on, widest gap first; an outlined bar rests on our inference rather than on positions the paper states.`,
    takeaway: top.length
      ? `The widest gap, ${widest} points of 10, is on ${top.map(lowerFirst).join(", ")}; ${inferredGaps.length} of the ${stated.length} gaps rest on our inference rather than on positions the paper states (outlined bars); bars run right where ${inSentence(a)} score higher.`
      : `The two camps' coded scores do not differ on any axis the paper states for both.`,
    source: SCORES_SOURCE_LINE,
    asOf: PAPER_AS_OF,
    unit: SCORE_DIFF_UNIT,
    href: `${PAGES.factions}?a=${a.id}&b=${b.id}`,
    token: `camp-gap?a=${a.id}&b=${b.id}`,
    table: {
      caption: "Scores of the two camps and their difference, by dimension.",
      columns: ["Dimension", a.shortName, b.shortName, "Difference", "Rests on"],
      rows: stated.map((r) => ({
        key: r.dimension.id,
        cells: [
          { text: r.dimension.label, header: true },
          { text: scoreText(r.a), value: r.a?.value ?? undefined },
          { text: scoreText(r.b), value: r.b?.value ?? undefined },
          { text: signed(r.diff), value: r.diff },
          {
            text: r.gapBasis === "inferred" ? "our inference" : "stated positions",
            value: r.gapBasis ?? undefined,
          },
        ],
      })),
    },
    notes: [
      debateNotes(data)[0],
      {
        heading: "Stated or inferred",
        text: `Gaps on positions the paper states for both camps: ${
          stated
            .filter((r) => r.gapBasis === "stated")
            .map((r) => `${lowerFirst(r.dimension.label)} (${r.gap})`)
            .join(", ") || "none"
        }. Gaps resting on our inference for at least one camp: ${
          inferredGaps.map((r) => `${lowerFirst(r.dimension.label)} (${r.gap})`).join(", ") ||
          "none"
        }.`,
      },
      ...stated
        .slice(0, 2)
        .flatMap((r) => [
          scoreNote(a.shortName, r.dimension.label, r.a),
          scoreNote(b.shortName, r.dimension.label, r.b),
        ]),
    ].slice(0, MAX_NOTES),
  };
  return {
    ...texts,
    a,
    b,
    rows,
    stated,
    /** Not drawn, because the paper does not state both camps' positions. */
    unstated: unstated.map((r) => r.dimension.label),
  };
}
