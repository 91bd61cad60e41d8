import type { FactionId } from "@/lib/constants";
import type { Dimension, Score } from "@/lib/data/schemas/scores";
import type { Faction } from "@/lib/data/schemas/factions";
import type { RadarInputRow } from "./radar-geometry";

/**
 * Pure data-to-series functions: the charts and tables only draw what these return,
 * so the numbers shown can be unit-tested without rendering anything.
 */

/** One radar axis: the score per series id; null where the paper is silent (drawn as a gap). */
export type RadarRow<K extends string = FactionId> = RadarInputRow<K>;

export function scoreFor(scored: { scores: Score[] }, dimension: string): Score | undefined {
  return scored.scores.find((s) => s.dimension === dimension);
}

export function toRadarRows<K extends string>(
  dimensions: Dimension[],
  items: { id: K; scores: Score[] }[],
): RadarRow<K>[] {
  return dimensions.map((d) => {
    const row: RadarRow<K> = {
      dimension: d.id,
      label: d.label,
      values: {},
      confidence: {},
      inferred: {},
      notApplicable: {},
    };
    for (const item of items) {
      const s = scoreFor(item, d.id);
      row.values[item.id] = s?.value ?? null;
      if (s) row.confidence[item.id] = s.confidence;
      if (s?.basis === "inferred") row.inferred = { ...row.inferred, [item.id]: true };
      if (s?.notApplicable) row.notApplicable = { ...row.notApplicable, [item.id]: true };
    }
    return row;
  });
}

/** Dimensions on which a faction's score is null, i.e. the paper does not say. */
export function notStatedDimensions(dimensions: Dimension[], faction: Faction): Dimension[] {
  return dimensions.filter((d) => (scoreFor(faction, d.id)?.value ?? null) === null);
}

export interface DiffRow {
  dimension: Dimension;
  a: Score | undefined;
  b: Score | undefined;
  /** |a − b|, or null when either side is not stated (such rows sort last). */
  gap: number | null;
  /**
   * What the gap rests on: "stated" when the paper states both positions, "inferred" when either
   * score is our reading of indirect passages; null when there is no gap.
   */
  gapBasis: "stated" | "inferred" | null;
}

/** How a gap's basis reads beside it, in the table and the overview alike. */
export const GAP_BASIS_TEXT = { stated: "both stated", inferred: "rests on inference" } as const;

export function diffRows(dimensions: Dimension[], a: Faction, b: Faction): DiffRow[] {
  const rows = dimensions.map((dimension) => {
    const sa = scoreFor(a, dimension.id);
    const sb = scoreFor(b, dimension.id);
    const va = sa?.value ?? null;
    const vb = sb?.value ?? null;
    const gap = va === null || vb === null ? null : Math.abs(va - vb);
    const gapBasis =
      gap === null
        ? null
        : sa?.basis === "inferred" || sb?.basis === "inferred"
          ? ("inferred" as const)
          : ("stated" as const);
    return { dimension, a: sa, b: sb, gap, gapBasis };
  });
  return rows.sort((x, y) => {
    if (x.gap === null && y.gap === null) return 0;
    if (x.gap === null) return 1;
    if (y.gap === null) return -1;
    return y.gap - x.gap;
  });
}

/** A score as the tables print it: the number, "n/a" where the axis does not apply, else "not stated". */
export function scoreText(score: Pick<Score, "value" | "notApplicable"> | undefined): string {
  return score?.notApplicable ? "n/a" : formatScore(score?.value);
}

export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined ? "not stated" : String(value);
}
