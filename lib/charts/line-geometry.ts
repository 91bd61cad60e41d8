/**
 * Pure geometry of a year-by-year line chart: a "nice" value axis, year ticks that do not crowd,
 * and each series split into segments wherever a year has no value, so a missing year is drawn
 * as a gap and never as zero. The slides draw only what this returns, on the server, so a slide
 * line chart exists in the HTML while its slide is hidden, offline and in print.
 */
import { niceCeiling } from "./bar-geometry";
import type { LineRow } from "./chart-data";

export interface LinePoint {
  year: number;
  value: number;
  x: number;
  y: number;
  estimated: boolean;
}

export interface LineGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  min: number;
  max: number;
  yTicks: { value: number; y: number }[];
  xTicks: { year: number; x: number }[];
  lines: { id: string; points: LinePoint[]; segments: string[] }[];
}

export interface LineLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The most year labels the axis may carry before it labels every 2nd, 5th or 10th year. */
  maxYearLabels?: number;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

export function lineGeometry(rows: LineRow[], ids: string[], layout: LineLayout): LineGeometry {
  const { width, height, margin } = layout;
  const plot = {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
  const values = rows.flatMap((r) =>
    ids.map((id) => r[id]).filter((v): v is number => typeof v === "number"),
  );
  const max = niceCeiling(Math.max(0, ...values));
  const lowest = Math.min(0, ...values);
  const min = lowest < 0 ? -niceCeiling(-lowest) : 0;
  const years = rows.map((r) => r.year);
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const span = plot.right - plot.left;
  const x = (year: number) =>
    last === first ? plot.left + span / 2 : plot.left + (span * (year - first)) / (last - first);
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * (v - min)) / (max - min);

  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const value = min + (max - min) * f;
    return { value, y: r2(y(value)) };
  });
  const maxLabels = layout.maxYearLabels ?? 12;
  const step = [1, 2, 5, 10, 20].find((s) => (last - first) / s + 1 <= maxLabels) ?? 50;
  const xTicks = years
    .filter((year) => (year - first) % step === 0)
    .map((year) => ({ year, x: r2(x(year)) }));

  const lines = ids.map((id) => {
    const points: LinePoint[] = [];
    const segments: string[] = [];
    let run: LinePoint[] = [];
    let lastYear: number | null = null;
    const close = () => {
      if (run.length > 1)
        segments.push(run.map((p, i) => `${i ? "L" : "M"}${p.x} ${p.y}`).join(""));
      run = [];
    };
    for (const row of rows) {
      const value = row[id];
      // A year with no value, or with no row at all (no series has it), breaks the line.
      if (typeof value !== "number" || (lastYear !== null && row.year - lastYear > 1)) close();
      lastYear = row.year;
      if (typeof value !== "number") continue;
      const point = {
        year: row.year,
        value,
        x: r2(x(row.year)),
        y: r2(y(value)),
        estimated: row[`${id}:e`] === true,
      };
      points.push(point);
      run.push(point);
    }
    close();
    return { id, points, segments };
  });
  return { width, height, plot, min, max, yTicks, xTicks, lines };
}
