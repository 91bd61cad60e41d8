"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { LineRow } from "@/lib/charts/chart-data";
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
export function SeriesLines({ rows, lines, unitLabel }: LineChartProps) {
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
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
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
      </LineChart>
    </ResponsiveContainer>
  );
}
