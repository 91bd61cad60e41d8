import { describe, expect, it } from "vitest";
import {
  RADAR_LAYOUTS,
  radarGeometry,
  wrapLabel,
  type RadarInputRow,
} from "@/lib/charts/radar-geometry";

type Id = "a" | "b";
const row = (dimension: string, a: number | null, b: number | null): RadarInputRow<Id> => ({
  dimension,
  label: `Label ${dimension}`,
  values: { a, b },
  confidence: { a: "high", b: "low" },
});
const layout = RADAR_LAYOUTS.wide;
const dist = (p: { x: number; y: number }, c: { x: number; y: number }) =>
  Math.hypot(p.x - c.x, p.y - c.y);

describe("radar geometry", () => {
  const rows = [row("d1", 10, 5), row("d2", 5, null), row("d3", 0, 5), row("d4", 5, 5)];
  const geo = radarGeometry(rows, ["a", "b"], layout, 10);
  const [a, b] = geo.series;

  it("puts the first axis straight up and scales values to the radius", () => {
    const top = a?.points[0];
    expect(top?.x).toBeCloseTo(geo.centre.x, 1);
    expect(top?.y).toBeCloseTo(geo.centre.y - geo.radius, 0);
    expect(dist(a!.points[1]!, geo.centre)).toBeCloseTo(geo.radius / 2, 0);
    // A score of 0 sits at the centre: it is a stated value, unlike null.
    expect(dist(a!.points[2]!, geo.centre)).toBeLessThan(0.5);
  });

  it("closes a series with every value stated", () => {
    expect(a?.closed).toBe(true);
    expect(a?.path.endsWith("Z")).toBe(true);
    expect(a?.points).toHaveLength(4);
  });

  it("leaves a gap where a value is null: no point, no line across it, no fill", () => {
    expect(b?.closed).toBe(false);
    expect(b?.points.map((p) => p.dimension)).toEqual(["d1", "d3", "d4"]);
    // Two runs: d1 alone before the gap, then d3–d4 and back round to d1.
    const moves = b?.path.match(/M/g) ?? [];
    expect(moves.length).toBeGreaterThanOrEqual(2);
    expect(b?.path).not.toContain("Z");
    // No segment may touch the position d2 would have.
    const d2At = { x: geo.axes[1]!.spoke.x, y: geo.axes[1]!.spoke.y };
    expect(b?.path).not.toContain(`${d2At.x},${d2At.y}`);
  });

  it("lists the series not stated on each axis, for the label's 'not stated' row", () => {
    expect(geo.axes.map((x) => x.missing)).toEqual([[], ["b"], [], []]);
  });

  it("anchors labels away from the chart on each side", () => {
    expect(geo.axes.map((x) => x.anchor)).toEqual(["middle", "start", "middle", "end"]);
    // The top label's last line sits above the outer ring, the bottom one below it.
    expect(geo.axes[0]!.y).toBeLessThan(geo.centre.y - geo.radius);
    expect(geo.axes[2]!.y).toBeGreaterThan(geo.centre.y + geo.radius);
  });

  it("keeps the whole chart, labels included, inside its view box", () => {
    for (const name of ["wide", "compact", "slide"] as const) {
      const spec = RADAR_LAYOUTS[name];
      const g = radarGeometry(rows, ["a", "b"], spec, 10);
      for (const axis of g.axes) {
        expect(axis.y).toBeGreaterThan(0);
        expect(axis.y + axis.lines.length * spec.lineHeight).toBeLessThan(spec.height);
      }
      expect(g.radius).toBeGreaterThan(80);
    }
  });

  it("draws one ring per tick step and labels 0 to the maximum", () => {
    expect(geo.rings.map((r) => r.level)).toEqual([2, 4, 6, 8, 10]);
    expect(geo.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
  });
});

describe("wrapLabel", () => {
  it("wraps at word boundaries and never drops words", () => {
    expect(wrapLabel("Alignment with Moscow", 10, 3)).toEqual(["Alignment", "with", "Moscow"]);
    expect(wrapLabel("Distrust of Russia over history", 16, 2)).toEqual([
      "Distrust of",
      "Russia over history",
    ]);
  });
});
