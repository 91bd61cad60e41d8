import { describe, expect, it } from "vitest";
import { formatNumber } from "@/lib/number-format";

describe("formatNumber", () => {
  it("writes numbers as en-GB does, for every value the datasets hold", async () => {
    const { getSeriesData, getArmsRecipients } = await import("@/lib/external-data");
    const { getFiguresData } = await import("@/lib/figures");
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
});
