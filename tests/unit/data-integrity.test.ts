import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DATASETS } from "@/lib/data/datasets";
import {
  checkEvidence,
  collectPaperEvidence,
  collectStoredEvidence,
  indexPaper,
} from "@/lib/data/evidence-check";
import {
  checkStoredQuote,
  readStoredDocument,
  resolveStoredSourcesDir,
} from "@/lib/data/stored-source-check";
import { getStoredSources } from "@/lib/data/stored-sources";
import { readPaper, resolvePaperPath } from "@/lib/data/paper";
import { getFactionsData } from "@/lib/data/factions";
import { getSources } from "@/lib/data/sources";
import { FACTION_IDS } from "@/lib/constants";
import { REQUIRED_FACTION_DIMENSIONS } from "@/lib/data/schemas/factions";
import { CLAIM_ARMS_RATIO, CLAIM_RECIPIENT_RANK } from "@/lib/views/paper-vs-data";
import { requireSource } from "./source-guard";

const files = DATASETS.map((d) => ({
  ...d,
  data: JSON.parse(readFileSync(d.file, "utf8")) as unknown,
}));
const allEvidence = files.flatMap((f) =>
  collectPaperEvidence(f.data).map((e) => ({ ...e, file: f.file })),
);
const storedEvidence = files.flatMap((f) =>
  collectStoredEvidence(f.data).map((e) => ({ ...e, file: f.file })),
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
  if (!requireSource(paperPath !== null, "the paper", "PAPER_PATH") || !paperPath) return;
  const index = indexPaper(readPaper(paperPath));

  it.each(allEvidence.map((e) => [`${e.file} › ${e.path}`, e] as const))(
    "%s matches the paper, in its section",
    (_label, e) => {
      expect(checkEvidence(index, e.evidence)).toEqual([]);
    },
  );

  // The paper's two SIPRI claims live in code (lib/views/paper-vs-data.ts), not in a data file.
  it.each([CLAIM_ARMS_RATIO, CLAIM_RECIPIENT_RANK])(
    "the paper-versus-data claim in $section matches the paper",
    (claim) => {
      expect(checkEvidence(index, claim)).toEqual([]);
    },
  );

  it("finds [73] next to the rank claim (the footnote the paper's list lacks)", () => {
    expect(index.sections.get("The “Re-balancers”") ?? "").toContain("in the past decade.[73]");
  });

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

describe("quotes against the stored documents", () => {
  it("names only documents listed in data/stored-sources.json", () => {
    const listed = new Set(getStoredSources().sources.map((s) => s.id));
    const unknown = storedEvidence
      .filter((e) => !listed.has(e.evidence.sourceId))
      .map((e) => `${e.file} › ${e.path}: ${e.evidence.sourceId}`);
    expect(unknown).toEqual([]);
  });

  const dir = resolveStoredSourcesDir();
  if (!requireSource(dir !== null, "the stored documents", "STORED_SOURCES_PATH") || !dir) return;

  it("carries stored-document evidence to check", () => {
    expect(storedEvidence.length).toBeGreaterThan(0);
  });

  it.each(storedEvidence.map((e) => [`${e.file} › ${e.path}`, e] as const))(
    "%s is found in its stored document",
    (_label, e) => {
      expect(
        checkStoredQuote(readStoredDocument(dir, e.evidence.sourceId), e.evidence.quote),
      ).toEqual([]);
    },
  );

  it("keeps data/stored-sources.json in step with the documents' front matter", () => {
    for (const s of getStoredSources().sources) {
      const { meta } = readStoredDocument(dir, s.id);
      expect({ ...s }, s.id).toEqual({
        id: s.id,
        title: meta.title,
        publisher: meta.publisher,
        date: meta.date,
        url: meta.url,
        summary: meta.summary,
      });
    }
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
