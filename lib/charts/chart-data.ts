import type { ExternalSource } from "@/lib/data/schemas/common";
import type { Figure } from "@/lib/data/schemas/figures";
import type { Series } from "@/lib/data/schemas/series";
import { formatNumber } from "./number-format";
import { counterpartOf } from "@/lib/data/parties";

/**
 * Pure data-to-chart functions for the figures and series views, kept apart from rendering so
 * the numbers a chart draws can be unit-tested.
 */

/** The unit of every coded score: a judgment, written so that no export passes it off as a measurement. */
export const SCORE_UNIT =
  "Coded score, 0 (lowest) to 10 (highest): this dashboard's judgment of the paper's text, not a measurement";

/** The unit of a difference between two camps' coded scores. */
export const SCORE_DIFF_UNIT = "Difference of coded scores, in points of the 0–10 scale";

export const SERIES_UNIT_LABELS = {
  tiv_m: "SIPRI trend-indicator value (TIV), millions — a volume measure, not money",
  usd_m: "US$ millions, current prices",
  usd_m_constant_2015: "US$ millions, constant 2015 prices",
  usd_m_constant_2023: "US$ millions, constant 2023 prices",
  usd_m_constant_2024: "US$ millions, constant 2024 prices",
} as const;

export const FIGURE_UNIT_LABELS = {
  usd_bn: "US$ billions",
  usd_m: "US$ millions",
  tiv_m: "TIV millions",
  percent: "per cent",
  ratio: "multiple, ×",
} as const;

export const FIGURE_KIND_LABELS = {
  deal: "Deals agreed or signed",
  "trade-target": "Trade targets",
  "arms-wish-list": "Arms wish lists",
  "legal-claim": "Legal claims",
  "budget-change": "Budget changes",
  ratio: "Ratios",
} as const;

export const QUALIFIER_WORDS = {
  exact: "",
  about: "about ",
  almost: "almost ",
  "up-to": "up to ",
  reportedly: "reportedly ",
  estimated: "est. ",
  "at-least": "at least ",
  "more-than": "more than ",
} as const;

/**
 * Qualifiers under which the stated number is a bound, not a value: "almost 2×" is less than 2,
 * "up to $8bn" at most 8. Their bars are drawn as outlines, so no solid bar sits exactly at a
 * number the source did not give.
 */
export const BOUND_QUALIFIERS: ReadonlySet<Figure["qualifier"]> = new Set(["almost", "up-to"]);

/** One bar per figure, the same on the figures page and its slide. */
export function figureBars(figures: readonly Figure[]) {
  return figures.map((f) => ({
    id: f.id,
    label: f.label,
    value: f.value,
    colour: `var(--color-${counterpartOf(f.parties)})`,
    display: formatFigure(f),
    outlined: BOUND_QUALIFIERS.has(f.qualifier),
  }));
}

/** "about $40bn", "32.5%", "almost 2×": the figure as a reader would say it. */
export function formatFigure(f: Pick<Figure, "value" | "unit" | "qualifier">): string {
  const n = formatNumber(f.value);
  const q = QUALIFIER_WORDS[f.qualifier];
  switch (f.unit) {
    case "usd_bn":
      return `${q}$${n}bn`;
    case "usd_m":
      return `${q}$${n}m`;
    case "tiv_m":
      return `${q}${n}m TIV`;
    case "percent":
      return `${q}${f.value > 0 ? "+" : ""}${n}%`;
    case "ratio":
      return `${q}${n}×`;
  }
}

export interface FigureGroup {
  kind: Figure["kind"];
  unit: Figure["unit"];
  figures: Figure[];
}

/**
 * Figures grouped so that each group can share one axis: same kind AND same unit. A signed
 * deal and a ten-year target are different things even when both are in dollars.
 */
export function groupFigures(figures: Figure[]): FigureGroup[] {
  const groups: FigureGroup[] = [];
  for (const f of figures) {
    const g = groups.find((x) => x.kind === f.kind && x.unit === f.unit);
    if (g) g.figures.push(f);
    else groups.push({ kind: f.kind, unit: f.unit, figures: [f] });
  }
  return groups;
}

export type Comparability =
  { ok: true; figures: Figure[] } | { ok: false; reason: string; figures: Figure[] };

/** Whether the chosen figures may be drawn on one axis, and if not, why not in plain words. */
export function compareFigures(figures: Figure[]): Comparability {
  if (figures.length < 2) {
    return { ok: false, reason: "Choose at least two figures to compare.", figures };
  }
  const kinds = [...new Set(figures.map((f) => f.kind))];
  const units = [...new Set(figures.map((f) => f.unit))];
  if (kinds.length > 1) {
    const names = kinds.map((k) => FIGURE_KIND_LABELS[k].toLowerCase()).join(", ");
    return {
      ok: false,
      figures,
      reason: `These figures are of different kinds (${names}). A deal agreed, a target for the next decade, a wish list and a claim in court measure different things, so one axis would make them look comparable when they are not. Compare figures of one kind.`,
    };
  }
  if (units.length > 1) {
    return {
      ok: false,
      figures,
      reason: `These figures are in different units (${units.map((u) => FIGURE_UNIT_LABELS[u]).join(", ")}), so they cannot share an axis.`,
    };
  }
  return { ok: true, figures };
}

export type LineRow = { year: number } & Record<string, number | null | boolean>;

/** One row per year for a line chart; `<id>` holds the value and `<id>:e` the estimate flag. */
export function toLineRows(series: Series[], from?: number, to?: number): LineRow[] {
  const years = new Set<number>();
  for (const s of series) for (const p of s.points) years.add(p.year);
  return [...years]
    .filter((y) => (from === undefined || y >= from) && (to === undefined || y <= to))
    .sort((a, b) => a - b)
    .map((year) => {
      const row: LineRow = { year };
      for (const s of series) {
        const p = s.points.find((x) => x.year === year);
        row[s.id] = p ? p.value : null;
        row[`${s.id}:e`] = p?.estimated === true;
      }
      return row;
    });
}

/** The source line every chart of external data carries. */
export function sourceLineFor(sources: ExternalSource[]): string {
  const unique = [...new Map(sources.map((s) => [`${s.publisher}|${s.dataset}`, s])).values()];
  return unique
    .map(
      (s) => `Source: ${s.publisher}, ${s.dataset}. Vintage: ${s.vintage}. Licence: ${s.licence}.`,
    )
    .join(" ");
}
