import type { BalancingResponse } from "@/lib/api/api-schemas";
import { SCORE_UNIT } from "@/lib/charts/chart-data";
import { scoreFor, scoreText } from "@/lib/charts/series";
import { PAPER_AS_OF } from "@/lib/data/paper-sections";
import { SCORES_SOURCE_LINE } from "@/lib/evidence/source-lines";
import type { BalancingState } from "./view-state";
import { balancingActors } from "./balancing";
import { MAX_NOTES, scoreNote, type ViewTexts } from "./view-model";
import { PAGES } from "@/lib/routes";

export { balancingState as balancingBarState } from "./balancing";

/**
 * One dimension of Moscow's balancing at a time (/balancing's bar view, deck token
 * "balancing-bar"): each actor's coded score on it, with what is not stated said in words.
 */
export function balancingBarView(data: BalancingResponse, state: Pick<BalancingState, "bar">) {
  const everyone = balancingActors(data);
  const dim = data.dimensions.find((d) => d.id === state.bar) ?? data.dimensions[0];
  if (!dim) throw new Error("balancing file has no dimension");
  const scored = everyone.map((a) => ({ a, score: scoreFor(a, dim.id) }));
  const stated = scored.filter((x) => x.score?.value !== null && x.score?.value !== undefined);
  const unstated = scored.filter((x) => !stated.includes(x));
  /** Why an actor is not drawn, in words: the paper is silent, or the axis does not apply to it. */
  const whyNot = (x: (typeof scored)[number]) =>
    x.score?.notApplicable ? "does not apply" : "not stated";
  const texts: ViewTexts = {
    title: `${dim.label}: Israel, Saudi Arabia, Turkey and Iran`,
    description: `Coded 0 to 10 from the paper. ${dim.description}`,
    // The scores in words, not the scoring rubric (that stays in the notes and on the page).
    takeaway: `Coded 0 to 10 from the paper: ${
      stated
        .map(
          (x) =>
            `${x.a.name} ${x.score?.value}${x.score?.basis === "inferred" ? " (inferred)" : ""}`,
        )
        .join(", ") || "no actor scored"
    }${unstated.length ? `; ${unstated.map((x) => `${x.a.name}: ${whyNot(x)}`).join(", ")}` : ""}. Rough placements, not a ranking the paper makes.`,
    source: SCORES_SOURCE_LINE,
    asOf: PAPER_AS_OF,
    unit: SCORE_UNIT,
    href: `${PAGES.balancing}?bar=${dim.id}`,
    token: `balancing-bar?bar=${dim.id}`,
    table: {
      caption: `${dim.label}, coded 0 to 10, with confidence and basis; actors not drawn are listed with the reason.`,
      columns: ["Actor", "Score", "Confidence", "Basis"],
      // Every actor, the undrawn ones too, so an exported file says what the chart's note says.
      rows: scored.map((x) => ({
        key: x.a.id,
        cells: [
          { text: x.a.name, header: true },
          stated.includes(x)
            ? { text: scoreText(x.score), value: x.score?.value ?? undefined }
            : { text: whyNot(x), value: whyNot(x) },
          { text: stated.includes(x) ? (x.score?.confidence ?? "") : "" },
          { text: stated.includes(x) ? (x.score?.basis ?? "") : "" },
        ],
      })),
    },
    notes: scored.map((x) => scoreNote(x.a.name, dim.label, x.score)).slice(0, MAX_NOTES),
  };
  return {
    ...texts,
    dimension: dim,
    scored,
    stated,
    /** Not drawn: each with why ("does not apply" or "not stated"). */
    unstated: unstated.map((x) => `${x.a.name} (${whyNot(x)})`),
  };
}
