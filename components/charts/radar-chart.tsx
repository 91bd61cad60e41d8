import type { KeyboardEvent } from "react";
import {
  RADAR_LAYOUTS,
  radarGeometry,
  type RadarInputRow,
  type RadarLayoutName,
} from "@/lib/charts/radar-geometry";
import { Marker, type MarkerShape } from "./faction-marker";

export interface RadarSeriesStyle<K extends string> {
  id: K;
  name: string;
  colour: string;
  dash?: string;
  shape: MarkerShape;
}

export interface RadarChartProps<K extends string> {
  rows: RadarInputRow<K>[];
  series: RadarSeriesStyle<K>[];
  max: number;
  /** Makes each axis label a button (e.g. to open the evidence for that dimension). */
  onSelectDimension?: (dimension: string) => void;
  selectedDimension?: string | null;
  /** What an axis button does, for its accessible name: "Open the evidence for <label>". */
  axisActionLabel?: string;
  /** Which layouts to draw: see ChartLayouts. */
  layouts?: ChartLayouts;
}

/**
 * Which layouts a chart draws. "both": the wide one and the phone one, one hidden by CSS by screen
 * width (dashboard pages). "wide": the wide one alone, always shown. "slide": the slide layout (a
 * short, wide geometry with larger type, since a slide's chart box is wide and short) and the
 * phone one; "slide-only": the slide layout alone (the speaker view, never on a phone).
 */
export type ChartLayouts = "both" | "wide" | "slide" | "slide-only";

/**
 * A radar drawn as plain SVG from `radarGeometry`. It needs no chart library and no browser
 * measurement, so it is in the server-rendered HTML: the first paint already shows the chart,
 * on a slow connection and without JavaScript. Phone and wide layouts are both rendered and
 * one is hidden by CSS, since the server cannot know the screen size.
 */
export function RadarChart<K extends string>(props: RadarChartProps<K>) {
  const { layouts = "both" } = props;
  if (layouts === "wide" || layouts === "slide-only") {
    return <RadarSvg {...props} layout={layouts === "wide" ? "wide" : "slide"} sole />;
  }
  return (
    <>
      <RadarSvg {...props} layout={layouts === "slide" ? "slide" : "wide"} />
      <RadarSvg {...props} layout="compact" />
    </>
  );
}

function RadarSvg<K extends string>({
  rows,
  series,
  max,
  onSelectDimension,
  selectedDimension,
  axisActionLabel = "Open the evidence for",
  layout,
  sole = false,
}: RadarChartProps<K> & { layout: RadarLayoutName; sole?: boolean }) {
  const spec = RADAR_LAYOUTS[layout];
  const geo = radarGeometry(
    rows,
    series.map((s) => s.id),
    spec,
    max,
  );
  const styleOf = new Map(series.map((s) => [s.id, s] as const));
  const { fontSize, lineHeight } = spec;

  return (
    <svg
      // The slide layout takes the wide one's place (and its CSS) beside the phone one.
      className={
        sole ? "radar-surface" : `radar-surface radar-${layout === "slide" ? "wide" : layout}`
      }
      viewBox={`0 0 ${geo.width} ${geo.height}`}
      width="100%"
      height="100%"
      preserveAspectRatio="xMidYMid meet"
      data-layout={layout}
    >
      <g aria-hidden="true" className="radar-grid">
        {geo.rings.map((ring) => (
          <polygon key={ring.level} points={ring.points} fill="none" stroke="var(--grid)" />
        ))}
        {geo.axes.map((a) => (
          <line
            key={a.dimension}
            x1={geo.centre.x}
            y1={geo.centre.y}
            x2={a.spoke.x}
            y2={a.spoke.y}
            stroke="var(--grid)"
          />
        ))}
        {geo.ticks.map((t) => (
          <text key={t.value} x={t.x} y={t.y} fontSize={fontSize - 1} fill="var(--muted)">
            {t.value}
          </text>
        ))}
      </g>

      {geo.series.map((s) => {
        const style = styleOf.get(s.id);
        if (!style) return null;
        return (
          <g key={s.id} className="radar-series" data-series={s.id}>
            <path
              d={s.path}
              fill={s.closed ? style.colour : "none"}
              // An open shape (a series with a gap) would be filled across the gap: no fill.
              fillOpacity={s.closed ? 0.08 : 0}
              stroke={style.colour}
              strokeWidth={2.5}
              strokeDasharray={style.dash}
              strokeLinejoin="round"
            />
            {s.points.map((p) => (
              <g key={p.dimension} data-inferred={p.inferred ? "true" : undefined}>
                {p.inferred ? (
                  // A dashed ring: this point is our inference, not a position the source states.
                  <circle
                    cx={p.x}
                    cy={p.y}
                    r={10}
                    fill="none"
                    stroke={style.colour}
                    strokeWidth={1.5}
                    strokeDasharray="2 2"
                    aria-hidden="true"
                  />
                ) : null}
                <Marker
                  shape={style.shape}
                  colour={style.colour}
                  cx={p.x}
                  cy={p.y}
                  hollow={p.confidence === "low"}
                  title={`${style.name}, ${p.label}: ${p.value} / ${max}${p.confidence ? ` (${p.confidence} confidence` : ""}${p.inferred ? `${p.confidence ? "; " : " ("}inferred, not stated by the source)` : p.confidence ? ")" : ""}`}
                />
              </g>
            ))}
          </g>
        );
      })}

      {geo.axes.map((a) => {
        const selected = a.dimension === selectedDimension;
        const interactive = onSelectDimension
          ? {
              role: "button",
              tabIndex: 0,
              "aria-label": `${axisActionLabel} ${a.label}`,
              "aria-pressed": selected,
              onClick: () => onSelectDimension(a.dimension),
              onKeyDown: (e: KeyboardEvent) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  onSelectDimension(a.dimension);
                }
              },
            }
          : {};
        // The "not stated" row sits under the label, aligned with it.
        const rowY = a.y + a.lines.length * lineHeight - 2;
        // Markers 12 apart, then "not stated" (about 5.3 font sizes wide).
        const rowWidth = a.missing.length * 12 + Math.round((fontSize - 1) * 5.3) + 4;
        const preferred =
          a.anchor === "end" ? a.x - rowWidth : a.anchor === "start" ? a.x : a.x - rowWidth / 2;
        // Kept inside the view box: a phone's side labels sit close to its edges.
        const rowStart = Math.min(Math.max(preferred, 2), geo.width - rowWidth - 2);
        return (
          <g
            key={a.dimension}
            className={`radar-axis${onSelectDimension ? " radar-axis-button cursor-pointer" : ""}`}
            data-dimension={a.dimension}
            {...interactive}
          >
            <text
              x={a.x}
              y={a.y}
              textAnchor={a.anchor}
              fontSize={fontSize}
              fontWeight={selected ? 700 : 500}
              fill="var(--fg)"
            >
              {a.lines.map((line, i) => (
                <tspan key={i} x={a.x} dy={i === 0 ? 0 : lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
            {a.missing.length ? (
              <g className="radar-not-stated">
                {a.missing.map((id, i) => {
                  const style = styleOf.get(id);
                  return style ? (
                    <Marker
                      key={id}
                      shape={style.shape}
                      colour={style.colour}
                      cx={rowStart + 5 + i * 12}
                      cy={rowY}
                      size={4}
                      hollow
                      title={`${style.name}: not stated in the paper`}
                    />
                  ) : null;
                })}
                <text
                  x={rowStart + a.missing.length * 12 + 2}
                  y={rowY + 4}
                  fontSize={fontSize - 1}
                  fill="var(--muted)"
                >
                  not stated
                </text>
              </g>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
