"use client";

import { useEffect, useState } from "react";
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  usePlotArea,
  useXAxisScale,
  XAxis,
  YAxis,
} from "recharts";
import type { LineRow } from "@/lib/charts/chart-data";
import { eventMarks, eventRowsHeight } from "@/lib/charts/event-geometry";
import type { ChartEvent } from "@/lib/views/chart-events";
import { EventMarksSvg } from "./event-marks";
import { Marker, type MarkerShape } from "./faction-marker";
import { formatNumber } from "@/lib/charts/number-format";

export interface LineSpec {
  id: string;
  name: string;
  colour: string;
  dash?: string;
  shape: MarkerShape;
}

/** What every line chart draws from: one row per year, the lines' styles and the unit. */
export interface LineChartProps {
  rows: LineRow[];
  lines: LineSpec[];
  unitLabel: string;
  /** Timeline events drawn as labelled markers (lib/views/chart-events). */
  events?: readonly ChartEvent[];
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: LineRow;
}

const lineStyle = {
  type: "linear",
  strokeWidth: 2.5,
  connectNulls: false,
  isAnimationActive: false,
} satisfies Partial<React.ComponentProps<typeof Line>>;

/**
 * Time series drawn with Recharts. Estimated values (DOTS's "e" cells, SIPRI's estimates) get
 * hollow markers, and a missing year is a gap in the line, never a zero.
 */
export function SeriesLines({ rows, lines, unitLabel, events = [] }: LineChartProps) {
  // How many label rows the markers need depends on the plot's width, known only once drawn;
  // the layer reports it and the top margin grows to hold them (inside the reserved chart box,
  // so the page does not move).
  const [labelRows, setLabelRows] = useState(events.length ? 1 : 0);
  const dot = (line: LineSpec) => {
    const Dot = (p: DotProps) => {
      const value = p.payload?.[line.id];
      if (typeof value !== "number" || p.cx === undefined || p.cy === undefined) {
        return <g key={`${line.id}-${p.payload?.year ?? "x"}`} />;
      }
      const estimated = p.payload?.[`${line.id}:e`] === true;
      return (
        <Marker
          key={`${line.id}-${p.payload?.year}`}
          shape={line.shape}
          colour={line.colour}
          cx={p.cx}
          cy={p.cy}
          size={3.5}
          hollow={estimated}
          title={`${line.name}, ${p.payload?.year}: ${formatNumber(value)}${estimated ? " (estimated)" : ""}`}
        />
      );
    };
    return Dot;
  };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart
        data={rows}
        margin={{
          top: 8 + eventRowsHeight(labelRows, EVENT_FONT),
          right: 16,
          bottom: 8,
          left: 8,
        }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="var(--grid)" strokeDasharray="2 4" />
        <XAxis dataKey="year" tick={{ fontSize: 12 }} />
        <YAxis
          tick={{ fontSize: 12 }}
          width={64}
          tickFormatter={(v: number) => formatNumber(v)}
          label={{ value: unitLabel, angle: -90, position: "insideLeft", fontSize: 11, dy: 60 }}
        />
        {lines.map((line) => (
          <Line
            key={line.id}
            dataKey={line.id}
            name={line.name}
            stroke={line.colour}
            strokeDasharray={line.dash}
            dot={dot(line)}
            activeDot={false}
            {...lineStyle}
          />
        ))}
        {events.length ? (
          <EventLayer
            events={events}
            from={rows[0]?.year ?? 0}
            to={rows[rows.length - 1]?.year ?? 0}
            onRows={setLabelRows}
          />
        ) : null}
      </LineChart>
    </ResponsiveContainer>
  );
}

const EVENT_FONT = 12;
/** Narrower plots (phones) number their events; the key under the chart names them. */
const MIN_LABELLED_PLOT = 420;

/**
 * The event markers inside the Recharts chart, placed with the chart's own x scale: the axis is
 * one category per year, so a month between two ticks is interpolated between their x.
 */
function EventLayer({
  events,
  from,
  to,
  onRows,
}: {
  events: readonly ChartEvent[];
  from: number;
  to: number;
  onRows: (rows: number) => void;
}) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  const place = (p: number) => {
    if (!scale) return undefined;
    const lo = Math.floor(p);
    const a = scale(lo);
    const b = scale(lo + 1);
    if (typeof a !== "number") return undefined;
    return typeof b === "number" ? a + (b - a) * (p - lo) : a;
  };
  const layout = plot
    ? eventMarks(
        events,
        {
          from,
          to,
          left: plot.x,
          right: plot.x + plot.width,
          fontSize: EVENT_FONT,
          minLabelledWidth: MIN_LABELLED_PLOT,
        },
        place,
      )
    : null;
  const rows = layout?.rows;
  useEffect(() => {
    if (rows !== undefined) onRows(rows);
  }, [rows, onRows]);
  if (!plot || !layout) return null;
  return (
    <EventMarksSvg
      marks={layout.marks}
      events={events}
      top={plot.y}
      bottom={plot.y + plot.height}
      fontSize={EVENT_FONT}
    />
  );
}
