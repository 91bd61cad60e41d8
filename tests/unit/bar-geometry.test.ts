import { describe, expect, it } from "vitest";
import { barGeometry, niceCeiling } from "@/lib/charts/bar-geometry";

describe("bar geometry", () => {
  it("ends the axis on a round number at or above the largest value", () => {
    expect(niceCeiling(40)).toBe(50);
    expect(niceCeiling(600)).toBe(1000);
    expect(niceCeiling(18.4)).toBe(20);
    expect(niceCeiling(2)).toBe(2);
    expect(niceCeiling(0)).toBe(1);
  });

  it("draws bar lengths in proportion to the values, from a zero baseline", () => {
    const geo = barGeometry(
      [
        { id: "a", label: "A", value: 40 },
        { id: "b", label: "B", value: 20 },
        { id: "c", label: "C", value: 0 },
      ],
      { width: 600, labelWidth: 100, valueWidth: 100 },
    );
    const [a, b, c] = geo.bars;
    expect(geo.max).toBe(50);
    expect(a!.length).toBeCloseTo(400 * (40 / 50));
    expect(b!.length * 2).toBeCloseTo(a!.length);
    expect(c!.length).toBe(0);
    expect(geo.bars.every((bar) => bar.x === geo.plot.left)).toBe(true);
    expect(geo.ticks[0]).toEqual({ value: 0, x: geo.plot.left });
    expect(geo.ticks.at(-1)?.x).toBe(geo.plot.right);
    // Bars are stacked without overlap.
    expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.thickness);
  });
});

describe("bar geometry with a fall", () => {
  it("draws a negative value left of zero, never as zero", () => {
    const geo = barGeometry(
      [
        { id: "rise", label: "Rise", value: 30 },
        { id: "cut", label: "Cut", value: -10 },
      ],
      { width: 600, labelWidth: 100, valueWidth: 100 },
    );
    const [rise, cut] = geo.bars;
    expect(geo.min).toBeLessThan(0);
    expect(rise!.x).toBeCloseTo(geo.zeroX);
    expect(cut!.x + cut!.length).toBeCloseTo(geo.zeroX);
    expect(cut!.length).toBeGreaterThan(0);
    expect(rise!.length / cut!.length).toBeCloseTo(3);
  });
});
