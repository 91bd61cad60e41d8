import { describe, expect, it } from "vitest";
import { formatNumber } from "@/lib/charts/number-format";

describe("formatNumber", () => {
  it("writes numbers as en-GB does, for every value the datasets hold", async () => {
    const { getSeriesData, getArmsRecipients } = await import("@/lib/data/external-data");
    const { getFiguresData } = await import("@/lib/data/figures");
    const values = [
      ...getSeriesData().series.flatMap((s) => s.points.map((p) => p.value)),
      ...getArmsRecipients().recipients.flatMap((r) => r.points.map((p) => p.value)),
      ...getFiguresData().figures.map((f) => f.value),
    ].filter((v): v is number => typeof v === "number");
    expect(values.length).toBeGreaterThan(400);
    for (const digits of [0, 2, 3]) {
      const intl = new Intl.NumberFormat("en-GB", { maximumFractionDigits: digits });
      for (const v of values) expect(formatNumber(v, digits)).toBe(intl.format(v));
    }
  });

  it("groups thousands, trims zeros and keeps the sign of real negatives only", () => {
    expect(formatNumber(1234567.5)).toBe("1,234,567.5");
    expect(formatNumber(413)).toBe("413");
    expect(formatNumber(0.6)).toBe("0.6");
    expect(formatNumber(-32.5)).toBe("-32.5");
    expect(formatNumber(-1000)).toBe("-1,000");
    expect(formatNumber(2.71828, 2)).toBe("2.72");
    expect(formatNumber(766 / 288, 0)).toBe("3");
    expect(formatNumber(-0.0001, 2)).toBe("0");
    expect(formatNumber(0)).toBe("0");
  });

  it("rounds the decimal a reader sees, not the binary value behind it", () => {
    const intl2 = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
    for (const v of [1.005, 2.675, 0.125, 999.995, 1234.5678, 0.005, 9.995, 10.5, 2.5]) {
      expect(formatNumber(v, 2)).toBe(intl2.format(v));
    }
    expect(formatNumber(1.005, 2)).toBe("1.01");
    expect(formatNumber(999.995, 2)).toBe("1,000");
    expect(formatNumber(2.5, 0)).toBe("3");
    expect(formatNumber(-2.5, 0)).toBe("-3");
    // Computed values the pages show: ratios and shares.
    const intl0 = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
    for (let a = 1; a < 60; a++) {
      for (let b = 1; b < 60; b += 7) expect(formatNumber(a / b, 0)).toBe(intl0.format(a / b));
    }
  });
});
