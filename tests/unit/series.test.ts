import { describe, expect, it } from "vitest";
import { getFactionsData } from "@/lib/data/factions";
import { diffRows, notStatedDimensions, toRadarRows } from "@/lib/charts/series";
import type { Faction } from "@/lib/data/schemas/factions";

const { dimensions, factions } = getFactionsData();
const byId = (id: string) => factions.find((f) => f.id === id) as Faction;

describe("toRadarRows", () => {
  it("gives one row per dimension with each faction's score and confidence", () => {
    const rows = toRadarRows(dimensions, factions);
    expect(rows.map((r) => r.dimension)).toEqual(dimensions.map((d) => d.id));
    for (const row of rows) {
      for (const f of factions) {
        const score = f.scores.find((s) => s.dimension === row.dimension);
        expect(row.values[f.id]).toBe(score?.value ?? null);
        expect(row.confidence[f.id]).toBe(score?.confidence);
      }
    }
  });

  it("keeps 'not stated' as null, never zero", () => {
    const rows = toRadarRows(dimensions, [byId("middle-way")]);
    const silent = notStatedDimensions(dimensions, byId("middle-way")).map((d) => d.id);
    expect(silent.length).toBeGreaterThan(0);
    for (const id of silent)
      expect(rows.find((r) => r.dimension === id)?.values["middle-way"]).toBeNull();
  });

  it("includes only the factions asked for", () => {
    const rows = toRadarRows(dimensions, [byId("re-balancers")]);
    expect(Object.keys(rows[0]!.values)).toEqual(["re-balancers"]);
  });
});

describe("diffRows", () => {
  const synthetic = (id: Faction["id"], values: (number | null)[]): Faction => ({
    ...byId(id),
    scores: dimensions.map((d, i) => ({
      dimension: d.id,
      value: values[i] ?? null,
      confidence: "medium",
      gist: "g",
      rationale: "r",
      evidence: [],
    })),
  });

  it("sorts by the size of the gap, largest first, with not-stated rows last", () => {
    const a = synthetic("russia-leaners", [1, 5, null, 9, 0, 4, 7, 2]);
    const b = synthetic("re-balancers", [2, 5, 3, 1, 10, 4, null, 8]);
    const rows = diffRows(dimensions.slice(0, 8), a, b);
    expect(rows.map((r) => r.gap)).toEqual([10, 8, 6, 1, 0, 0, null, null]);
    expect(rows[0]?.dimension.id).toBe(dimensions[4]?.id);
  });

  it("on the real data, puts a 7-point split between leaners and re-balancers at the top", () => {
    const rows = diffRows(dimensions, byId("russia-leaners"), byId("re-balancers"));
    expect(rows[0]?.gap).toBe(7);
    const gaps = rows.map((r) => r.gap).filter((g): g is number => g !== null);
    expect([...gaps].sort((x, y) => y - x)).toEqual(gaps);
    expect(rows.at(-1)?.dimension.id).toBe("energy-rivalry-concern");
  });
});
