import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getSlideData } from "@/components/deck/deck-data";
import { renderSlide } from "@/components/views/slide-views";
import { getBalancingData } from "@/lib/data/balancing";
import { collectPaperEvidence } from "@/lib/data/evidence-check";
import { getFactionsData } from "@/lib/data/factions";
import { getFiguresData } from "@/lib/data/figures";
import { CLAIM_ARMS_RATIO, CLAIM_RECIPIENT_RANK } from "@/lib/views/paper-vs-data";
import { diffRows, toRadarRows } from "@/lib/charts/series";
import { getSyriaData } from "@/lib/data/syria";
import { getTimelineData } from "@/lib/data/timeline";
import { getDeckData } from "@/lib/deck/deck-content";
import type { Evidence, PaperEvidence } from "@/lib/data/schemas/common";

/** Every part of the slide data, as the server reads it for the default deck. */
const SLIDE_DATA = getSlideData();

/**
 * Say what the paper says, no more: the framing rules of the data and the prose, each a fix an
 * independent reading asked for. A takeaway stronger than its source is the error an analyst can
 * least afford, so these run on every data file and every slide the deck can show.
 */

const DATA_FILES = ["factions", "balancing", "figures", "timeline", "syria", "deck"] as const;
const raw = Object.fromEntries(
  DATA_FILES.map((f) => [f, JSON.parse(readFileSync(`data/${f}.json`, "utf8")) as unknown]),
);

/** Every string in a data file that is our prose (not a quote of the paper, not an id). */
function prose(data: unknown, key = ""): { key: string; text: string }[] {
  if (typeof data === "string")
    return key === "quote" || key === "$schema" ? [] : [{ key, text: data }];
  if (Array.isArray(data)) return data.flatMap((x) => prose(x, key));
  if (data && typeof data === "object")
    return Object.entries(data).flatMap(([k, v]) => (k === "evidence" ? [] : prose(v, k)));
  return [];
}
const allProse = DATA_FILES.flatMap((f) => prose(raw[f]).map((p) => ({ ...p, file: f })));

/** The prose of pages and components: the sentences a user reads outside the data files. */
const sourceProse = ["app", "components"].flatMap((dir) =>
  (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => ({
      file: path.join(dir, f),
      // JSX writes apostrophes as entities or typographic quotes; read them as the reader does.
      text: readFileSync(path.join(dir, f), "utf8").replace(/&apos;|’/g, "'"),
    })),
);

const allEvidence = () =>
  [getFactionsData(), getBalancingData(), getFiguresData(), getTimelineData(), getSyriaData()]
    .flatMap((d) => collectPaperEvidence(d))
    .map((e) => e.evidence);

describe("the camps are a debate inside a consensus", () => {
  const data = getFactionsData();

  it("carries the paper's consensus, its expectation and the Supreme Leader as framing notes", () => {
    expect(data.consensus.evidence[0]).toMatchObject({
      section: "Iran’s hedging debate on Russia",
      attribution: { kind: "authors" },
    });
    expect(data.consensus.summary).toMatch(/general consensus/);
    expect(data.outlook.evidence.map((e) => e.quote).join(" ")).toContain(
      "the re-balancers are likely to move towards the middle position",
    );
    expect(data.arbiter.summary).toMatch(/Supreme Leader in no camp/);
  });

  it("keeps the government's post-deal support for ties with Russia, and the bargaining chip", () => {
    const quotes = collectPaperEvidence(data).map((e) => e.evidence.quote);
    expect(quotes).toContainEqual(
      expect.stringContaining(
        "in the aftermath of the nuclear deal, the government has supported the expansion of relations with Russia, particularly in terms of boosting defence capabilities",
      ),
    );
    expect(quotes).toContainEqual(expect.stringContaining("convenient bargaining chip"));
    const rouhani = data.factions.flatMap((f) => f.people).find((p) => p.name === "Hassan Rouhani");
    expect(rouhani?.role).toMatch(/supported wider ties with Russia/);
    expect(rouhani?.evidence.some((e) => e.footnote === 81)).toBe(true);
  });

  it("marks every gap as resting on stated positions or on inference, from the scores' basis", () => {
    const [a, b] = ["russia-leaners", "re-balancers"].map((id) =>
      data.factions.find((f) => f.id === id)!,
    );
    const rows = diffRows(data.dimensions, a!, b!);
    for (const r of rows) {
      if (r.gap === null) expect(r.gapBasis).toBeNull();
      else
        expect(r.gapBasis).toBe(
          r.a?.basis === "inferred" || r.b?.basis === "inferred" ? "inferred" : "stated",
        );
    }
    // Both kinds occur, so the table and the bars really show the difference.
    expect(new Set(rows.map((r) => r.gapBasis))).toEqual(new Set(["stated", "inferred", null]));
  });

  it("draws inferred scores differently on the radar", () => {
    const rows = toRadarRows(data.dimensions, data.factions);
    const inferred = data.factions.flatMap((f) =>
      f.scores.filter((s) => s.basis === "inferred").map((s) => `${f.id}/${s.dimension}`),
    );
    const flagged = rows.flatMap((r) =>
      Object.entries(r.inferred ?? {})
        .filter(([, v]) => v)
        .map(([id]) => `${id}/${r.dimension}`),
    );
    expect(flagged.sort()).toEqual(inferred.sort());
    expect(inferred.length).toBeGreaterThan(0);
  });

  it("says on the gap slide which gaps are stated and which inferred", () => {
    const slide = renderSlide({ view: "camp-gap", state: "" }, SLIDE_DATA, "t");
    expect(slide.takeaway).toMatch(/\d+ of the \d+ gaps rest on our inference/);
    const note = slide.notes.find((n) => n.heading === "Stated or inferred");
    expect(note?.text).toMatch(
      /Gaps on positions the paper states for both camps: .+\. Gaps resting on our inference/,
    );
    expect(slide.notes[0]?.heading).toBe("What the camps share");
  });

  it("gives the consensus first in the camps slide's notes", () => {
    const slide = renderSlide({ view: "camps", state: "" }, SLIDE_DATA, "t");
    expect(slide.notes.map((n) => n.heading).slice(0, 2)).toEqual([
      "What the camps share",
      "Where the paper expects the debate to go",
    ]);
  });
});

describe("who speaks: the authors, a camp, a person or a reported source", () => {
  it("labels the paper's SIPRI sentences as arguments of the camps, not the authors' findings", () => {
    expect(CLAIM_ARMS_RATIO.attribution).toEqual({ kind: "camp", who: "russia-leaners" });
    expect(CLAIM_RECIPIENT_RANK.attribution).toEqual({ kind: "camp", who: "re-balancers" });
    const ratio = getFiguresData().figures.find((f) => f.unit === "ratio");
    expect(ratio?.evidence?.[0]).toMatchObject({
      attribution: { kind: "camp", who: "russia-leaners" },
    });
    expect(ratio?.caveat).toMatch(/Russia-leaners' argument, not as its own finding/);
  });

  it("attributes a sentence that says what a camp argues to that camp", () => {
    const pattern =
      /\b(?:the )?(Russia-leaners|re-balancers) (?:argue|assert|point out|hold|are also cautious|favour)/i;
    const hits = allEvidence().filter((e) => pattern.test(e.quote));
    expect(hits.length).toBeGreaterThan(3);
    for (const e of hits) {
      const camp = pattern.exec(e.quote)![1]!.toLowerCase();
      expect(e.attribution, e.quote).toEqual({ kind: "camp", who: camp });
    }
  });

  it("names the person whenever a position or summary rests on a named person's words", () => {
    const owners: { text: string; evidence: Evidence[] }[] = [];
    const walk = (x: unknown) => {
      if (Array.isArray(x)) return x.forEach(walk);
      if (!x || typeof x !== "object") return;
      const o = x as Record<string, unknown>;
      const text = [o.position, o.summary, o.role, o.name].filter((t) => typeof t === "string");
      if (Array.isArray(o.evidence) && text.length)
        owners.push({ text: text.join(" "), evidence: o.evidence as Evidence[] });
      Object.values(o).forEach(walk);
    };
    [getFactionsData(), getBalancingData(), getTimelineData(), getSyriaData()].forEach(walk);
    let checked = 0;
    for (const { text, evidence } of owners) {
      for (const e of evidence) {
        if (!("attribution" in e) || e.attribution.kind !== "person") continue;
        const surname = e.attribution.who.split(" ").at(-1)!;
        expect(text, `${e.attribution.who}: ${e.quote}`).toContain(surname);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("keeps thin sourcing in the position text, not only in the rationale", () => {
    // One expert at a seminar, or advisers at a roundtable under the Chatham House rule.
    const thin = [20, 56, 57];
    const walk = (x: unknown): number => {
      if (Array.isArray(x)) return x.reduce((n: number, y) => n + walk(y), 0);
      if (!x || typeof x !== "object") return 0;
      const o = x as Record<string, unknown>;
      let n = Object.values(o).reduce((m: number, v) => m + walk(v), 0);
      const text = [o.position, o.summary].find((t): t is string => typeof t === "string");
      const evidence = Array.isArray(o.evidence)
        ? (o.evidence as Evidence[]).filter((e): e is PaperEvidence => "footnote" in e)
        : [];
      const hit = evidence.find((e) => e.footnote !== null && thin.includes(e.footnote));
      if (text && hit) {
        expect(text, hit.quote).toMatch(/Chatham House|seminar|roundtable/);
        expect(hit.attribution.kind).toBe("reported");
        n += 1;
      }
      return n;
    };
    expect(walk([getBalancingData(), getSyriaData()])).toBeGreaterThan(2);
  });
});

describe("wording no stronger than the paper", () => {
  it("attributes 'dwarfed' to the paper wherever our prose uses it", () => {
    const uses = allProse.filter((p) => /dwarf/i.test(p.text));
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) {
      expect(u.text, `${u.file}.${u.key}`).toMatch(/'dwarfed[^']*'/);
      expect(u.text, `${u.file}.${u.key}`).toMatch(/paper/);
    }
    for (const s of sourceProse) expect(s.text, s.file).not.toMatch(/dwarf/i);
  });

  it("never lets a trade target stand in for a deal", () => {
    const xi = getTimelineData().events.find((e) => e.id === "xi-jinping-visits-iran");
    expect(xi?.summary).toMatch(/trade target, not a deal/);
    expect(xi?.summary).not.toMatch(/one of the post-sanctions deals/);
  });

  it("keeps the paper's hedges on figures", () => {
    const list = getFiguresData().figures.find((f) => f.kind === "arms-wish-list");
    expect(list?.qualifier).toBe("reportedly");
    expect(list?.evidence?.[0]?.quote).toContain("reportedly worth $8 billion");
  });

  it("quotes 'overtaken the US' only with 'Since the 1979 revolution'", () => {
    const hits = allEvidence().filter((e) => /overtaken the US/.test(e.quote));
    expect(hits.length).toBeGreaterThan(0);
    for (const e of hits) expect(e.quote).toMatch(/^Since the 1979 revolution/);
  });

  // Each phrase once stood in our prose where the paper says something weaker.
  const STRONGER_THAN_THE_PAPER: [RegExp, string][] = [
    [/withhold/i, "the paper says 'lack of' air support"],
    [/broke down/i, "the paper says relations 'deteriorated'"],
    [/unprecedented since the Second World War/i, "the paper says 'in their relations'"],
    [/the heart of the tie/i, "the paper says 'one of the most fundamental aspects'"],
    [/Israel's demand/i, "the paper says Israel 'wants to ensure', 'concerns'"],
    [/\bconvened\b/i, "the paper says Iran 'called for' a meeting"],
    [
      /opposite ends|almost every axis|on every axis the paper lets us score/i,
      "the paper frames a debate inside a consensus",
    ],
    [
      /Iran's rivals?\b[^.]*Turkey|Turkey[^.]*Iran's rivals?/i,
      "the paper calls Turkey one of Iran's top trading partners",
    ],
    [
      /the economic base of the partnership is thin/i,
      "the paper's own words are 'unlikely to be considered as significant'",
    ],
  ];
  it.each(STRONGER_THAN_THE_PAPER)("no prose says %s (%s)", (pattern) => {
    for (const p of allProse) expect(p.text, `${p.file}.${p.key}`).not.toMatch(pattern);
    for (const s of sourceProse) expect(s.text, s.file).not.toMatch(pattern);
  });

  it("never calls the set of actors that includes Turkey 'rivals' in a title or description", () => {
    for (const view of ["balancing", "balancing-bar", "milex"] as const) {
      const slide = renderSlide({ view, state: "" }, SLIDE_DATA, "t");
      expect(slide.title, view).not.toMatch(/rival/i);
      expect(slide.takeaway, view).not.toMatch(/\brivals\b/i);
    }
  });
});

describe("Syria, weighed by kind of issue", () => {
  const { issues } = getSyriaData();

  it("does not code as a divergence what its own rationale calls a tolerated balancing act", () => {
    for (const i of issues) {
      if (/not as an open dispute|rather than an open dispute/.test(i.rationale))
        expect(i.alignment, i.id).not.toBe("diverge");
    }
    expect(issues.find((i) => i.id === "israel-and-hezbollah")?.alignment).toBe("mixed");
  });

  it("lists convergences as well as divergences in the speaker notes", () => {
    const notes = renderSlide({ view: "syria", state: "" }, SLIDE_DATA, "t").notes;
    const text = notes.map((n) => n.text).join(" ");
    expect(notes[0]?.heading).toBe("The paper's net judgement");
    expect(text).toMatch(/converge: /);
    expect(text).toMatch(/diverge: /);
  });
});

describe("scope labels", () => {
  it("the timeline holds the dated items the reader found missing, and claims no completeness", () => {
    const ids = getTimelineData().events.map((e) => e.id);
    for (const id of [
      "coup-1953",
      "islamic-revolution-1979",
      "green-movement-2009",
      "putin-saudi-meetings",
    ])
      expect(ids).toContain(id);
    const page = sourceProse.find((s) => s.file === path.join("app", "timeline", "page.tsx"));
    expect(page?.text).not.toMatch(/dated events the paper mentions/);
  });

  it("gives a later date the paper does not forecast its own label", () => {
    const e = getTimelineData().events.find((x) => x.id === "unsc-2231-arms-restriction-ends");
    expect(e?.expected).toBe(true);
    expect(e?.outlookLabel).toMatch(/US reading/);
  });

  it("keeps every default-deck takeaway free of our own verdicts the paper does not give", () => {
    for (const s of getDeckData().slides)
      expect(s.takeaway ?? "", s.slide).not.toMatch(/dwarfed by Iran's/);
  });
});
