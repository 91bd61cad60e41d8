import { barGeometry } from "@/lib/charts/bar-geometry";
import { wrapLabel } from "@/lib/charts/radar-geometry";
import { formatNumber } from "@/lib/charts/number-format";
import type { ChartLayouts } from "./radar-chart";

export interface BarDatum {
  id: string;
  label: string;
  value: number;
  colour: string;
  /** Shown beside the bar instead of the bare number, e.g. "about $40bn". */
  display: string;
  /**
   * Drawn as an outline, not a solid bar: a value the source does not state as such (our
   * inference, or a bound such as "almost 2×").
   */
  outlined?: boolean;
}

/**
 * Horizontal bars on one axis, drawn as SVG on the server: a chart of a handful of figures needs
 * no chart library, and it is in the first paint. Callers pass values of one kind and one unit.
 */
export function BarChart({
  layouts = "both",
  ...props
}: {
  data: BarDatum[];
  unitLabel: string;
  layouts?: ChartLayouts;
}) {
  if (layouts === "wide" || layouts === "slide-only") {
    return <BarSvg {...props} layout={layouts === "wide" ? "wide" : "slide"} sole />;
  }
  return (
    <>
      <BarSvg {...props} layout={layouts === "slide" ? "slide" : "wide"} />
      <BarSvg {...props} layout="compact" />
    </>
  );
}

/** At most two lines; a label longer than that is cut with an ellipsis (the table has it whole). */
function labelLines(label: string, max: number): string[] {
  return wrapLabel(label, max, 2).map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l));
}

/*
 * A phone gets its own geometry (fewer characters per label) rather than a shrunken desktop one.
 * The wide layout is drawn a little narrower than its view box in a dashboard column (about
 * 580 px at 1366 px), so its type is sized to stay at 11 px or more there. A slide's chart box is
 * short, so a long list of bars is scaled to its height: the slide layout has larger type.
 */
const LAYOUTS = {
  wide: {
    width: 640,
    labelWidth: 200,
    valueWidth: 116,
    maxLabel: 26,
    fontSize: 12.5,
    valueSize: 13,
    lineHeight: 14,
  },
  compact: {
    width: 360,
    labelWidth: 124,
    valueWidth: 78,
    maxLabel: 17,
    fontSize: 11,
    valueSize: 12,
    lineHeight: 12,
  },
  slide: {
    width: 900,
    labelWidth: 300,
    valueWidth: 170,
    maxLabel: 30,
    fontSize: 17,
    valueSize: 18,
    lineHeight: 16,
  },
} as const;

function BarSvg({
  data,
  unitLabel,
  layout,
  sole = false,
}: {
  data: BarDatum[];
  unitLabel: string;
  layout: keyof typeof LAYOUTS;
  /** The only layout drawn, so no screen width may hide it. */
  sole?: boolean;
}) {
  const spec = LAYOUTS[layout];
  const geo = barGeometry(data, { ...spec, axisHeight: Math.ceil(spec.fontSize * 2 + 9) });
  const fmt = (v: number) => formatNumber(v, 2);
  return (
    <svg
      // The slide layout takes the wide one's place (and its CSS) beside the phone one.
      className={sole ? "bar-surface" : `bar-surface bar-${layout === "slide" ? "wide" : layout}`}
      viewBox={`0 0 ${geo.width} ${geo.height}`}
      width="100%"
      data-layout={layout}
    >
      <g aria-hidden="true">
        {geo.ticks.map((t) => (
          <g key={t.value}>
            <line
              x1={t.x}
              x2={t.x}
              y1={geo.plot.top}
              y2={geo.plot.bottom}
              stroke="var(--grid)"
              strokeDasharray="2 4"
            />
            <text
              x={t.x}
              y={geo.plot.bottom + spec.fontSize + 3}
              fontSize={spec.fontSize}
              textAnchor="middle"
              fill="var(--muted)"
            >
              {fmt(t.value)}
            </text>
          </g>
        ))}
        <text
          x={(geo.plot.left + geo.plot.right) / 2}
          y={geo.plot.bottom + spec.fontSize * 2 + 5}
          fontSize={spec.fontSize}
          textAnchor="middle"
          fill="var(--muted)"
        >
          {unitLabel}
        </text>
      </g>
      {geo.bars.map((b) => {
        const d = data.find((x) => x.id === b.id);
        return (
          <g key={b.id} className="bar">
            <text
              x={geo.plot.left - 8}
              y={b.y + b.thickness / 2 + spec.fontSize / 3}
              fontSize={spec.fontSize}
              textAnchor="end"
              fill="var(--fg)"
            >
              {labelLines(b.label, spec.maxLabel).map((line, i, all) => (
                <tspan
                  key={i}
                  x={geo.plot.left - 8}
                  dy={i === 0 ? (all.length - 1) * -(spec.lineHeight / 2) : spec.lineHeight}
                >
                  {line}
                </tspan>
              ))}
            </text>
            <rect
              x={b.x}
              y={b.y}
              width={Math.max(b.length, 1)}
              height={b.thickness}
              fill={d?.outlined ? "none" : d?.colour}
              stroke={d?.outlined ? d.colour : undefined}
              strokeWidth={d?.outlined ? 2 : undefined}
              strokeDasharray={d?.outlined ? "4 3" : undefined}
              data-outlined={d?.outlined ? "true" : undefined}
            >
              <title>{`${b.label}: ${d?.display ?? fmt(b.value)}`}</title>
            </rect>
            <text
              x={b.value < 0 ? b.x - 6 : b.x + b.length + 6}
              textAnchor={b.value < 0 ? "end" : "start"}
              y={b.y + b.thickness / 2 + spec.valueSize / 3}
              fontSize={spec.valueSize}
              fontWeight={600}
              fill="var(--fg)"
            >
              {d?.display}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
