import { describe, expect, it } from "vitest";
import { balancingFileSchema } from "@/lib/data/schemas/balancing";
import { figureSchema, figuresFileSchema } from "@/lib/data/schemas/figures";
import { timelineFileSchema } from "@/lib/data/schemas/timeline";
import { getBalancingData } from "@/lib/data/balancing";
import {
  compareFigures,
  figureBars,
  formatFigure,
  groupFigures,
  toLineRows,
} from "@/lib/charts/chart-data";
import { citationIndex } from "@/lib/evidence/citations";
import { collectPaperEvidence } from "@/lib/data/evidence-check";
import { getSeriesData } from "@/lib/data/external-data";
import { getFiguresData } from "@/lib/data/figures";
import { dateSpan, filterEvents, overlaps } from "@/lib/views/filters";
import { getSyriaData } from "@/lib/data/syria";
import { getTimelineData } from "@/lib/data/timeline";
import { getFactionsData } from "@/lib/data/factions";

const clone = <T>(x: T): T => structuredClone(x);

describe("balancing data", () => {
  const data = getBalancingData();

  it("scores every actor and Iran on every dimension, null only with no evidence", () => {
    for (const item of [...data.actors, data.reference]) {
      expect(item.scores.map((s) => s.dimension).sort()).toEqual(
        data.dimensions.map((d) => d.id).sort(),
      );
      for (const s of item.scores) if (s.value === null) expect(s.evidence).toEqual([]);
    }
  });

  it("rejects a file that drops an actor or a score", () => {
    const noTurkey = clone(data);
    noTurkey.actors = noTurkey.actors.filter((a) => a.id !== "turkey");
    expect(balancingFileSchema.safeParse(noTurkey).success).toBe(false);
    const noScore = clone(data);
    noScore.actors[0]!.scores.pop();
    const r = balancingFileSchema.safeParse(noScore);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(/has no score/);
  });

  it("gives each actor what it holds, what Moscow concedes and Tehran's response, with evidence", () => {
    for (const a of data.actors) {
      for (const block of [a.holds, a.concessions, a.iranResponse]) {
        expect(block.evidence.length > 0 || block.notStated === true).toBe(true);
      }
    }
  });
});

describe("figures data", () => {
  const { figures } = getFiguresData();

  it("holds the paper's headline numbers with their kinds", () => {
    const byId = new Map(figures.map((f) => [f.id, f]));
    expect(byId.get("russia-iran-deals-2016")).toMatchObject({
      kind: "deal",
      value: 40,
      unit: "usd_bn",
    });
    expect(byId.get("china-iran-trade-target")).toMatchObject({ kind: "trade-target", value: 600 });
    expect(byId.get("iran-russian-arms-shopping-list")).toMatchObject({
      kind: "arms-wish-list",
      value: 8,
    });
    expect(byId.get("iran-s300-lawsuit-claim")).toMatchObject({ kind: "legal-claim", value: 4 });
    expect(figures.every((f) => f.evidence && f.evidence.length > 0 && f.caveat)).toBe(true);
  });

  it("rejects a figure with both paper evidence and an external source, or neither", () => {
    const f = clone(figures[0]!);
    const both = { ...f, source: { publisher: "x", dataset: "y", vintage: "z", licence: "w" } };
    expect(figureSchema.safeParse(both).success).toBe(false);
    const neither = { ...f, evidence: undefined };
    expect(figureSchema.safeParse(neither).success).toBe(false);
    expect(figuresFileSchema.safeParse({ figures: [f, f] }).success).toBe(false);
  });
});

describe("grouping and comparing figures", () => {
  const { figures } = getFiguresData();

  it("never puts two kinds or two units in one chart group", () => {
    const groups = groupFigures(figures);
    for (const g of groups) {
      expect(new Set(g.figures.map((f) => f.kind)).size).toBe(1);
      expect(new Set(g.figures.map((f) => f.unit)).size).toBe(1);
    }
    expect(groups.reduce((n, g) => n + g.figures.length, 0)).toBe(figures.length);
  });

  it("explains why figures of different kinds cannot share an axis", () => {
    const deal = figures.find((f) => f.kind === "deal")!;
    const target = figures.find((f) => f.kind === "trade-target")!;
    const r = compareFigures([deal, target]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/different kinds/);
    const deals = figures.filter((f) => f.kind === "deal");
    expect(compareFigures(deals).ok).toBe(deals.length > 1);
  });

  it("says a figure the way the paper qualifies it", () => {
    expect(formatFigure({ value: 40, unit: "usd_bn", qualifier: "about" })).toBe("about $40bn");
    expect(formatFigure({ value: 8, unit: "usd_bn", qualifier: "up-to" })).toBe("up to $8bn");
    expect(formatFigure({ value: 32.5, unit: "percent", qualifier: "exact" })).toBe("+32.5%");
    expect(formatFigure({ value: 2, unit: "ratio", qualifier: "almost" })).toBe("almost 2×");
  });
});

describe("series to chart rows", () => {
  const { series } = getSeriesData();

  it("keeps estimated cells flagged and missing years as null, never zero", () => {
    const exports = series.filter((s) => s.id === "trade-iran-exports-to-russia");
    const rows = toLineRows(exports, 2005, 2016);
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 12 }, (_, i) => 2005 + i));
    const source = exports[0]!.points.find((p) => p.year === 2010)!;
    expect(rows.find((r) => r.year === 2010)?.["trade-iran-exports-to-russia:e"]).toBe(
      source.estimated === true,
    );
    const gappy = {
      ...exports[0]!,
      id: "gappy",
      points: [
        { year: 2005, value: null },
        { year: 2006, value: 3 },
      ],
    };
    const r = toLineRows([gappy]);
    expect(r[0]?.gappy).toBeNull();
    expect(r[1]?.gappy).toBe(3);
  });
});

describe("timeline", () => {
  const { events } = getTimelineData();

  it("runs from the 1953 coup the paper names and marks only post-2016 outlooks as expected", () => {
    expect(events[0]?.id).toBe("coup-1953");
    for (const e of events.filter((x) => x.expected))
      expect(dateSpan(e.date)[1] > "2016-09-30").toBe(true);
    // The paper's own dated events stop at 2016; later ones are marked as after the paper.
    for (const e of events.filter((x) => !x.expected && !x.afterPaper))
      expect(dateSpan(e.date)[0] <= "2016-12-31").toBe(true);
  });

  it("marks every event after the paper, dates it after September 2016 and cites stored documents only", () => {
    const later = events.filter((e) => e.afterPaper);
    expect(later.length).toBeGreaterThanOrEqual(10);
    for (const e of later) {
      expect(dateSpan(e.date)[0] > "2016-09-30", e.id).toBe(true);
      expect(e.expected, e.id).toBeUndefined();
      expect(
        e.evidence.every((ev) => "sourceId" in ev),
        e.id,
      ).toBe(true);
    }
    for (const e of events.filter((x) => !x.afterPaper))
      expect(
        e.evidence.every((ev) => !("sourceId" in ev)),
        e.id,
      ).toBe(true);
  });

  it("closes the S-300 thread with the completed delivery, after the paper", () => {
    const saga = filterEvents(events, { thread: "s-300" });
    expect(saga.find((e) => e.id === "s-300-delivery-completed")?.afterPaper).toBe(true);
  });

  it("links each of the paper's expected events to what happened, and refuses a link to the paper's own", () => {
    const expected = events.filter((e) => e.expected);
    expect(expected.filter((e) => e.followedBy).length).toBeGreaterThan(0);
    for (const e of expected.filter((x) => x.followedBy))
      expect(events.find((x) => x.id === e.followedBy)?.afterPaper, e.id).toBe(true);
    const paperOwn = events.find((e) => !e.expected && !e.afterPaper)!;
    const broken = {
      events: events.map((e) => (e.followedBy ? { ...e, followedBy: paperOwn.id } : e)),
    };
    const r = timelineFileSchema.safeParse(broken);
    expect(r.success ? [] : r.error.issues.map((i) => i.message).join()).toMatch(/followedBy/);
  });

  it("tells the S-300 saga as one ordered thread", () => {
    const saga = filterEvents(events, { thread: "s-300" });
    expect(saga.length).toBeGreaterThanOrEqual(4);
    expect(saga.map((e) => e.date)).toEqual([...saga.map((e) => e.date)].sort());
  });

  it("rejects events out of order", () => {
    const swapped = { events: [events[1]!, events[0]!] };
    expect(timelineFileSchema.safeParse(swapped).success).toBe(events[0]!.date === events[1]!.date);
  });

  it("compares dates by the span they cover", () => {
    expect(dateSpan("2016")).toEqual(["2016-01-01", "2016-12-31"]);
    expect(dateSpan("2016-02")).toEqual(["2016-02-01", "2016-02-29"]);
    expect(overlaps("2016", "2016-03", "2016-04")).toBe(true);
    expect(overlaps("2015-12", "2016")).toBe(false);
    expect(overlaps("2016-03-14", undefined, "2016-03")).toBe(true);
  });
});

describe("citations across the dashboard", () => {
  it("sends every footnote that any dataset cites to at least one place in the dashboard", () => {
    const index = citationIndex();
    const cited = new Set(
      [getFactionsData(), getBalancingData(), getFiguresData(), getTimelineData(), getSyriaData()]
        .flatMap((d) => collectPaperEvidence(d))
        .map((e) => e.evidence.footnote)
        .filter((n): n is number => n !== null),
    );
    expect(cited.size).toBeGreaterThan(30);
    for (const n of cited) expect(index.get(n)?.length ?? 0).toBeGreaterThan(0);
    expect(index.get(62)?.map((p) => p.href)).toContain("/figures#pvd-heading");
  });
});

describe("figure bars", () => {
  it("draws a bound ('almost', 'up to') as an outline, never as a solid bar at a value the paper did not give", () => {
    const bars = figureBars(getFiguresData().figures);
    const ratio = bars.find((b) => b.id === "sipri-russia-vs-china-arms-to-iran");
    expect(ratio).toMatchObject({ value: 2, outlined: true, display: "almost 2×" });
    for (const f of getFiguresData().figures) {
      const bar = bars.find((b) => b.id === f.id);
      expect(bar?.outlined, f.id).toBe(f.qualifier === "almost" || f.qualifier === "up-to");
    }
  });
});
