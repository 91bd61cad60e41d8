"use client";

import type { Series } from "@/lib/data/schemas/series";
import { SERIES_UNIT_LABELS, sourceLineFor, toLineRows } from "@/lib/charts/chart-data";
import { counterpartOf, partyName } from "@/lib/data/parties";
import { actorStyle } from "./actor-style";
import { ChartFrame } from "./chart-frame";
import { DataTable } from "./data-table";
import { Legend } from "./legend";
import { SeriesLines, WhenNear } from "./lazy-chart";
import { SeriesSvg } from "./series-svg";
import { formatNumber } from "@/lib/charts/number-format";

/** The party a series is about, for its colour: the partner, or Iran for Iran's own series. */
export function seriesParty(s: Series): string {
  return counterpartOf(s.parties);
}

/**
 * A chart of external series, with its table, its legend and its source, vintage and licence.
 * A client component on purpose, though it has no state: sent as a server component, its drawn
 * SVG and table travel as markup in the page's RSC payload, which measured larger than the
 * series themselves (/present 192 → 252 kB, /figures 84 → 130 kB), and payload is parsed on
 * the phone's main thread at start-up.
 */
export function SeriesFrame({
  series,
  title,
  description,
  testId = "series-chart",
  from,
  to,
  headingLevel = "h3",
  still = false,
  slide,
}: {
  series: Series[];
  title: string;
  description: string;
  testId?: string;
  from?: number;
  to?: number;
  headingLevel?: "h2" | "h3";
  /** Draw as still SVG in the server HTML (slides: hidden until shown, printed, exported). */
  still?: boolean;
  /** The deck token of this view, for "Add to deck". */
  slide?: string;
}) {
  const rows = toLineRows(series, from, to);
  const unit = series[0]?.unit ?? "usd_m";
  const lines = series.map((s) => {
    const party = seriesParty(s);
    return { ...actorStyle(party, partyName(party)), id: s.id, name: s.label };
  });
  const unitLabel = SERIES_UNIT_LABELS[unit].split(" — ")[0] ?? "";
  const anyEstimated = rows.some((r) => series.some((s) => r[`${s.id}:e`] === true));
  return (
    <ChartFrame
      testId={testId}
      title={title}
      description={description}
      headingLevel={headingLevel}
      source={sourceLineFor(series.map((s) => s.source))}
      asOf={`Data as published: ${[...new Set(series.map((s) => s.source.vintage))].join("; ")}`}
      unit={SERIES_UNIT_LABELS[unit]}
      slide={slide}
      controls={
        // The key names the partner ("Russia"), the table's columns too; the series label is longer.
        <Legend
          items={series.map((s) => {
            const party = seriesParty(s);
            return { ...actorStyle(party, partyName(party)), id: s.id };
          })}
        />
      }
      footnote={
        anyEstimated ? (
          <p>
            Hollow markers and “(e)” in the table are estimates by the publisher, not reported
            figures.
          </p>
        ) : null
      }
      table={
        <DataTable
          caption={`${title}: ${SERIES_UNIT_LABELS[unit]}, by year; (e) marks an estimate.`}
          columns={["Year", ...series.map((s) => partyName(seriesParty(s)))]}
          rows={rows.map((r) => ({
            key: String(r.year),
            cells: [
              { content: r.year, header: true },
              ...series.map((s) => {
                const v = r[s.id];
                const estimate = r[`${s.id}:e`] === true ? " (e)" : "";
                return typeof v === "number"
                  ? { content: `${formatNumber(v)}${estimate}`, value: v, estimate: !!estimate }
                  : { content: `no data${estimate}`, estimate: !!estimate };
              }),
            ],
          }))}
        />
      }
    >
      {still ? (
        <SeriesSvg rows={rows} lines={lines} unitLabel={unitLabel} />
      ) : (
        <WhenNear>
          <SeriesLines rows={rows} lines={lines} unitLabel={unitLabel} />
        </WhenNear>
      )}
    </ChartFrame>
  );
}
