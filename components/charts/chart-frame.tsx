"use client";

import { useId, useRef, useState, type CSSProperties, type ReactNode } from "react";
import { AddToDeckButton, ExportMenu } from "@/components/export/chart-actions";
import { useMarkHydrated } from "@/components/shell/use-mark-hydrated";
import type { TableSpec } from "@/lib/views/table";
import { DataTable } from "./data-table";

interface ChartFrameProps {
  title: string;
  /** One sentence saying what the chart shows; also the chart's accessible description. */
  description: string;
  /** The source line, drawn under the chart and written into every export. */
  source: string;
  /**
   * The numbers as data: drawn as the accessible table (server-rendered, so the first paint has
   * them) and written, as they are, into the CSV and JSON exports.
   */
  table: TableSpec;
  children: ReactNode;
  testId: string;
  headingLevel?: "h2" | "h3";
  /** Controls shown above the chart (legend toggles and the like). */
  controls?: ReactNode;
  /** Notes under the chart, e.g. which values are not stated. */
  footnote?: ReactNode;
  /** Overrides the chart box's reserved size, e.g. a bar chart sized to its number of bars. */
  boxStyle?: CSSProperties;
  /** What the data reflects, drawn into every exported image and file ("As of …"). */
  asOf: string;
  /** What the numbers are counted in, written into the CSV and JSON exports. */
  unit: string;
  /** The view as a deck token; shows "Add to deck" when given (not on a slide itself). */
  slide?: string;
}

/**
 * The one wrapper every chart sits in: it owns the title, description, source line, the
 * chart/table toggle and the reserved size (charts drawn in the browser must not move the page
 * when they appear).
 */
export function ChartFrame({
  title,
  description,
  source,
  table,
  children,
  testId,
  headingLevel = "h2",
  controls,
  footnote,
  boxStyle,
  asOf,
  unit,
  slide,
}: ChartFrameProps) {
  const figureRef = useRef<HTMLElement>(null);
  const [showTable, setShowTable] = useState(false);
  useMarkHydrated(figureRef);
  const titleId = useId();
  const descId = useId();
  const Heading = headingLevel;
  return (
    <figure
      ref={figureRef}
      data-testid={testId}
      data-as-of={asOf}
      data-unit={unit}
      data-chart
      aria-labelledby={titleId}
      aria-describedby={descId}
      className="m-0 rounded-lg border border-border bg-bg p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        {/* The title keeps a readable width: on a phone the actions wrap below it rather than
            squeezing it to a word per line. */}
        <div className="min-w-[min(100%,18rem)] flex-1">
          <Heading id={titleId} data-chart-title className="text-lg font-semibold">
            {title}
          </Heading>
          <p id={descId} className="chart-description text-sm text-muted">
            {description}
          </p>
        </div>
        <div className="chart-actions flex flex-wrap items-start gap-2 print:hidden">
          <button
            type="button"
            aria-pressed={showTable}
            onClick={() => setShowTable((v) => !v)}
            className="rounded border border-border bg-surface px-3 py-1 text-sm font-medium hover:border-accent"
          >
            Table
          </button>
          <ExportMenu
            figureRef={figureRef}
            data={{ title, source, asOf, unit, table }}
            embed={slide}
          />
          {slide ? <AddToDeckButton slide={slide} /> : null}
        </div>
      </div>
      {controls ? <div className="mt-3">{controls}</div> : null}
      {showTable ? (
        <div className="mt-3 overflow-x-auto" data-testid={`${testId}-table`}>
          <DataTable table={table} />
        </div>
      ) : (
        <>
          <div
            className="chart-box mt-3"
            role="group"
            aria-label={title}
            aria-describedby={descId}
            style={boxStyle}
          >
            {children}
          </div>
          {/* Screen readers and text browsers get the numbers even while the chart is shown. */}
          <div className="sr-only">
            <DataTable table={table} />
          </div>
        </>
      )}
      {footnote ? <div className="mt-2 text-sm text-muted">{footnote}</div> : null}
      <figcaption className="mt-3 border-t border-border pt-2 text-xs text-muted">
        <span data-chart-source>{source}</span>
        <span className="block">{asOf}</span>
      </figcaption>
    </figure>
  );
}
