import type { BalancingResponse } from "@/lib/api/api-schemas";
import { SCORE_UNIT } from "@/lib/charts/chart-data";
import { radarTable } from "@/lib/charts/chart-tables";
import { PAPER_AS_OF } from "@/lib/data/paper-sections";
import { SCORES_SOURCE_LINE } from "@/lib/evidence/source-lines";
import { parseBalancingState, type BalancingState } from "./view-state";
import { MAX_NOTES, type RawState, type ViewTexts } from "./view-model";
import { PAGES } from "@/lib/routes";

/**
 * Moscow's balancing radar (/balancing, deck token "balancing"): Israel, Saudi Arabia and
 * Turkey, with Iran for reference, coded 0 to 10 on each dimension of Russia's balancing.
 */

/** Everyone on the balancing charts: the three actors and Iran, drawn for reference. */
export function balancingActors(data: BalancingResponse) {
  return [...data.actors, { ...data.reference, summary: data.reference.note }];
}

/** The view's state from an address's query (shared by the radar and the per-dimension bar). */
export function balancingState(raw: RawState, data: BalancingResponse) {
  return parseBalancingState(
    raw,
    balancingActors(data).map((a) => a.id),
    data.dimensions.map((d) => d.id),
  );
}

export function balancingView(data: BalancingResponse, state: Pick<BalancingState, "actors">) {
  const { dimensions } = data;
  const shown = balancingActors(data).filter((a) => state.actors.includes(a.id));
  const names = shown.map((a) => a.name).join(", ") || "No actor";
  const query = state.actors.join(",") || "none";
  const texts: ViewTexts = {
    title: "How much Israel, Saudi Arabia and Turkey weigh in Moscow's calculations",
    description: `${names}, coded 0 to 10 on ${dimensions.length} dimensions of Russia's balancing${shown.some((a) => a.id === "iran") ? " (Iran for reference)" : ""}; gaps mark what the paper does not state.`,
    takeaway: `${names} coded 0 to 10 on ${dimensions.length} dimensions of Russia's balancing${shown.some((a) => a.id === "iran") ? "; Iran is drawn for reference" : ""}: rough placements, not a ranking the paper makes.`,
    source: SCORES_SOURCE_LINE,
    asOf: PAPER_AS_OF,
    unit: SCORE_UNIT,
    href: `${PAGES.balancing}?actors=${query}`,
    token: `balancing?actors=${query}`,
    table: radarTable(dimensions, shown),
    notes: shown.map((a) => ({ heading: a.name, text: a.summary })).slice(0, MAX_NOTES),
  };
  return { ...texts, dimensions, shown };
}
