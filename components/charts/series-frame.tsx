"use client";

import { toLineRows } from "@/lib/charts/chart-data";
import { seriesKeyName, seriesParty } from "@/lib/charts/chart-tables";
import type { Series } from "@/lib/data/schemas/series";
import type { ChartEvents } from "@/lib/views/chart-events";
import { seriesView, type SeriesViewId } from "@/lib/views/series-views";
import { frameTexts } from "@/lib/views/view-model";
import { actorStyle } from "./actor-style";
import { ChartFrame } from "./chart-frame";
import { EventKey } from "./event-key";
import { Legend } from "./legend";
import { SeriesLines, WhenNear } from "./lazy-chart";
import { SeriesSvg } from "./series-svg";

/**
 * A chart of external series, with its table, its legend and its source, vintage and licence.
 * A client component on purpose, though it has no state: sent as a server component, its drawn
 * SVG and table travel as markup in the page's RSC payload, which measured larger than the
 * series themselves (/present 192 → 252 kB, /figures 84 → 130 kB), and payload is parsed on
 * the phone's main thread at start-up.
 */
export function SeriesFrame({
  id,
  series: given,
  testId = "series-chart",
  headingLevel = "h3",
  still = false,
  slide,
  events,
}: {
  /** The view's entry in lib/views/series-views: its texts, table and years. */
  id: SeriesViewId;
  /** The published series (the view picks its own). */
  series: readonly Series[];
  testId?: string;
  headingLevel?: "h2" | "h3";
  /** Draw as still SVG in the server HTML (slides: hidden until shown, printed, exported). */
  still?: boolean;
  /** The deck token of this view, for "Add to deck". */
  slide?: string;
  /** The timeline events the view marks (lib/views/chart-events seriesEvents), with their sources. */
  events?: ChartEvents;
}) {
  const view = seriesView(id, given, events?.items);
  const marked = events?.items ?? [];
  const { series, from, to } = view;
  const rows = toLineRows(series, from, to);
  const { keyBy } = view;
  const lines = series.map((s) => {
    const party = seriesParty(s, keyBy);
    return { ...actorStyle(party, seriesKeyName(s, keyBy)), id: s.id, name: s.label };
  });
  const unitLabel = view.unit.split(" — ")[0] ?? "";
  const anyEstimated = rows.some((r) => series.some((s) => r[`${s.id}:e`] === true));
  return (
    <ChartFrame
      testId={testId}
      {...frameTexts(view)}
      headingLevel={headingLevel}
      slide={slide}
      controls={
        // The key names the partner ("Russia") or the flow ("Iran to Russia"), the table's
        // columns too; the series label is longer.
        <Legend
          items={series.map((s) => ({
            ...actorStyle(seriesParty(s, keyBy), seriesKeyName(s, keyBy)),
            id: s.id,
          }))}
        />
      }
      footnote={
        anyEstimated || marked.length ? (
          <>
            {anyEstimated ? (
              <p>
                Hollow markers and “(e)” in the table are estimates by the publisher, not reported
                figures.
              </p>
            ) : null}
            {events ? <EventKey events={events} testId={testId} collapsed={still} /> : null}
          </>
        ) : null
      }
    >
      {still ? (
        <SeriesSvg rows={rows} lines={lines} unitLabel={unitLabel} events={marked} />
      ) : (
        <WhenNear>
          <SeriesLines rows={rows} lines={lines} unitLabel={unitLabel} events={marked} />
        </WhenNear>
      )}
    </ChartFrame>
  );
}
