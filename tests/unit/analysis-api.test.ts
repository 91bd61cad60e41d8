import { describe, expect, it } from "vitest";
import * as balancingRoute from "@/app/api/balancing/route";
import * as figuresRoute from "@/app/api/figures/route";
import * as seriesRoute from "@/app/api/series/route";
import * as syriaRoute from "@/app/api/syria/route";
import * as timelineRoute from "@/app/api/timeline/route";
import {
  balancingResponseSchema,
  figuresResponseSchema,
  seriesResponseSchema,
  syriaResponseSchema,
  timelineResponseSchema,
} from "@/lib/api/api-schemas";
import { getFiguresData } from "@/lib/data/figures";
import { getTimelineData } from "@/lib/data/timeline";

const get = (path: string) => new Request(`http://localhost${path}`);

async function expectError(res: Response, status: number, pattern: RegExp) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  const body = (await res.json()) as { error: string; issues: string[] };
  expect(body.error).toMatch(pattern);
  return body;
}

describe("GET /api/balancing", () => {
  it("answers the contract's actors and dimensions, with Iran as the reference", async () => {
    const res = balancingRoute.GET(get("/api/balancing"));
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBeTruthy();
    const body = balancingResponseSchema.parse(await res.json());
    expect(body.actors.map((a) => a.id)).toEqual(
      expect.arrayContaining(["israel", "saudi-arabia", "turkey"]),
    );
    expect(body.dimensions.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        "leverage-over-moscow",
        "russian-accommodation",
        "friction-with-iran",
        "economic-stakes",
        "syria-alignment-with-moscow",
      ]),
    );
    expect(body.reference.id).toBe("iran");
  });

  it("takes no parameters", async () => {
    await expectError(
      balancingRoute.GET(get("/api/balancing?actor=israel")),
      400,
      /Unknown parameter/,
    );
  });
});

describe("GET /api/figures", () => {
  it("filters by kind and by party, and each answer holds only what was asked", async () => {
    const deals = figuresResponseSchema.parse(
      await figuresRoute.GET(get("/api/figures?kind=deal")).json(),
    );
    expect(deals.figures.length).toBeGreaterThan(0);
    expect(deals.figures.every((f) => f.kind === "deal")).toBe(true);
    const china = figuresResponseSchema.parse(
      await figuresRoute.GET(get("/api/figures?party=china")).json(),
    );
    expect(china.figures.map((f) => f.id)).toContain("china-iran-trade-target");
    expect(china.figures.every((f) => f.parties.includes("china"))).toBe(true);
    const all = figuresResponseSchema.parse(await figuresRoute.GET(get("/api/figures")).json());
    expect(all.figures).toHaveLength(getFiguresData().figures.length);
  });

  it("rejects an unknown kind or party with the valid values", async () => {
    const kind = await expectError(
      figuresRoute.GET(get("/api/figures?kind=guess")),
      400,
      /Unknown kind "guess"/,
    );
    expect(kind.error).toContain("trade-target");
    await expectError(figuresRoute.GET(get("/api/figures?party=atlantis")), 400, /Unknown party/);
    await expectError(
      figuresRoute.GET(get("/api/figures?kind=deal&kind=ratio")),
      400,
      /given 2 times/,
    );
  });
});

describe("GET /api/series", () => {
  it("answers series by id, kind and party, each with its source, and the paper-versus-data items", async () => {
    const body = seriesResponseSchema.parse(
      await seriesRoute.GET(get("/api/series?kind=tiv&party=china&release=sipri-at-2022")).json(),
    );
    expect(body.series.map((s) => s.id).sort()).toEqual([
      "tiv-china-to-iran",
      "tiv-russia-to-china",
    ]);
    for (const s of body.series) {
      expect(s.source.publisher).toBe("SIPRI");
      expect(s.source.vintage).toMatch(/2022/);
    }
    expect(body.paperVersusData.length).toBe(2);
    const one = seriesResponseSchema.parse(
      await seriesRoute.GET(get("/api/series?id=milex-iran")).json(),
    );
    expect(one.series.map((s) => s.id)).toEqual(["milex-iran"]);
  });

  it("serves one SIPRI milex release at a time, each in its own price basis", async () => {
    const body = seriesResponseSchema.parse(
      await seriesRoute.GET(get("/api/series?kind=milex&release=sipri-milex-2026")).json(),
    );
    expect(body.series.map((s) => s.id)).toEqual([
      "milex-iran-2026-release",
      "milex-russia-2026-release",
      "milex-saudi-arabia-2026-release",
      "milex-israel-2026-release",
      "milex-turkey-2026-release",
    ]);
    expect(new Set(body.series.map((s) => s.unit))).toEqual(new Set(["usd_m_constant_2024"]));
    // A milex release picks no TIV series, and a SIPRI release no trade series (DOTS has its own).
    const tiv = seriesResponseSchema.parse(
      await seriesRoute.GET(get("/api/series?kind=tiv&release=sipri-milex-2017")).json(),
    );
    expect(tiv.series).toEqual([]);
    const trade = seriesResponseSchema.parse(
      await seriesRoute.GET(get("/api/series?kind=trade-flow&release=sipri-at-2024")).json(),
    );
    expect(trade.series).toEqual([]);
    // One TIV release at a time: the 2024 register's three flows, none from the 2022 tables.
    const register = seriesResponseSchema.parse(
      await seriesRoute.GET(get("/api/series?release=sipri-at-2024")).json(),
    );
    expect(register.series.map((s) => s.id)).toEqual([
      "tiv-russia-to-iran-2024-release",
      "tiv-iran-to-russia-2024-release",
      "tiv-china-to-iran-2024-release",
    ]);
    await expectError(
      seriesRoute.GET(get("/api/series?release=sipri-milex-2024")),
      400,
      /Unknown release/,
    );
  });

  it("rejects an unknown series id or kind", async () => {
    await expectError(seriesRoute.GET(get("/api/series?id=milex-mars")), 400, /Unknown series id/);
    await expectError(seriesRoute.GET(get("/api/series?kind=gdp")), 400, /Unknown series kind/);
  });
});

describe("GET /api/timeline", () => {
  it("filters by category and by a date range that keeps year-only events inside it", async () => {
    const body = timelineResponseSchema.parse(
      await timelineRoute.GET(get("/api/timeline?category=arms&from=2016-03&to=2016-12")).json(),
    );
    expect(body.events.length).toBeGreaterThan(0);
    expect(body.events.every((e) => e.category === "arms")).toBe(true);
    // "2016" spans the whole year, so it overlaps March–December.
    expect(body.events.every((e) => e.date.startsWith("2016") || e.date === "2016")).toBe(true);
    const expected = getTimelineData().events.filter(
      (e) =>
        e.category === "arms" &&
        e.date.startsWith("2016") &&
        e.date.slice(5, 7) !== "01" &&
        e.date.slice(5, 7) !== "02",
    );
    expect(body.events.map((e) => e.id)).toEqual(expected.map((e) => e.id));
  });

  it("keeps the paper's own events apart from what came after it", async () => {
    const get_ = async (q: string) =>
      timelineResponseSchema.parse(await timelineRoute.GET(get(`/api/timeline?${q}`)).json())
        .events;
    const all = getTimelineData().events;
    const after = await get_("period=after");
    const paper = await get_("period=paper");
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((e) => e.afterPaper === true)).toBe(true);
    expect(paper.some((e) => e.afterPaper)).toBe(false);
    expect(after.length + paper.length).toBe(all.length);
    expect((await timelineRoute.GET(get("/api/timeline?period=later"))).status).toBe(400);
  });

  it("follows one thread, in date order", async () => {
    const body = timelineResponseSchema.parse(
      await timelineRoute.GET(get("/api/timeline?thread=s-300")).json(),
    );
    expect(body.events.length).toBeGreaterThanOrEqual(4);
    expect(body.events.every((e) => e.thread === "s-300")).toBe(true);
  });

  it("filters by actor", async () => {
    const body = timelineResponseSchema.parse(
      await timelineRoute.GET(get("/api/timeline?actor=turkey")).json(),
    );
    expect(body.events.length).toBeGreaterThan(0);
    expect(body.events.every((e) => e.actors.includes("turkey"))).toBe(true);
  });

  it("answers a malformed date or a reversed range with a sentence a person can act on", async () => {
    await expectError(timelineRoute.GET(get("/api/timeline?from=2015-13")), 400, /YYYY-MM/);
    await expectError(timelineRoute.GET(get("/api/timeline?to=2015-04-31")), 400, /exists/);
    await expectError(timelineRoute.GET(get("/api/timeline?thread=s-400")), 400, /Unknown thread/);
    await expectError(
      timelineRoute.GET(get("/api/timeline?from=2016&to=2015")),
      400,
      /later than to/,
    );
    await expectError(
      timelineRoute.GET(get("/api/timeline?category=war")),
      400,
      /Unknown category/,
    );
  });
});

describe("GET /api/syria", () => {
  it("answers every issue with both sides' evidence, and filters by alignment", async () => {
    const all = syriaResponseSchema.parse(await syriaRoute.GET(get("/api/syria")).json());
    expect(all.issues.length).toBeGreaterThanOrEqual(7);
    for (const i of all.issues) {
      expect(i.russia.evidence.length).toBeGreaterThan(0);
      expect(i.iran.evidence.length).toBeGreaterThan(0);
    }
    const diverge = syriaResponseSchema.parse(
      await syriaRoute.GET(get("/api/syria?alignment=diverge")).json(),
    );
    expect(diverge.issues.length).toBeGreaterThan(0);
    expect(diverge.issues.every((i) => i.alignment === "diverge")).toBe(true);
    await expectError(syriaRoute.GET(get("/api/syria?alignment=maybe")), 400, /Unknown alignment/);
  });
});
