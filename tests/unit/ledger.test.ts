import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OUTCOME_TOPICS, OUTCOME_VERDICTS } from "@/lib/constants";
import { outcomesFileSchema, type Outcome } from "@/lib/data/schemas/outcomes";
import { storedSourcesFileSchema } from "@/lib/data/schemas/stored-sources";
import {
  filterOutcomes,
  ledgerHeadline,
  ledgerView,
  parseLedgerState,
  serialiseLedgerState,
  verdictCounts,
} from "@/lib/views/ledger";
import { GET } from "@/app/api/outcomes/route";

const { outcomes } = outcomesFileSchema.parse(
  JSON.parse(readFileSync("data/outcomes.json", "utf8")),
);
const stored = new Map(
  storedSourcesFileSchema
    .parse(JSON.parse(readFileSync("data/stored-sources.json", "utf8")))
    .sources.map((s) => [s.id, s]),
);

/** A minimal valid entry to vary in the schema tests. */
const base: Outcome = {
  id: "x",
  topic: "arms",
  title: "T",
  expectation: {
    text: "E",
    voice: "authors",
    evidence: [
      {
        attribution: { kind: "authors" },
        section: "Summary",
        footnote: null,
        quote: "some words",
      },
    ],
  },
  verdict: "held",
  outcome: {
    summary: "S",
    evidence: [{ sourceId: "doc-a", quote: "one two three four five" }],
  },
  rationale: "R",
  confidence: "medium",
  asOf: "2024-01",
};
const errors = (o: unknown) => {
  const r = outcomesFileSchema.safeParse({ outcomes: [o] });
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("the ledger's schema", () => {
  it("accepts a judged expectation with quotes on both sides", () => {
    expect(errors(base)).toEqual([]);
  });

  it("refuses a settled verdict without a stored document behind what happened", () => {
    expect(errors({ ...base, outcome: { summary: "S", evidence: [] } }).join()).toMatch(
      /needs at least one stored document/,
    );
  });

  it("refuses 'not anticipated' with an expectation, and a verdict without one", () => {
    expect(errors({ ...base, verdict: "not-anticipated" }).join()).toMatch(/expectation: null/);
    expect(errors({ ...base, expectation: null }).join()).toMatch(/quote it/);
  });

  it("lets 'too early' rest on no document only when it names the one that would settle it", () => {
    const early = { ...base, verdict: "too-early", outcome: { summary: "S", evidence: [] } };
    expect(errors(early).join()).toMatch(/name the document/);
    expect(errors({ ...early, outcome: { ...early.outcome, missing: "A report" } })).toEqual([]);
  });
});

describe("the ledger's data", () => {
  it("has every verdict kind the issue asks for, and covers every topic", () => {
    for (const topic of OUTCOME_TOPICS)
      expect(
        outcomes.some((o) => o.topic === topic),
        topic,
      ).toBe(true);
    for (const verdict of ["held", "not-held", "mixed", "not-anticipated"] as const)
      expect(
        outcomes.some((o) => o.verdict === verdict),
        verdict,
      ).toBe(true);
  });

  it("quotes the paper for every expectation and a stored document for every settled verdict", () => {
    for (const o of outcomes) {
      if (o.verdict === "not-anticipated") expect(o.expectation, o.id).toBeNull();
      else expect(o.expectation?.evidence.length, o.id).toBeGreaterThan(0);
      if (!["too-early", "not-testable"].includes(o.verdict))
        expect(
          o.outcome.evidence.some((e) => "sourceId" in e),
          o.id,
        ).toBe(true);
    }
  });

  it("dates each entry no earlier than the latest dated document it cites", () => {
    for (const o of outcomes) {
      for (const e of o.outcome.evidence) {
        if (!("sourceId" in e)) continue;
        const date = stored.get(e.sourceId)?.date;
        expect(
          date,
          `${o.id} cites ${e.sourceId}, which data/stored-sources.json lacks`,
        ).toBeDefined();
        if (!date || date === "undated") continue;
        const n = Math.min(date.length, o.asOf.length);
        expect(date.slice(0, n) <= o.asOf.slice(0, n), `${o.id}: ${e.sourceId} (${date})`).toBe(
          true,
        );
      }
    }
  });
});

describe("the ledger view", () => {
  it("counts each verdict, zeros included, and says the bottom line from the counts", () => {
    const counts = verdictCounts(outcomes);
    expect(counts.map((c) => c.verdict)).toEqual([...OUTCOME_VERDICTS]);
    expect(counts.reduce((a, c) => a + c.n, 0)).toBe(outcomes.length);
    const held = outcomes.filter((o) => o.verdict === "held").length;
    expect(ledgerHeadline(outcomes)).toContain(`${held} held`);
  });

  it("filters by verdict and topic together, and names the filter in its title", () => {
    const state = { verdict: ["mixed" as const], topic: [] };
    const view = ledgerView(outcomes, state);
    expect(view.shown.every((o) => o.verdict === "mixed")).toBe(true);
    expect(view.shown.length).toBe(outcomes.filter((o) => o.verdict === "mixed").length);
    expect(view.title).toMatch(/mixed/);
    expect(view.token).toBe("ledger?verdict=mixed");
    expect(
      filterOutcomes(outcomes, { verdict: [], topic: ["arms"] }).every((o) => o.topic === "arms"),
    ).toBe(true);
  });

  it("reads a link's state, keeps the valid part of a bad one and says what it dropped", () => {
    const { state, notices } = parseLedgerState({ verdict: "held,proven", topic: "arms" });
    expect(state).toEqual({ verdict: ["held"], topic: ["arms"] });
    expect(notices.join()).toMatch(/Unknown verdict "proven"/);
    expect(serialiseLedgerState(state)).toBe("verdict=held&topic=arms");
    expect(parseLedgerState({ verdicts: "held" }).notices.join()).toMatch(/ignored/);
  });
});

describe("/api/outcomes", () => {
  it("answers the entries of a verdict, and 400 with a reason to an unknown one", async () => {
    const ok = GET(new Request("http://localhost/api/outcomes?verdict=held,mixed"));
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { outcomes: Outcome[] };
    expect(body.outcomes.length).toBe(
      outcomes.filter((o) => o.verdict === "held" || o.verdict === "mixed").length,
    );
    const bad = GET(new Request("http://localhost/api/outcomes?topic=weather"));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/topic/);
  });
});
