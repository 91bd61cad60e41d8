"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";

export interface BarDatum {
  id: string;
  label: string;
  value: number;
  colour: string;
  /** Shown beside the bar instead of the bare number, e.g. "about $40bn". */
  display: string;
}

/** Horizontal bars on one axis: callers pass only values of one kind and one unit. */
export function TotalBars({ data, unitLabel }: { data: BarDatum[]; unitLabel: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 96, bottom: 20, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="var(--grid)" strokeDasharray="2 4" horizontal={false} />
        <XAxis
          type="number"
          tick={{ fontSize: 12 }}
          tickFormatter={(v: number) => v.toLocaleString("en-GB")}
          label={{ value: unitLabel, position: "insideBottom", dy: 16, fontSize: 11 }}
        />
        <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} />
        <Bar dataKey="value" isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.id} fill={d.colour} />
          ))}
          <LabelList dataKey="display" position="right" fontSize={12} fill="var(--fg)" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
