import { eventMarks, eventRowsHeight } from "@/lib/charts/event-geometry";
import { lineGeometry } from "@/lib/charts/line-geometry";
import { formatNumber } from "@/lib/charts/number-format";
import { EventMarksSvg } from "./event-marks";
import { Marker } from "./faction-marker";
import type { LineChartProps } from "./series-lines";

/*
 * Two shapes, one shown at a time (app/globals.css, as the radars and bars do). The wide one is
 * shaped like a slide's chart box (about 1270 × 330 px on a 1366 × 768 projector), so it fills it
 * near 1:1 and its 16-unit type is drawn at about 16 px; a taller view box would be scaled down to
 * the box's height, type and all. The compact one is for phones and narrow embeds, where the wide
 * one would be scaled to a third of its size and its type with it.
 */
const LAYOUTS = {
  wide: {
    width: 1000,
    height: 330,
    // The unit is written above the plot: turned up the side at this size, a long one
    // ("SIPRI trend-indicator value (TIV), millions") would be longer than the axis.
    margin: { top: 34, right: 28, bottom: 36, left: 96 },
    fontSize: 16,
  },
  compact: {
    // About a phone's chart box (≈ 330–360 px), so its type is drawn near its own size.
    width: 360,
    height: 280,
    margin: { top: 28, right: 12, bottom: 28, left: 60 },
    fontSize: 13,
    // Every second year at most: twelve years at this width would print on top of each other.
    maxYearLabels: 7,
  },
} as const;
type Layout = (typeof LAYOUTS)[keyof typeof LAYOUTS];

/**
 * A still line chart drawn as plain SVG, for slides: it renders on the server, so every slide
 * of a deck is in the page before it is shown, needs no chart library in the browser, and
 * prints and exports as drawn. Markers and gaps follow the dashboard's line charts: hollow for
 * a publisher's estimate, no line across a missing year.
 */
export function SeriesSvg(props: LineChartProps) {
  return (
    <>
      <StillLines {...props} layout={LAYOUTS.wide} className="line-surface line-wide" />
      <StillLines {...props} layout={LAYOUTS.compact} className="line-surface line-compact" />
    </>
  );
}

/** Event labels are set a little smaller than the axes, so a row of them stays short. */
const EVENT_FONT_STEP = 1;
/** Narrower plots (the compact layout) number their events; the key under the chart names them. */
const MIN_LABELLED_PLOT = 480;

function StillLines({
  rows,
  lines,
  unitLabel,
  events = [],
  layout,
  className,
}: LineChartProps & { layout: Layout; className: string }) {
  const eventFont = layout.fontSize - EVENT_FONT_STEP;
  const { marks, rows: labelRows } = eventMarks(events, {
    from: rows[0]?.year ?? 0,
    to: rows[rows.length - 1]?.year ?? 0,
    left: layout.margin.left,
    right: layout.width - layout.margin.right,
    fontSize: eventFont,
    minLabelledWidth: MIN_LABELLED_PLOT,
  });
  // The label rows take their height from the plot, not from the box the slide reserves.
  const margin = {
    ...layout.margin,
    top: layout.margin.top + eventRowsHeight(labelRows, eventFont),
  };
  const geo = lineGeometry(
    rows,
    lines.map((l) => l.id),
    { ...layout, margin },
  );
  return (
    <svg
      className={className}
      viewBox={`0 0 ${geo.width} ${geo.height}`}
      width={geo.width}
      height={geo.height}
    >
      <g aria-hidden="true" fontSize={layout.fontSize} fill="var(--fg)">
        {geo.yTicks.map((t) => (
          <g key={t.value}>
            <line
              x1={geo.plot.left}
              x2={geo.plot.right}
              y1={t.y}
              y2={t.y}
              stroke="var(--grid)"
              strokeDasharray="2 4"
            />
            <text x={geo.plot.left - 8} y={t.y + layout.fontSize / 3} textAnchor="end">
              {formatNumber(t.value)}
            </text>
          </g>
        ))}
        {geo.xTicks.map((t) => (
          <text key={t.year} x={t.x} y={geo.plot.bottom + layout.fontSize + 6} textAnchor="middle">
            {t.year}
          </text>
        ))}
        <text
          x={geo.plot.left - 8}
          y={layout.fontSize}
          textAnchor="start"
          fontSize={layout.fontSize - 1}
          fill="var(--muted)"
        >
          {unitLabel}
        </text>
      </g>
      <EventMarksSvg
        marks={marks}
        events={events}
        top={geo.plot.top}
        bottom={geo.plot.bottom}
        fontSize={eventFont}
      />
      {geo.lines.map((geoLine) => {
        const line = lines.find((l) => l.id === geoLine.id);
        if (!line) return null;
        return (
          <g key={line.id} className="line-series">
            {geoLine.segments.map((d) => (
              <path
                key={d}
                d={d}
                fill="none"
                stroke={line.colour}
                strokeWidth={2.5}
                strokeDasharray={line.dash}
              />
            ))}
            {geoLine.points.map((p) => (
              <Marker
                key={p.year}
                shape={line.shape}
                colour={line.colour}
                cx={p.x}
                cy={p.y}
                size={4}
                hollow={p.estimated}
                title={`${line.name}, ${p.year}: ${formatNumber(p.value)}${p.estimated ? " (estimated)" : ""}`}
              />
            ))}
          </g>
        );
      })}
    </svg>
  );
}
