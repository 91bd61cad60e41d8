import { lineGeometry } from "@/lib/charts/line-geometry";
import { formatNumber } from "@/lib/charts/number-format";
import { Marker } from "./faction-marker";
import type { LineChartProps } from "./series-lines";

/*
 * Shaped like a slide's chart box (wide and short: about 1270 × 330 px on a 1366 × 768
 * projector), so the chart fills it near 1:1 and its 16-unit type is drawn at about 16 px; a
 * taller view box would be scaled down to the box's height, type and all.
 */
const LAYOUT = {
  width: 1000,
  height: 330,
  // The unit is written above the plot: turned up the side at this size, a long one
  // ("SIPRI trend-indicator value (TIV), millions") would be longer than the axis.
  margin: { top: 34, right: 28, bottom: 36, left: 96 },
  fontSize: 16,
};

/**
 * A still line chart drawn as plain SVG, for slides: it renders on the server, so every slide
 * of a deck is in the page before it is shown, needs no chart library in the browser, and
 * prints and exports as drawn. Markers and gaps follow the dashboard's line charts: hollow for
 * a publisher's estimate, no line across a missing year.
 */
export function SeriesSvg({ rows, lines, unitLabel }: LineChartProps) {
  const geo = lineGeometry(
    rows,
    lines.map((l) => l.id),
    LAYOUT,
  );
  return (
    <svg
      className="line-surface"
      viewBox={`0 0 ${geo.width} ${geo.height}`}
      width={geo.width}
      height={geo.height}
    >
      <g aria-hidden="true" fontSize={LAYOUT.fontSize} fill="var(--fg)">
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
            <text x={geo.plot.left - 8} y={t.y + LAYOUT.fontSize / 3} textAnchor="end">
              {formatNumber(t.value)}
            </text>
          </g>
        ))}
        {geo.xTicks.map((t) => (
          <text key={t.year} x={t.x} y={geo.plot.bottom + LAYOUT.fontSize + 6} textAnchor="middle">
            {t.year}
          </text>
        ))}
        <text
          x={geo.plot.left - 8}
          y={LAYOUT.fontSize}
          textAnchor="start"
          fontSize={LAYOUT.fontSize - 1}
          fill="var(--muted)"
        >
          {unitLabel}
        </text>
      </g>
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
