/**
 * Pure geometry of a horizontal bar chart on one axis: a "nice" scale from zero, tick
 * positions and one bar per item. The bar component draws only what this returns, so it renders
 * on the server and its scale can be unit-tested (a bar's length is proportional to its value).
 */

export interface BarInput {
  id: string;
  label: string;
  value: number;
}

export interface BarGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  min: number;
  max: number;
  /** Where zero sits: bars grow right from it for rises and left for falls. */
  zeroX: number;
  ticks: { value: number; x: number }[];
  bars: (BarInput & { x: number; y: number; length: number; thickness: number })[];
}

/** The smallest 1, 2, 2.5 or 5 × 10^n at or above `value`, so axes end on a round number. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

export function barGeometry(
  items: BarInput[],
  opts: {
    width: number;
    labelWidth: number;
    valueWidth: number;
    barHeight?: number;
    gap?: number;
    /** Room under the bars for the tick values and the unit (two lines of the axis type). */
    axisHeight?: number;
  },
): BarGeometry {
  const barHeight = opts.barHeight ?? 22;
  const gap = opts.gap ?? 14;
  const top = 6;
  const plot = {
    left: opts.labelWidth,
    right: opts.width - opts.valueWidth,
    top,
    bottom: top + items.length * (barHeight + gap),
  };
  const max = niceCeiling(Math.max(0, ...items.map((i) => i.value)));
  const lowest = Math.min(0, ...items.map((i) => i.value));
  const min = lowest < 0 ? -niceCeiling(-lowest) : 0;
  const span = plot.right - plot.left;
  const x = (v: number) => plot.left + (span * (v - min)) / (max - min);
  const zeroX = x(0);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const value = min + (max - min) * f;
    return { value, x: x(value) };
  });
  const bars = items.map((item, i) => ({
    ...item,
    x: Math.min(zeroX, x(item.value)),
    y: plot.top + i * (barHeight + gap) + gap / 2,
    length: Math.abs(x(item.value) - zeroX),
    thickness: barHeight,
  }));
  return {
    width: opts.width,
    height: plot.bottom + (opts.axisHeight ?? 28),
    plot,
    min,
    max,
    zeroX,
    ticks,
    bars,
  };
}
