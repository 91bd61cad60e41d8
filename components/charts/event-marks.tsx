import { eventRowsHeight, type EventMark } from "@/lib/charts/event-geometry";
import type { ChartEvent } from "@/lib/views/chart-events";

/**
 * A time chart's event markers, drawn into its SVG (so the exported PNG and SVG carry them): a
 * vertical line at each event's date and its numbered label on a row above the plot. Events
 * after the paper are dashed and in the accent colour, the paper's own solid in the text colour,
 * so the two differ in pattern as well as colour, in every theme (both are theme variables).
 */
export function EventMarksSvg({
  marks,
  events,
  top,
  bottom,
  fontSize,
}: {
  marks: readonly EventMark[];
  events: readonly ChartEvent[];
  /** The plot's top and bottom edges; the label rows sit above the top. */
  top: number;
  bottom: number;
  fontSize: number;
}) {
  const rowHeight = eventRowsHeight(1, fontSize);
  return (
    <g data-event-marks="" fontSize={fontSize}>
      {marks.map((m) => {
        const e = events.find((x) => x.n === m.n);
        if (!e) return null;
        const baseline = top - 4 - m.row * rowHeight;
        const colour = e.afterPaper ? "var(--accent)" : "var(--fg)";
        return (
          <g key={e.id} data-event-marker={e.id} data-after-paper={e.afterPaper ? "" : undefined}>
            <title>{`${e.n}. ${e.when}: ${e.title}${e.afterPaper ? " (after the paper)" : ""}`}</title>
            <line
              x1={m.x}
              x2={m.x}
              y1={baseline - fontSize}
              y2={bottom}
              stroke={colour}
              strokeWidth={1.5}
              strokeDasharray={e.afterPaper ? "6 4" : undefined}
            />
            <text
              x={m.anchor === "start" ? m.x + 4 : m.x - 4}
              y={baseline}
              textAnchor={m.anchor}
              fill="var(--fg)"
              fontWeight={600}
            >
              {m.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
