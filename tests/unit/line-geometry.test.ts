import { describe, expect, it } from "vitest";
import { toLineRows } from "@/lib/charts/chart-data";
import { getSeriesData } from "@/lib/data/external-data";
import { lineGeometry } from "@/lib/charts/line-geometry";
import type { LineRow } from "@/lib/charts/chart-data";

const LAYOUT = { width: 500, height: 300, margin: { top: 10, right: 10, bottom: 40, left: 90 } };

const rows: LineRow[] = [
  { year: 2010, a: 100, "a:e": false, b: 10, "b:e": false },
  { year: 2011, a: null, "a:e": false, b: 20, "b:e": true },
  { year: 2012, a: 300, "a:e": false, b: 30, "b:e": false },
  { year: 2013, a: 350, "a:e": true, b: null, "b:e": false },
];

describe("line geometry", () => {
  it("breaks a line at a missing year instead of drawing it at zero", () => {
    const geo = lineGeometry(rows, ["a", "b"], LAYOUT);
    const a = geo.lines.find((l) => l.id === "a")!;
    expect(a.points.map((p) => p.year)).toEqual([2010, 2012, 2013]);
    // 2010 stands alone (a marker, no segment); 2012–13 is one segment of two points.
    expect(a.segments).toHaveLength(1);
    expect(a.segments[0]!.match(/[ML]/g)).toEqual(["M", "L"]);
    expect(a.points.every((p) => p.y < geo.plot.bottom)).toBe(true);
  });

  it("breaks the line across a year that no series has, not only across a null", () => {
    const sparse: LineRow[] = [
      { year: 2010, a: 5 },
      { year: 2011, a: 6 },
      { year: 2014, a: 7 },
      { year: 2015, a: 8 },
    ];
    const geo = lineGeometry(sparse, ["a"], LAYOUT);
    expect(geo.lines[0]!.segments).toHaveLength(2);
    expect(geo.lines[0]!.points).toHaveLength(4);
  });

  it("copes with one point, no values and negative values", () => {
    const one = lineGeometry([{ year: 2016, a: 3 }], ["a"], LAYOUT);
    expect(one.lines[0]!.points[0]!.x).toBe(LAYOUT.margin.left + (500 - 100) / 2);
    expect(one.lines[0]!.segments).toEqual([]);
    const none = lineGeometry([{ year: 2016, a: null }], ["a"], LAYOUT);
    expect(none.lines[0]!.points).toEqual([]);
    expect(none.max).toBe(1);
    const neg = lineGeometry(
      [
        { year: 2015, a: -40 },
        { year: 2016, a: 20 },
      ],
      ["a"],
      LAYOUT,
    );
    expect(neg.min).toBe(-50);
    const [low, high] = neg.lines[0]!.points;
    expect(low!.y).toBeGreaterThan(high!.y);
    expect(low!.y).toBeLessThanOrEqual(neg.plot.bottom);
  });

  it("places values in proportion on an axis from zero to a round number", () => {
    const geo = lineGeometry(rows, ["a", "b"], LAYOUT);
    expect(geo.min).toBe(0);
    expect(geo.max).toBe(500);
    const h = geo.plot.bottom - geo.plot.top;
    const at = (id: string, year: number) =>
      geo.lines.find((l) => l.id === id)!.points.find((p) => p.year === year)!;
    expect(geo.plot.bottom - at("a", 2012).y).toBeCloseTo((h * 300) / 500, 1);
    expect(geo.plot.bottom - at("b", 2010).y).toBeCloseTo((h * 10) / 500, 1);
    expect(at("a", 2010).x).toBe(geo.plot.left);
    expect(at("a", 2013).x).toBe(geo.plot.right);
    expect(geo.yTicks.map((t) => t.value)).toEqual([0, 125, 250, 375, 500]);
  });

  it("keeps the publisher's estimate flag on each point", () => {
    const geo = lineGeometry(rows, ["a", "b"], LAYOUT);
    const flags = geo.lines.flatMap((l) =>
      l.points.filter((p) => p.estimated).map((p) => `${l.id}${p.year}`),
    );
    expect(flags).toEqual(["a2013", "b2011"]);
  });

  it("labels fewer years when a long run would crowd the axis", () => {
    const long: LineRow[] = Array.from({ length: 22 }, (_, i) => ({ year: 2000 + i, a: i }));
    const geo = lineGeometry(long, ["a"], { ...LAYOUT, maxYearLabels: 12 });
    expect(geo.xTicks.map((t) => t.year)).toEqual([
      2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020,
    ]);
    expect(lineGeometry(long.slice(0, 8), ["a"], LAYOUT).xTicks).toHaveLength(8);
  });

  it("draws every real point of a SIPRI series, and only those", () => {
    const series = getSeriesData().series.filter((s) => s.unit === "tiv_m");
    const lineRows = toLineRows(series);
    const geo = lineGeometry(
      lineRows,
      series.map((s) => s.id),
      LAYOUT,
    );
    for (const s of series) {
      const drawn = geo.lines.find((l) => l.id === s.id)!.points;
      expect(drawn.map((p) => [p.year, p.value])).toEqual(
        s.points.map((p) => [p.year, p.value]).sort((x, y) => x[0]! - y[0]!),
      );
    }
  });
});
