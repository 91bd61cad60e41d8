import type { Figure } from "@/lib/data/schemas/figures";
import type { Series } from "@/lib/data/schemas/series";
import type { Dimension, Score } from "@/lib/data/schemas/scores";
import type { TableSpec } from "@/lib/views/table";
import { counterpartOf, partyName } from "@/lib/data/parties";
import { formatFigure, SERIES_UNIT_LABELS, toLineRows } from "./chart-data";
import { formatNumber } from "./number-format";
import { scoreFor, scoreText } from "./series";

/*
 * The tables behind the charts, as plain data (TableSpec): each is drawn as the chart's
 * accessible table and written as it is into the chart's CSV and JSON exports.
 */

/**
 * A radar's scores by dimension, one column per camp or actor. Each score's confidence and basis
 * (read in the paper or inferred) show as an aside; the exports write them as columns of their
 * own, since a coded score without them says more than the coding does.
 */
export function radarTable(
  dimensions: readonly Dimension[],
  scored: readonly { id: string; name: string; shortName?: string; scores: Score[] }[],
): TableSpec {
  return {
    caption:
      "Scores from 0 to 10 by dimension; “not stated” where the paper is silent; “inferred” where the score is our reading of indirect passages.",
    columns: ["Dimension", ...scored.map((f) => f.shortName ?? f.name)],
    rows: dimensions.map((d) => ({
      key: d.id,
      cells: [
        { text: d.label, header: true },
        ...scored.map((f) => {
          const s = scoreFor(f, d.id);
          const stated = s && s.value !== null;
          return {
            text: scoreText(s),
            note: stated
              ? `${s.confidence} confidence${s.basis === "inferred" ? "; inferred" : ""}`
              : undefined,
            value: s?.value ?? undefined,
            qualifiers: stated
              ? { confidence: s.confidence, basis: s.basis ?? "stated" }
              : undefined,
          };
        }),
      ],
    })),
  };
}

/** The paper's figures as reported, with their dates and caveats. */
export function figureTable(figures: readonly Figure[]): TableSpec {
  return {
    caption: "Figures as reported in 2016, with date and caveat.",
    // The qualifier is a column of its own so the CSV and JSON keep it beside the number:
    // "almost 2×" exported as a bare 2 would say more than the paper does.
    columns: ["Figure", "Value", "Stated as", "Date", "Caveat"],
    rows: figures.map((f) => ({
      key: f.id,
      cells: [
        { text: f.label, header: true },
        { text: formatFigure(f), value: f.value },
        { text: f.qualifier.replace("-", " "), value: f.qualifier },
        { text: f.date },
        { text: f.caveat ?? "", small: true },
      ],
    })),
  };
}

/**
 * The party a series is about, for its colour: the partner, or Iran for its own. An arms flow
 * takes its supplier's colour instead, so that Russia to Iran and Iran to Russia, which share
 * both parties, stay apart on one chart.
 */
export function seriesParty(s: Series, keyBy: SeriesKeyBy = "partner"): string {
  if (keyBy === "reporter" && s.reporter) return s.reporter;
  if (s.kind === "tiv") return s.parties[0] ?? counterpartOf(s.parties);
  return counterpartOf(s.parties);
}

/**
 * How a chart tells its lines apart: by partner (one reporter's table, many partners) or by
 * reporter (one flow as each side's table gives it, the mirror comparison).
 */
export type SeriesKeyBy = "partner" | "reporter";

/** A series' name in a legend key and a table column: the partner, the flow's direction, or the reporter. */
export function seriesKeyName(s: Series, keyBy: SeriesKeyBy = "partner"): string {
  const [supplier, recipient] = s.parties;
  if (keyBy === "reporter" && s.reporter && s.flow) {
    const basis = s.flow === "exports" ? "exports, FOB" : "imports, CIF";
    return `Reporter: ${partyName(s.reporter)} (${basis})`;
  }
  if (s.kind === "tiv" && supplier && recipient) {
    return `${partyName(supplier)} to ${partyName(recipient)}`;
  }
  return partyName(seriesParty(s));
}

/** External series by year, one column per partner; "(e)" and a flag mark the publisher's estimates. */
export function seriesTable(
  title: string,
  series: readonly Series[],
  from?: number,
  to?: number,
  keyBy: SeriesKeyBy = "partner",
): TableSpec {
  const rows = toLineRows([...series], from, to);
  const unit = series[0]?.unit ?? "usd_m";
  return {
    caption: `${title}: ${SERIES_UNIT_LABELS[unit]}, by year; (e) marks an estimate.`,
    columns: ["Year", ...series.map((s) => seriesKeyName(s, keyBy))],
    rows: rows.map((r) => ({
      key: String(r.year),
      cells: [
        { text: String(r.year), value: r.year, header: true },
        ...series.map((s) => {
          const v = r[s.id];
          const estimate = r[`${s.id}:e`] === true;
          const mark = estimate ? " (e)" : "";
          return typeof v === "number"
            ? { text: `${formatNumber(v)}${mark}`, value: v, estimate }
            : { text: `no data${mark}`, estimate };
        }),
      ],
    })),
  };
}
