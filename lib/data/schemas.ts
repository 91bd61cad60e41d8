import { z } from "zod";
import { PAPER_SECTIONS } from "./paper-sections";
import { countWords } from "./normalise";

/**
 * The data contract of DESIGN.md. Every type the app uses is inferred from these schemas,
 * so a data file, an API answer and a component prop cannot drift apart.
 */

export const MAX_QUOTE_WORDS = 40;
export const PAPER_FOOTNOTE_COUNT = 99;
/** Cited in the paper's text but absent from its footnote list. */
export const MISSING_FOOTNOTES: readonly number[] = [72, 73];
export { FACTION_IDS } from "@/lib/constants";
import { FACTION_IDS } from "@/lib/constants";
export const REQUIRED_FACTION_DIMENSIONS = [
  "alignment-with-moscow",
  "arms-dependence",
  "western-opening",
  "distrust-of-russia",
  "syria-military-cooperation",
  "economy-of-resistance",
  "supplier-diversification",
  "energy-rivalry-concern",
] as const;

export const kebabCase = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (lower-case words joined by '-')");

export const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/**
 * Whose claim a quote carries. The paper's authors speak in their own voice in some sentences and
 * report others' views in the rest; an analyst repeating a line must know which, so every quote
 * says: the authors, one of Iran's camps, a named person, or a source the paper reports (an
 * interviewee, "some in Moscow", Iranian media) without endorsing it.
 */
export const ATTRIBUTION_KINDS = ["authors", "camp", "person", "reported"] as const;
export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];
export const attributionSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("authors") }).strict(),
    z.object({ kind: z.literal("camp"), who: z.enum(FACTION_IDS) }).strict(),
    z.object({ kind: z.literal("person"), who: nonEmpty("who (the person's name)") }).strict(),
    z.object({ kind: z.literal("reported"), who: nonEmpty("who (the reported source)") }).strict(),
  ],
  {
    error: () =>
      `attribution.kind must be one of ${ATTRIBUTION_KINDS.join(", ")}; camp, person and reported also name "who"`,
  },
);
export type Attribution = z.infer<typeof attributionSchema>;

export const evidenceSchema = z.object({
  /** Whose claim the quote carries (see attributionSchema). */
  attribution: attributionSchema,
  section: z.enum(PAPER_SECTIONS, {
    error: (issue) =>
      `unknown section ${JSON.stringify(issue.input)}: use one of the paper's headings (lib/data/paper-sections.ts)`,
  }),
  footnote: z
    .number()
    .int("footnote must be a whole number")
    .min(1, "footnote numbers run from 1 to 99")
    .max(99, "footnote numbers run from 1 to 99")
    .nullable(),
  quote: nonEmpty("quote").refine((q) => countWords(q) <= MAX_QUOTE_WORDS, {
    error: (issue) =>
      `quote has ${countWords(String(issue.input))} words; at most ${MAX_QUOTE_WORDS} are allowed`,
  }),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const dimensionSchema = z.object({
  id: kebabCase,
  label: nonEmpty("label"),
  description: nonEmpty("description"),
  low: nonEmpty("low (what 0 means)"),
  high: nonEmpty("high (what 10 means)"),
});
export type Dimension = z.infer<typeof dimensionSchema>;

export const SCORE_BASES = ["stated", "inferred"] as const;
export type ScoreBasis = (typeof SCORE_BASES)[number];

export const confidenceSchema = z.enum(["low", "medium", "high"]);
export type Confidence = z.infer<typeof confidenceSchema>;

/** A second reader's check of a coded score; disagreement lowers confidence. */
export const reviewSchema = z.object({
  agrees: z.boolean(),
  note: nonEmpty("review note"),
});

export const scoreSchema = z
  .object({
    dimension: kebabCase,
    value: z
      .number()
      .min(0, "score must be between 0 and 10")
      .max(10, "score must be between 0 and 10")
      .nullable(),
    /**
     * "stated": the paper says where this item stands on the axis; "inferred": our reading of
     * indirect passages. A gap between two inferred (or one inferred) scores is flagged as such.
     */
    basis: z.enum(SCORE_BASES).optional(),
    /** The axis does not apply to this item (e.g. Iran's friction with itself): null, not "not stated". */
    notApplicable: z.literal(true).optional(),
    confidence: confidenceSchema,
    /** One line, own words: the camp's stance on this axis, used in the difference table. */
    gist: nonEmpty("gist"),
    rationale: nonEmpty("rationale"),
    evidence: z.array(evidenceSchema),
    review: reviewSchema.optional(),
  })
  .superRefine((score, ctx) => {
    if (score.value !== null && score.evidence.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["evidence"],
        message: `a score of ${score.value} needs at least one evidence item (or set value to null where the paper is silent)`,
      });
    }
    if (score.value !== null && score.basis === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["basis"],
        message:
          'a scored value needs basis: "stated" (the paper says it) or "inferred" (our reading)',
      });
    }
    if (score.value === null && score.basis !== undefined) {
      ctx.addIssue({ code: "custom", path: ["basis"], message: "a null score has no basis" });
    }
    if (score.notApplicable && score.value !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["notApplicable"],
        message: "a score that does not apply has value null",
      });
    }
    if (score.review && !score.review.agrees && score.confidence !== "low") {
      ctx.addIssue({
        code: "custom",
        path: ["confidence"],
        message: 'the second reader disagreed with this score, so its confidence must be "low"',
      });
    }
  });
export type Score = z.infer<typeof scoreSchema>;

export const personSchema = z.object({
  name: nonEmpty("name"),
  role: nonEmpty("role"),
  /** "stated": the paper puts the person in this camp; "inferred": our reading of it. */
  placement: z.enum(["stated", "inferred"]),
  evidence: z.array(evidenceSchema).min(1, "each person needs evidence for their placement"),
});
export type Person = z.infer<typeof personSchema>;

export const factionSchema = z.object({
  id: z.enum(FACTION_IDS, {
    error: (issue) =>
      `unknown faction id ${JSON.stringify(issue.input)}: use one of ${FACTION_IDS.join(", ")}`,
  }),
  name: nonEmpty("name"),
  shortName: nonEmpty("shortName"),
  summary: nonEmpty("summary"),
  base: z.array(nonEmpty("base entry")).min(1, "name at least one institutional base"),
  people: z.array(personSchema),
  scores: z.array(scoreSchema),
});
export type Faction = z.infer<typeof factionSchema>;
export type { FactionId } from "@/lib/constants";

/** One issue per id in `required` that `ids` lacks, at `key`, worded by `message`. */
export function requireIds(
  ctx: z.RefinementCtx,
  ids: readonly string[],
  required: readonly string[],
  key: string,
  message: (id: string) => string,
) {
  for (const id of required) {
    if (!ids.includes(id)) ctx.addIssue({ code: "custom", path: [key], message: message(id) });
  }
}

export function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/** A framing statement about the debate as a whole, in our words, on the paper's quotes. */
export const debateNoteSchema = z.object({
  summary: nonEmpty("summary"),
  evidence: z.array(evidenceSchema).min(1, "a framing statement needs the paper's words behind it"),
});
export type DebateNote = z.infer<typeof debateNoteSchema>;

/** The factions data file: cross-checks that no per-item schema can see. */
export const factionsFileSchema = z
  .object({
    $schema: z.string().optional(),
    dimensions: z.array(dimensionSchema).min(1),
    /** What the camps share: the paper frames a hedging debate inside a consensus. */
    consensus: debateNoteSchema,
    /** Who the arguments are aimed at: the Supreme Leader, placed in no camp. */
    arbiter: debateNoteSchema,
    /** Where the paper expects the debate to go. */
    outlook: debateNoteSchema,
    factions: z.array(factionSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const dimIds = file.dimensions.map((d) => d.id);
    for (const id of duplicates(dimIds)) {
      ctx.addIssue({
        code: "custom",
        path: ["dimensions"],
        message: `duplicate dimension id "${id}"`,
      });
    }
    requireIds(
      ctx,
      dimIds,
      REQUIRED_FACTION_DIMENSIONS,
      "dimensions",
      (id) => `required dimension "${id}" is missing`,
    );
    for (const id of FACTION_IDS) {
      if (!file.factions.some((f) => f.id === id)) {
        ctx.addIssue({
          code: "custom",
          path: ["factions"],
          message: `faction "${id}" is missing: the contract needs all three camps`,
        });
      }
    }
    for (const id of duplicates(file.factions.map((f) => f.id))) {
      ctx.addIssue({ code: "custom", path: ["factions"], message: `duplicate faction id "${id}"` });
    }
    file.factions.forEach((faction, fi) => {
      const scored = faction.scores.map((s) => s.dimension);
      faction.scores.forEach((score, si) => {
        if (!dimIds.includes(score.dimension)) {
          ctx.addIssue({
            code: "custom",
            path: ["factions", fi, "scores", si, "dimension"],
            message: `unknown dimension "${score.dimension}": declare it under "dimensions" first`,
          });
        }
      });
      for (const id of duplicates(scored)) {
        ctx.addIssue({
          code: "custom",
          path: ["factions", fi, "scores"],
          message: `dimension "${id}" is scored twice`,
        });
      }
      for (const id of dimIds) {
        if (!scored.includes(id)) {
          ctx.addIssue({
            code: "custom",
            path: ["factions", fi, "scores"],
            message: `dimension "${id}" has no score: add one, with value null if the paper is silent`,
          });
        }
      }
    });
  });
export type FactionsFile = z.infer<typeof factionsFileSchema>;

export const footnoteSchema = z
  .object({
    number: z.number().int().min(1).max(99),
    citation: nonEmpty("citation"),
    url: z.url().nullable(),
    urls: z.array(z.url()),
    missing: z.boolean(),
  })
  .refine((f) => !f.missing || f.url === null, {
    error: "a missing footnote cannot carry a link",
    path: ["url"],
  });
export type Footnote = z.infer<typeof footnoteSchema>;

export const sourcesFileSchema = z
  .object({
    $schema: z.string().optional(),
    footnotes: z.array(footnoteSchema),
  })
  .superRefine((file, ctx) => {
    const numbers = file.footnotes.map((f) => String(f.number));
    for (const n of duplicates(numbers)) {
      ctx.addIssue({
        code: "custom",
        path: ["footnotes"],
        message: `duplicate footnote number ${n}`,
      });
    }
    for (let n = 1; n <= PAPER_FOOTNOTE_COUNT; n += 1) {
      const f = file.footnotes.find((x) => x.number === n);
      if (!f) {
        ctx.addIssue({
          code: "custom",
          path: ["footnotes"],
          message: `footnote [${n}] is absent: list every footnote 1–${PAPER_FOOTNOTE_COUNT}`,
        });
      } else if (f.missing !== MISSING_FOOTNOTES.includes(n)) {
        ctx.addIssue({
          code: "custom",
          path: ["footnotes", file.footnotes.indexOf(f), "missing"],
          message: f.missing
            ? `footnote [${n}] is in the paper's list; it cannot be marked missing`
            : `footnote [${n}] is absent from the paper's list: mark it missing`,
        });
      }
    }
  });
export type SourcesFile = z.infer<typeof sourcesFileSchema>;

/** Formats Zod issues as "path: reason" lines a person editing a data file can act on. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join(".") : "(root)";
    return `${where}: ${issue.message}`;
  });
}
