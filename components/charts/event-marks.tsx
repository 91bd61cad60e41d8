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
  const drawn = marks.flatMap((m) => {
    const e = events.find((x) => x.n === m.n);
    return e ? [{ m, e, baseline: top - 4 - m.row * rowHeight }] : [];
  });
  return (
    <g data-event-marks="" fontSize={fontSize}>
      {/* Lines first, then every label over them: a line rising to a higher row may cross a
          label on a lower one, and the label's halo (the background colour) keeps it legible. */}
      {drawn.map(({ m, e, baseline }) => (
        <line
          key={e.id}
          data-event-line={e.id}
          x1={m.x}
          x2={m.x}
          y1={baseline - fontSize}
          y2={bottom}
          stroke={e.afterPaper ? "var(--accent)" : "var(--fg)"}
          strokeWidth={1.5}
          strokeDasharray={e.afterPaper ? "6 4" : undefined}
        />
      ))}
      {drawn.map(({ m, e, baseline }) => (
        <g key={e.id} data-event-marker={e.id} data-after-paper={e.afterPaper ? "" : undefined}>
          <title>{`${e.n}. ${e.when}: ${e.title}${e.afterPaper ? " (after the paper)" : ""}`}</title>
          <text
            x={m.anchor === "start" ? m.x + 4 : m.x - 4}
            y={baseline}
            textAnchor={m.anchor}
            fill="var(--fg)"
            stroke="var(--bg)"
            strokeWidth={4}
            strokeLinejoin="round"
            paintOrder="stroke"
            fontWeight={600}
          >
            {m.text}
          </text>
        </g>
      ))}
    </g>
  );
}
