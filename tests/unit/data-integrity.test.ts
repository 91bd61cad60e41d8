import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DATASETS } from "@/lib/datasets";
import { checkEvidence, collectEvidence, indexPaper } from "@/lib/evidence-check";
import { readPaper, resolvePaperPath } from "@/lib/paper";
import { getFactionsData } from "@/lib/factions";
import { getSources } from "@/lib/sources";
import { FACTION_IDS } from "@/lib/constants";
import { REQUIRED_FACTION_DIMENSIONS } from "@/lib/schemas";

const files = DATASETS.map((d) => ({
  ...d,
  data: JSON.parse(readFileSync(d.file, "utf8")) as unknown,
}));
const allEvidence = files.flatMap((f) =>
  collectEvidence(f.data).map((e) => ({ ...e, file: f.file })),
);

describe("every data file", () => {
  it.each(files)("$file satisfies its schema", ({ schema, data }) => {
    const r = schema.safeParse(data);
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });

  it("carries evidence to check", () => {
    expect(allEvidence.length).toBeGreaterThan(20);
  });
});

describe("quotes against the paper", () => {
  const paperPath = resolvePaperPath();
  if (!paperPath) {
    if (process.env.CI) {
      it("needs the paper in CI", () => {
        throw new Error(
          "Paper not found: set PAPER_PATH or check out ../shared beside the project.",
        );
      });
    } else {
      it.skip("skipped: paper not found (set PAPER_PATH to its text file to run the quote checks)", () => {});
    }
    return;
  }
  const index = indexPaper(readPaper(paperPath));

  it.each(allEvidence.map((e) => [`${e.file} › ${e.path}`, e] as const))(
    "%s matches the paper, in its section",
    (_label, e) => {
      expect(checkEvidence(index, e.evidence)).toEqual([]);
    },
  );

  it("rejects an edited quote (the check can fail)", () => {
    const edited = {
      section: "The middle way" as const,
      footnote: null,
      quote: "Iran ought to give priority to relations with Moscow",
    };
    expect(checkEvidence(index, edited)[0]).toMatch(/not found in the paper/);
  });

  it("rejects a real quote filed under the wrong section", () => {
    const misplaced = {
      section: "The “Russia-leaners”" as const,
      footnote: null,
      quote: "Russia has never acted as a true ally",
    };
    expect(checkEvidence(index, misplaced)[0]).toMatch(/not in section/);
  });
});

describe("footnotes", () => {
  const { footnotes } = getSources();

  it("holds [1]–[99] in order, with [72] and [73] recorded as missing", () => {
    expect(footnotes.map((f) => f.number)).toEqual(Array.from({ length: 99 }, (_, i) => i + 1));
    expect(footnotes.filter((f) => f.missing).map((f) => f.number)).toEqual([72, 73]);
  });

  it("every footnote an evidence item names exists and is not a missing one", () => {
    const byNumber = new Map(footnotes.map((f) => [f.number, f]));
    const problems = allEvidence
      .filter((e) => e.evidence.footnote !== null)
      .filter((e) => {
        const f = byNumber.get(e.evidence.footnote as number);
        return !f || f.missing;
      })
      .map((e) => `${e.file} › ${e.path} cites [${e.evidence.footnote}]`);
    expect(problems).toEqual([]);
  });
});

describe("faction coverage", () => {
  const { dimensions, factions } = getFactionsData();

  it("has the three camps of the contract", () => {
    expect(factions.map((f) => f.id).sort()).toEqual([...FACTION_IDS].sort());
  });

  it("defines the eight required dimensions, each with its ends", () => {
    for (const id of REQUIRED_FACTION_DIMENSIONS) {
      const d = dimensions.find((x) => x.id === id);
      expect(d, id).toBeDefined();
      expect(d?.low.length).toBeGreaterThan(0);
      expect(d?.high.length).toBeGreaterThan(0);
    }
  });

  it("scores every dimension for every camp, explicitly null where the paper is silent", () => {
    for (const f of factions) {
      expect(f.scores.map((s) => s.dimension).sort(), f.id).toEqual(
        dimensions.map((d) => d.id).sort(),
      );
    }
  });

  it("places the people the paper names", () => {
    const people = factions.flatMap((f) => f.people.map((p) => `${f.id}:${p.name}`));
    expect(people).toEqual(
      expect.arrayContaining([
        "russia-leaners:Ali Akbar Velayati",
        "russia-leaners:Qasem Soleimani",
        "middle-way:Ali Larijani",
      ]),
    );
  });

  it("has a second reading on every score", () => {
    const unreviewed = factions.flatMap((f) =>
      f.scores.filter((s) => !s.review).map((s) => `${f.id}/${s.dimension}`),
    );
    expect(unreviewed).toEqual([]);
  });
});
