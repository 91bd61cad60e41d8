import { describe, expect, it } from "vitest";
import { renderSlide } from "@/components/slide-views";
import { parseSlideToken, SLIDE_VIEWS, type SlideSpec } from "@/lib/deck";
import { getDeckData } from "@/lib/deck-content";
import { getArmsRecipients, getSeriesData } from "@/lib/external-data";
import { getFactionsData } from "@/lib/factions";
import { getFiguresData } from "@/lib/figures";
import { PAST_DECADE, recipientRanking } from "@/lib/paper-vs-data";
import { diffRows } from "@/lib/series";
import { getSyriaData } from "@/lib/syria";
import { getTimelineData } from "@/lib/timeline";

const deck = getDeckData();
const specOf = (token: string): SlideSpec => {
  const r = parseSlideToken(token);
  if ("error" in r) throw new Error(r.error);
  return r.spec;
};
const takeaway = (token: string) => {
  const slide = deck.slides.find((s) => s.slide === token);
  if (!slide) throw new Error(`the default deck has no slide ${token}`);
  return slide.takeaway;
};

describe("the default deck", () => {
  it("tells the story in the order the brief asks: camps, differences, figures, balancing, Syria, outlook", () => {
    const views = deck.slides.map((s) => specOf(s.slide).view);
    const first = (v: string) => views.indexOf(v as SlideSpec["view"]);
    expect(first("camps")).toBe(0);
    expect(first("camps")).toBeLessThan(first("camp-gap"));
    expect(first("camp-gap")).toBeLessThan(first("figures"));
    expect(first("figures")).toBeLessThan(first("balancing"));
    expect(first("balancing")).toBeLessThan(first("syria"));
    expect(first("syria")).toBeLessThan(first("timeline"));
  });

  it("renders every slide from its link state without a notice, with notes and a source", () => {
    for (const s of deck.slides) {
      const slide = renderSlide(specOf(s.slide), "t");
      expect(slide.notices, s.slide).toEqual([]);
      expect(slide.source, s.slide).toMatch(/Source/);
      expect(slide.asOf, s.slide).toMatch(/\S/);
      expect(slide.notes.length, s.slide).toBeGreaterThan(0);
    }
  });

  it("renders every view in its default state, and a bad state with a notice instead of failing", () => {
    for (const view of SLIDE_VIEWS) {
      expect(renderSlide({ view, state: "" }, "t").notices, view).toEqual([]);
      const bad = renderSlide({ view, state: "factions=nobody&bar=nothing&zzz=1" }, "t");
      expect(bad.notices.length, view).toBeGreaterThan(0);
      expect(bad.title, view).toMatch(/\S/);
    }
  });

  // The takeaways are our sentences, but their numbers must be the data's.
  describe("takeaways agree with the data they summarise", () => {
    it("the camps' gaps", () => {
      const { dimensions, factions } = getFactionsData();
      const [a, b] = ["russia-leaners", "re-balancers"].map((id) =>
        factions.find((f) => f.id === id)!,
      );
      const gaps = diffRows(dimensions, a!, b!).flatMap((r) => (r.gap === null ? [] : [r.gap]));
      expect(gaps.length).toBeGreaterThan(5);
      expect(new Set(gaps)).toEqual(new Set([6, 7]));
      expect(takeaway("camp-gap?a=russia-leaners&b=re-balancers")).toContain(
        "On every axis the paper lets us score for both, the Russia-leaners and the re-balancers sit six or seven points apart",
      );
    });

    it("the deals, in the paper's own framing", () => {
      const text = takeaway("figures?kind=deal");
      const deals = getFiguresData().figures.filter((f) => f.kind === "deal");
      expect(deals).toHaveLength(3);
      for (const d of deals) {
        expect(d.qualifier).toBe("about");
        expect(text).toContain(`$${d.value}bn`);
      }
      expect(text).toMatch(/provisionally agreed with Russia/);
      expect(text).toMatch(/dwarfed/);
    });

    it("Russian and Chinese arms deliveries", () => {
      const series = getSeriesData().series;
      const tiv = (id: string, year: number) =>
        series.find((s) => s.id === id)!.points.find((p) => p.year === year)?.value ?? 0;
      const russia = (y: number) => tiv("tiv-russia-to-iran", y);
      const china = (y: number) => tiv("tiv-china-to-iran", y);
      // The chart runs 2000–2021: the five largest Russian years are the three peaks named.
      const years = Array.from({ length: 22 }, (_, i) => 2000 + i);
      const top5 = [...years]
        .sort((x, y) => russia(y) - russia(x))
        .slice(0, 5)
        .sort();
      expect(top5).toEqual([2000, 2001, 2006, 2007, 2016]);
      // "Between the last two peaks China delivered more than Russia in all but one year."
      const between = years.filter((y) => y > 2007 && y < 2016);
      expect(between.filter((y) => china(y) > russia(y))).toHaveLength(between.length - 1);
      expect(takeaway("arms-tiv")).toMatch(/2000–01, 2006–07 and 2016.*all but one year/);
    });

    it("Iran's rank among the recipients of Russian arms", () => {
      const ranking = recipientRanking(getArmsRecipients(), PAST_DECADE.from, PAST_DECADE.to);
      const delivered = ranking.ranking.filter((r) => r.total > 0);
      expect(ranking.iran?.rank).toBe(15);
      expect(delivered.slice(0, 3).map((r) => r.name)).toEqual(["India", "China", "Algeria"]);
      expect(takeaway("arms-recipients")).toContain(
        `Over ${PAST_DECADE.from}–${String(PAST_DECADE.to).slice(2)} Iran ranked 15th of the ${delivered.length} recipients`,
      );
    });

    it("Iran's imports, 2013–16", () => {
      const series = getSeriesData().series;
      const range = (partner: string) => {
        const values = series
          .find((s) => s.id === `trade-iran-imports-from-${partner}`)!
          .points.filter((p) => p.year >= 2013 && p.year <= 2016)
          .map((p) => p.value!);
        const bn = (v: number) => (v / 1000).toFixed(1);
        return `$${bn(Math.min(...values))}–${bn(Math.max(...values))}bn`;
      };
      const text = takeaway("trade-imports");
      expect(text).toContain(`${range("russia")} a year of goods from Russia`);
      expect(text).toContain(`${range("china")} from China`);
      expect(text).toContain(`${range("european-union")} from the EU`);
    });

    it("the Syrian issues", () => {
      const { issues } = getSyriaData();
      const n = (a: string) => issues.filter((i) => i.alignment === a).length;
      expect(takeaway("syria")).toContain(
        `Of the ${issues.length} Syrian issues coded from the paper, Russia and Iran converge on ${n("converge")}, diverge on ${n("diverge")} and are mixed on ${n("mixed")}`,
      );
    });

    it("the outlook", () => {
      const expected = getTimelineData().events.filter((e) => e.expected);
      expect(expected.map((e) => e.date)).toEqual(["2017", "2017", "2020"]);
      const text = takeaway("timeline?category=arms,diplomacy,sanctions");
      expect(text).toMatch(/2017.*2017.*2020/);
      // The 2020 date is Washington's reading, not a fact: the takeaway must say so.
      expect(text).toMatch(/on the US reading.*Moscow disputes/);
    });
  });
});
