import { describe, expect, it } from "vitest";
import { getSlideData } from "@/components/deck/deck-data";
import { renderSlide } from "@/components/views/slide-views";
import { parseSlideToken, SLIDE_VIEWS, type SlideSpec } from "@/lib/deck/deck";
import { getDeckData } from "@/lib/deck/deck-content";
import { getArmsRecipients, getSeriesData } from "@/lib/data/external-data";
import { getFactionsData } from "@/lib/data/factions";
import { getFiguresData } from "@/lib/data/figures";
import { PAST_DECADE, recipientRanking } from "@/lib/views/paper-vs-data";
import { diffRows } from "@/lib/charts/series";
import { getSyriaData } from "@/lib/data/syria";
import { getTimelineData } from "@/lib/data/timeline";
import { formatNumber } from "@/lib/charts/number-format";
import { syriaTally } from "@/lib/views/syria-tally";
import { ledgerHeadline } from "@/lib/views/ledger";

/** Every part of the slide data, as the server reads it for the default deck. */
const SLIDE_DATA = getSlideData();

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
      const slide = renderSlide(specOf(s.slide), SLIDE_DATA, "t");
      expect(slide.notices, s.slide).toEqual([]);
      expect(slide.source, s.slide).toMatch(/Source/);
      expect(slide.asOf, s.slide).toMatch(/\S/);
      expect(slide.notes.length, s.slide).toBeGreaterThan(0);
    }
  });

  it("renders every view in its default state, and a bad state with a notice instead of failing", () => {
    for (const view of SLIDE_VIEWS) {
      expect(renderSlide({ view, state: "" }, SLIDE_DATA, "t").notices, view).toEqual([]);
      const bad = renderSlide(
        { view, state: "factions=nobody&bar=nothing&zzz=1" },
        SLIDE_DATA,
        "t",
      );
      expect(bad.notices.length, view).toBeGreaterThan(0);
      expect(bad.title, view).toMatch(/\S/);
    }
  });

  // The takeaways are our sentences, but their numbers must be the data's.
  describe("takeaways agree with the data they summarise", () => {
    it("the camps' gaps, split into those the paper states and those we infer", () => {
      const { dimensions, factions } = getFactionsData();
      const [a, b] = ["russia-leaners", "re-balancers"].map((id) =>
        factions.find((f) => f.id === id)!,
      );
      const rows = diffRows(dimensions, a!, b!).filter((r) => r.gap !== null);
      const words = ["none", "one", "two", "three", "four", "five", "six", "seven", "eight"];
      const count = (basis: string) => words[rows.filter((r) => r.gapBasis === basis).length];
      expect(new Set(rows.map((r) => r.gap))).toEqual(new Set([6, 7]));
      expect(takeaway("camp-gap?a=russia-leaners&b=re-balancers")).toContain(
        `six or seven points apart on ${words[rows.length]} axes; ${count("stated")} of those gaps rest on positions the paper states, ${count("inferred")} on our inference`,
      );
    });

    it("the camps, inside the paper's consensus", () => {
      const { consensus } = getFactionsData();
      expect(consensus.evidence[0]?.quote).toMatch(/^There is a general consensus among Iran/);
      const text = takeaway("camps");
      expect(text).toContain("general consensus");
      expect(text).not.toMatch(/opposite ends|almost every axis/);
    });

    it("the deals, in the paper's own framing, with the arithmetic shown", () => {
      const text = takeaway("figures?kind=deal");
      const figures = getFiguresData().figures;
      const deals = figures.filter((f) => f.kind === "deal");
      expect(deals).toHaveLength(3);
      for (const d of deals) {
        // The paper says "estimated"; the takeaway keeps the hedge.
        expect(d.qualifier).toBe("estimated");
        expect(text).toContain(`$${d.value}bn`);
      }
      const europe = deals.filter((d) => !d.parties.includes("russia"));
      const sum = europe.reduce((n, d) => n + d.value, 0);
      expect(text).toContain(`together $${formatNumber(sum, 1)}bn`);
      // China's figure is a target, never a deal, and the takeaway says so.
      const target = figures.find((f) => f.parties.includes("china") && f.unit === "usd_bn");
      expect(target?.kind).toBe("trade-target");
      expect(text).toContain(`$${target?.value}bn ten-year trade target`);
      expect(text).toMatch(/which is a target, not a deal/);
      expect(text).toMatch(/provisionally agreed with Russia/);
      // "dwarfed" is the paper's word, quoted and attributed, never ours.
      expect(text).toMatch(/the paper judges them 'dwarfed'/);
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
      const text = takeaway("arms-recipients");
      expect(text).toContain(
        `Over ${PAST_DECADE.from}–${String(PAST_DECADE.to).slice(2)} (our reading of the paper's 'past decade'), Iran ranked 15th of the ${delivered.length} recipients`,
      );
      // The window is ours, so the takeaway gives the rank on the neighbouring windows too.
      const shifted = [-1, 1].map(
        (d) =>
          recipientRanking(getArmsRecipients(), PAST_DECADE.from + d, PAST_DECADE.to + d).iran
            ?.rank,
      );
      expect(shifted.sort()).toEqual([13, 14]);
      expect(text).toContain("(13th or 14th if the window shifts a year)");
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

    it("the Syrian issues, counted within their kind, with the paper's net judgement", () => {
      const { issues, judgement } = getSyriaData();
      const tally = syriaTally(issues);
      const core = tally.find((g) => g.group === "core-aim")!;
      expect(core.byAlignment.converge).toHaveLength(core.issues.length);
      const text = takeaway("syria");
      expect(text).toContain(`Russia and Iran converge on all ${core.issues.length} core aims`);
      // "Most divergences lie in 2016 episodes and the longer-term questions."
      const diverging = issues.filter((i) => i.alignment === "diverge");
      const inEpisodesOrLater = diverging.filter(
        (i) => i.group === "episode-2016" || i.group === "longer-term",
      );
      expect(inEpisodesOrLater.length * 2).toBeGreaterThan(diverging.length);
      expect(text).toMatch(/Assad's tenure, the Kurds and the militias/);
      for (const id of ["assad-long-term", "kurds-federalism", "militias-and-state"])
        expect(issues.find((i) => i.id === id)).toMatchObject({
          group: "longer-term",
          alignment: "diverge",
        });
      // The net judgement is the authors' own sentence, carried on the slide.
      expect(judgement.evidence[0]).toMatchObject({ attribution: { kind: "authors" } });
      expect(text).toContain(
        "broadly effective military coalition whose strategies may ultimately diverge on some fundamental issues",
      );
      expect(judgement.evidence[0]?.quote).toContain("broadly effective military coalition");
    });

    it("the outlook", () => {
      const expected = getTimelineData().events.filter((e) => e.expected);
      expect(expected.map((e) => e.date)).toEqual(["2017", "2017", "2020"]);
      const text = takeaway("timeline?category=arms,diplomacy,sanctions&period=paper");
      expect(text).toMatch(/2017.*2017.*2020/);
      // The paper only reports the S-300 deployment as "expected"; it forecasts nothing itself.
      expect(text).toMatch(/^The paper reports that full S-300 deployment was expected in 2017/);
      // The 2020 date is Washington's reading, not a fact: the takeaway must say so.
      expect(text).toMatch(/on the US reading.*Moscow disputes/);
    });
  });
});

describe("slide texts written from the view's state", () => {
  it("names the story on a timeline slide filtered to one thread", () => {
    const slide = renderSlide({ view: "timeline", state: "thread=s-300" }, SLIDE_DATA, "t");
    // The thread now ends with a report from after the paper: the title must not call it the
    // paper's own dates, while the paper's part of the story still is.
    expect(slide.title).toBe("The S-300 saga, from the paper to later reports");
    expect(slide.takeaway).toMatch(/^The \d+ latest events of this story/);
    const inPaper = renderSlide(
      { view: "timeline", state: "thread=s-300&period=paper" },
      SLIDE_DATA,
      "t",
    );
    expect(inPaper.title).toBe("The S-300 saga, in the paper's dates");
    const all = renderSlide({ view: "timeline", state: "" }, SLIDE_DATA, "t");
    expect(all.title).toBe("The latest events, after the paper");
    const outlook = renderSlide({ view: "timeline", state: "period=paper" }, SLIDE_DATA, "t");
    expect(outlook.title).toBe("The latest events and the paper's outlook");
  });

  it("gives the balancing bar slide the scores as its takeaway, not the scoring rubric", () => {
    const slide = renderSlide(
      { view: "balancing-bar", state: "bar=leverage-over-moscow" },
      SLIDE_DATA,
      "t",
    );
    expect(slide.takeaway.length).toBeLessThan(220);
    expect(slide.takeaway).toMatch(/^Coded 0 to 10 from the paper: Israel \d+/);
    expect(slide.takeaway).toContain("Turkey 3 (inferred)");
    expect(slide.takeaway).not.toContain("Anchors");
  });
});

describe("the deck's ten-years-on sequence", () => {
  const series = getSeriesData().series;
  const value = (id: string, year: number) =>
    series.find((s) => s.id === id)?.points.find((p) => p.year === year)?.value;
  const bn = (id: string, year: number) => `$${formatNumber((value(id, year) ?? NaN) / 1000, 1)}bn`;

  it("follows the paper's story with the ledger, the reversed arms flow, spending and the treaty", () => {
    const tokens = deck.slides.map((s) => s.slide);
    const at = (t: string) => tokens.indexOf(t);
    expect(at("ledger")).toBeGreaterThan(
      at("timeline?category=arms,diplomacy,sanctions&period=paper"),
    );
    expect(at("ledger")).toBeLessThan(at("arms-both-ways"));
    expect(at("arms-both-ways")).toBeLessThan(at("milex-2026"));
    expect(at("milex-2026")).toBeLessThan(at("ledger?topic=partnership"));
  });

  it("leads with the ledger's bottom line as its counts give it", () => {
    const slide = renderSlide({ view: "ledger", state: "" }, SLIDE_DATA, "t");
    expect(slide.takeaway).toBe(ledgerHeadline(SLIDE_DATA.outcomes));
    // Each line of the speaker notes cites a quote, from the paper or a stored document.
    for (const note of slide.notes) expect(note.quote, note.heading).toBeTruthy();
  });

  it("states the reversed arms flow with the release's own figures", () => {
    const text = takeaway("arms-both-ways");
    const ru = "tiv-russia-to-iran-2024-release";
    const ir = "tiv-iran-to-russia-2024-release";
    for (let y = 2000; y <= 2021; y++) expect(value(ir, y) ?? 0, String(y)).toBe(0);
    expect(text).toContain(`then ${value(ir, 2022)}m TIV in 2022 and ${value(ir, 2023)}m in 2023`);
    expect(text).toContain(`${value(ru, 2016)}m TIV in 2016`);
    expect(text).toContain(`were ${value(ru, 2023)}m in 2023`);
    expect(text).toContain("2024 release");
  });

  it("states spending since 2016 from the 2026 release at its own prices, estimates said", () => {
    const text = takeaway("milex-2026");
    for (const c of ["russia", "israel", "turkey"]) {
      const id = `milex-${c}-2026-release`;
      const [from, to] = [bn(id, 2016), bn(id, 2025)].map((x) => x.replace(/[$.]/g, "\\$&"));
      expect(text, c).toMatch(new RegExp(`from ${from}( in 2016)? to ${to}`));
    }
    expect(bn("milex-iran-2026-release", 2016)).toBe(bn("milex-iran-2026-release", 2025));
    expect(text).toContain(`Iran's was ${bn("milex-iran-2026-release", 2025)} in both years`);
    const russia = series.find((s) => s.id === "milex-russia-2026-release")!;
    expect(russia.points.filter((p) => p.year >= 2022).every((p) => p.estimated)).toBe(true);
    expect(text).toContain("SIPRI's estimates from 2022");
    expect(text).toContain("constant 2024 prices");
  });

  it("says of the treaty only what the ledger's partnership entries quote", () => {
    const slide = renderSlide({ view: "ledger", state: "topic=partnership" }, SLIDE_DATA, "t");
    const quotes = SLIDE_DATA.outcomes
      .filter((o) => o.topic === "partnership")
      .flatMap((o) => o.outcome.evidence.map((e) => e.quote))
      .join(" ");
    expect(quotes).toMatch(/does not mean the creation of a military alliance/);
    expect(quotes).toMatch(/not publicly offered military help/);
    expect(quotes).toMatch(/no visible action/);
    expect(takeaway("ledger?topic=partnership")).toMatch(/no military alliance.*no visible action/);
    expect(slide.notes.length).toBeGreaterThan(0);
  });
});
