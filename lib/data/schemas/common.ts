import { z } from "zod";
import { FACTION_IDS } from "@/lib/constants";
import { isRealDate } from "@/lib/views/filters";
import { countWords } from "../normalise";
import { PAPER_SECTIONS } from "../paper-sections";
import { PARTY_IDS } from "../parties";

/**
 * Building blocks every dataset's schema shares: string rules, the evidence a claim rests on,
 * stated stances, parties and dates, and the checks across a file's records. Each dataset's
 * own schema lives beside this file, one module per data file (DESIGN.md's data contract).
 */

export const MAX_QUOTE_WORDS = 40;

export const kebabCase = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (lower-case words joined by '-')");

export const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

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

export function checkUniqueIds(ctx: z.RefinementCtx, ids: string[], key: string) {
  for (const id of duplicates(ids)) {
    ctx.addIssue({ code: "custom", path: [key], message: `duplicate id "${id}"` });
  }
}

/** A data file holding one list of items with unique ids: `{ $schema?, <key>: item[] }`. */
export function listFileSchema<K extends string, T extends z.ZodType<{ id: string }>>(
  key: K,
  item: T,
) {
  const shape = { [key]: z.array(item).min(1) } as Record<K, z.ZodArray<T>>;
  return z
    .object({ $schema: z.string().optional() })
    .extend(shape)
    .superRefine((file, ctx) => {
      const items = (file as Record<K, { id: string }[]>)[key];
      checkUniqueIds(
        ctx,
        items.map((x) => x.id),
        key,
      );
    });
}

/** Formats Zod issues as "path: reason" lines a person editing a data file can act on. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join(".") : "(root)";
    return `${where}: ${issue.message}`;
  });
}

// ——— Evidence: the paper's (or, after it, a stored document's) words behind every claim ———

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

export const paperEvidenceSchema = z.object({
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
export type PaperEvidence = z.infer<typeof paperEvidenceSchema>;

/**
 * The fewest words a stored-document quote may have: the documents keep only fingerprints of
 * 5-word runs (DESIGN.md, "Quote matching (outside documents)"), so a shorter quote cannot be checked.
 */
export const MIN_STORED_QUOTE_WORDS = 5;

/**
 * A quote from a stored public document (../shared/sources/<sourceId>.md), for what happened
 * after the paper. The document's publisher, date, title and address come from
 * data/stored-sources.json, so an item names only which document and which words.
 */
export const storedEvidenceSchema = z
  .object({
    sourceId: kebabCase,
    quote: nonEmpty("quote").refine(
      (q) => countWords(q) >= MIN_STORED_QUOTE_WORDS && countWords(q) <= MAX_QUOTE_WORDS,
      {
        error: (issue) =>
          `quote has ${countWords(String(issue.input))} words; a stored-document quote needs ${MIN_STORED_QUOTE_WORDS} to ${MAX_QUOTE_WORDS}`,
      },
    ),
  })
  .strict();
export type StoredEvidence = z.infer<typeof storedEvidenceSchema>;

/** Evidence is either the paper's words or a stored document's (DESIGN.md's data contract). */
export const evidenceSchema = z.union([paperEvidenceSchema, storedEvidenceSchema], {
  // A failed union would only say "invalid input": name the kind the item meant to be (it has
  // a sourceId or not) and that kind's own problems, so an editor knows what to fix.
  error: (issue) => {
    if (issue.code !== "invalid_union") return undefined;
    const input: unknown = issue.input;
    const stored = typeof input === "object" && input !== null && "sourceId" in input;
    const branch = issue.errors[stored ? 1 : 0] ?? [];
    const detail = branch
      .map((i) => `${i.path.length ? `${i.path.map(String).join(".")}: ` : ""}${i.message}`)
      .join("; ");
    return detail
      ? `${stored ? "stored-document" : "paper"} evidence: ${detail}`
      : "evidence is either from the paper { attribution, section, footnote, quote } or from a stored document { sourceId, quote }";
  },
});
export type Evidence = PaperEvidence | StoredEvidence;

export const evidenceList = z.array(evidenceSchema).min(1, "give at least one evidence item");

/** A framing statement about the debate as a whole, in our words, on the paper's quotes. */
export const debateNoteSchema = z.object({
  summary: nonEmpty("summary"),
  evidence: z.array(evidenceSchema).min(1, "a framing statement needs the paper's words behind it"),
});
export type DebateNote = z.infer<typeof debateNoteSchema>;

/** A stance in our words, the quotes it rests on, or an explicit "the paper does not say". */
export const statedSchema = z
  .object({
    summary: nonEmpty("summary"),
    evidence: z.array(evidenceSchema),
    notStated: z.boolean().optional(),
  })
  .refine((s) => s.evidence.length > 0 || s.notStated === true, {
    error: "give evidence, or set notStated: true where the paper is silent",
    path: ["evidence"],
  });
export type Stated = z.infer<typeof statedSchema>;

// ——— Parties, dates and external sources ———

export const partyIdSchema = z.enum(PARTY_IDS, {
  error: (issue) =>
    `unknown party ${JSON.stringify(issue.input)}: use an id from lib/data/parties.ts (add it there first if it is new)`,
});

/** ISO dates at the precision the source gives: a year, a month or a day. */
export const isoDateSchema = z
  .string()
  .refine(isRealDate, "date must be YYYY, YYYY-MM or YYYY-MM-DD, naming a day that exists");

/** Who published a number the paper does not state (SIPRI, IMF), and which release it is. */
export const externalSourceSchema = z.object({
  publisher: nonEmpty("publisher"),
  dataset: nonEmpty("dataset"),
  vintage: nonEmpty("vintage"),
  licence: nonEmpty("licence"),
  url: z.url().optional(),
});
export type ExternalSource = z.infer<typeof externalSourceSchema>;
