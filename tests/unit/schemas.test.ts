import { describe, expect, it } from "vitest";
import raw from "@/data/factions.json";
import { evidenceSchema, formatIssues } from "@/lib/data/schemas/common";
import { factionsFileSchema, type FactionsFile } from "@/lib/data/schemas/factions";
import { footnoteSchema, sourcesFileSchema } from "@/lib/data/schemas/sources";
import { scoreSchema } from "@/lib/data/schemas/scores";
import { DatasetError, parseDataset } from "@/lib/data/load-dataset";

const valid = () => structuredClone(raw) as unknown as FactionsFile;

function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? [])
    .map((i) => `${i.path.map(String).join(".")}: ${i.message}`)
    .join("\n");
}

const goodEvidence = {
  attribution: { kind: "person", who: "Ali Larijani" },
  section: "The middle way",
  footnote: 79,
  quote: "the country's strategic choice",
};
const goodScore = {
  dimension: "western-opening",
  value: 6,
  confidence: "medium",
  basis: "stated",
  gist: "A one-line gist.",
  rationale: "Why, in our own words.",
  evidence: [goodEvidence],
};

describe("score basis and attribution", () => {
  it("requires a basis on a scored value and forbids one on a null score", () => {
    expect(messages(scoreSchema.safeParse({ ...goodScore, basis: undefined }))).toMatch(
      /basis: a scored value needs basis/,
    );
    expect(
      messages(scoreSchema.safeParse({ ...goodScore, value: null, evidence: [], basis: "stated" })),
    ).toMatch(/basis: a null score has no basis/);
    expect(scoreSchema.safeParse({ ...goodScore, basis: "inferred" }).success).toBe(true);
  });

  it("requires every quote to say whose claim it carries, naming who unless it is the authors'", () => {
    expect(messages(evidenceSchema.safeParse({ ...goodEvidence, attribution: undefined }))).toMatch(
      /attribution/,
    );
    expect(
      messages(evidenceSchema.safeParse({ ...goodEvidence, attribution: { kind: "person" } })),
    ).toMatch(/attribution/);
    expect(
      messages(
        evidenceSchema.safeParse({ ...goodEvidence, attribution: { kind: "camp", who: "hawks" } }),
      ),
    ).toMatch(/attribution/);
    expect(
      evidenceSchema.safeParse({ ...goodEvidence, attribution: { kind: "authors" } }).success,
    ).toBe(true);
  });
});

describe("evidence schema", () => {
  it("accepts a well-formed item", () => {
    expect(evidenceSchema.safeParse(goodEvidence).success).toBe(true);
  });

  it("rejects a quote over 40 words and says how long it is", () => {
    const quote = Array.from({ length: 41 }, (_, i) => `w${i}`).join(" ");
    expect(messages(evidenceSchema.safeParse({ ...goodEvidence, quote }))).toMatch(
      /quote has 41 words; at most 40/,
    );
  });

  it("accepts exactly 40 words", () => {
    const quote = Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ");
    expect(evidenceSchema.safeParse({ ...goodEvidence, quote }).success).toBe(true);
  });

  it("rejects a section that is not one of the paper's headings", () => {
    expect(messages(evidenceSchema.safeParse({ ...goodEvidence, section: "Conclusions" }))).toMatch(
      /unknown section "Conclusions"/,
    );
  });

  it("rejects footnote numbers outside 1–99", () => {
    expect(messages(evidenceSchema.safeParse({ ...goodEvidence, footnote: 120 }))).toMatch(
      /1 to 99/,
    );
    expect(messages(evidenceSchema.safeParse({ ...goodEvidence, footnote: 0 }))).toMatch(/1 to 99/);
  });
});

describe("score schema", () => {
  it("rejects a non-null score without evidence", () => {
    expect(messages(scoreSchema.safeParse({ ...goodScore, evidence: [] }))).toMatch(
      /evidence: a score of 6 needs at least one evidence item/,
    );
  });

  it("accepts null (not stated) without evidence", () => {
    expect(
      scoreSchema.safeParse({ ...goodScore, value: null, basis: undefined, evidence: [] }).success,
    ).toBe(true);
  });

  it("rejects scores outside 0–10", () => {
    expect(messages(scoreSchema.safeParse({ ...goodScore, value: 11 }))).toMatch(
      /value: score must be between 0 and 10/,
    );
    expect(messages(scoreSchema.safeParse({ ...goodScore, value: -1 }))).toMatch(
      /between 0 and 10/,
    );
  });

  it("rejects an unknown confidence level", () => {
    expect(scoreSchema.safeParse({ ...goodScore, confidence: "certain" }).success).toBe(false);
  });

  it("requires low confidence where the second reader disagreed", () => {
    const disputed = { ...goodScore, review: { agrees: false, note: "Reads it as 4." } };
    expect(messages(scoreSchema.safeParse(disputed))).toMatch(
      /confidence: the second reader disagreed/,
    );
    expect(scoreSchema.safeParse({ ...disputed, confidence: "low" }).success).toBe(true);
  });
});

describe("factions file schema", () => {
  it("accepts the shipped data", () => {
    expect(factionsFileSchema.safeParse(raw).success).toBe(true);
  });

  it("rejects a score on an unknown dimension", () => {
    const data = valid();
    data.factions[0]!.scores[0]!.dimension = "nuclear-ambition";
    expect(messages(factionsFileSchema.safeParse(data))).toMatch(
      /factions\.0\.scores\.0\.dimension: unknown dimension "nuclear-ambition"/,
    );
  });

  it("rejects duplicate faction ids", () => {
    const data = valid();
    data.factions[1]!.id = data.factions[0]!.id;
    expect(messages(factionsFileSchema.safeParse(data))).toMatch(
      /duplicate faction id "russia-leaners"/,
    );
  });

  it("rejects duplicate dimension ids", () => {
    const data = valid();
    data.dimensions.push({ ...data.dimensions[0]! });
    expect(messages(factionsFileSchema.safeParse(data))).toMatch(
      /duplicate dimension id "alignment-with-moscow"/,
    );
  });

  it("rejects a file that leaves out one of the three camps", () => {
    const data = valid();
    data.factions = data.factions.filter((f) => f.id !== "middle-way");
    expect(messages(factionsFileSchema.safeParse(data))).toMatch(/faction "middle-way" is missing/);
  });

  it("rejects a faction id outside the contract", () => {
    const data = valid() as unknown as { factions: { id: string }[] };
    data.factions[0]!.id = "hardliners";
    expect(messages(factionsFileSchema.safeParse(data))).toMatch(/unknown faction id "hardliners"/);
  });

  it("rejects a faction that leaves a dimension unscored instead of null", () => {
    const data = valid();
    data.factions[2]!.scores = data.factions[2]!.scores.filter(
      (s) => s.dimension !== "energy-rivalry-concern",
    );
    expect(messages(factionsFileSchema.safeParse(data))).toMatch(
      /dimension "energy-rivalry-concern" has no score: add one, with value null/,
    );
  });

  it("rejects a missing required dimension", () => {
    const data = valid();
    data.dimensions = data.dimensions.filter((d) => d.id !== "arms-dependence");
    expect(messages(factionsFileSchema.safeParse(data))).toMatch(
      /required dimension "arms-dependence" is missing/,
    );
  });

  it("rejects a person with no evidence for their placement", () => {
    const data = valid();
    data.factions[0]!.people[0]!.evidence = [];
    expect(messages(factionsFileSchema.safeParse(data))).toMatch(
      /people\.0\.evidence: each person needs evidence/,
    );
  });
});

describe("footnotes", () => {
  it("rejects a missing footnote that carries a link", () => {
    const r = footnoteSchema.safeParse({
      number: 72,
      citation: "x",
      url: "https://example.org",
      urls: [],
      missing: true,
    });
    expect(messages(r)).toMatch(/missing footnote cannot carry a link/);
  });

  it("requires every footnote 1–99, with only [72] and [73] marked missing", async () => {
    const { default: sources } = await import("@/data/sources.json");
    const without50 = { footnotes: sources.footnotes.filter((f) => f.number !== 50) };
    expect(messages(sourcesFileSchema.safeParse(without50))).toMatch(/footnote \[50\] is absent/);
    const wrongMissing = structuredClone(sources);
    wrongMissing.footnotes[71]!.missing = false;
    expect(messages(sourcesFileSchema.safeParse(wrongMissing))).toMatch(
      /footnote \[72\] is absent from the paper's list: mark it missing/,
    );
  });

  it("rejects duplicate footnote numbers", () => {
    const f = { number: 3, citation: "Interview.", url: null, urls: [], missing: false };
    expect(messages(sourcesFileSchema.safeParse({ footnotes: [f, f] }))).toMatch(
      /duplicate footnote number 3/,
    );
  });
});

describe("dataset loading", () => {
  it("names the file, the path and the reason when a data file is bad", () => {
    const data = valid();
    data.factions[0]!.scores[0]!.value = 12;
    expect(() => parseDataset("data/factions.json", factionsFileSchema, data)).toThrow(
      DatasetError,
    );
    try {
      parseDataset("data/factions.json", factionsFileSchema, data);
    } catch (err) {
      expect((err as Error).message).toContain("data/factions.json");
      expect((err as Error).message).toContain(
        "factions.0.scores.0.value: score must be between 0 and 10",
      );
    }
  });

  it("formats root-level problems readably", () => {
    const r = factionsFileSchema.safeParse(42);
    expect(r.success).toBe(false);
    if (!r.success) expect(formatIssues(r.error)[0]).toMatch(/^\(root\): /);
  });
});
