import { z } from "zod";
import { isRealDate } from "@/lib/views/filters";
import { PARTY_IDS } from "./parties";
import {
  FIGURE_KINDS,
  FIGURE_QUALIFIERS,
  FIGURE_UNITS,
  SERIES_KINDS,
  SERIES_UNITS,
  TIMELINE_CATEGORIES,
  SYRIA_GROUPS,
} from "@/lib/constants";

export {
  FIGURE_KINDS,
  FIGURE_QUALIFIERS,
  FIGURE_UNITS,
  SERIES_KINDS,
  SERIES_UNITS,
  TIMELINE_CATEGORIES,
};
import {
  debateNoteSchema,
  dimensionSchema,
  duplicates,
  evidenceSchema,
  kebabCase,
  nonEmpty,
  requireIds,
  scoreSchema,
  type Score,
} from "./schemas";

/**
 * Schemas of the analytic datasets beyond the factions (DESIGN.md): Moscow's balancing act,
 * figures from the paper, series from external data, the timeline and the Syria issues.
 */

export const REQUIRED_BALANCING_DIMENSIONS = [
  "leverage-over-moscow",
  "russian-accommodation",
  "friction-with-iran",
  "economic-stakes",
  "syria-alignment-with-moscow",
] as const;
export const REQUIRED_BALANCING_ACTORS = ["israel", "saudi-arabia", "turkey"] as const;

export const partyIdSchema = z.enum(PARTY_IDS, {
  error: (issue) =>
    `unknown party ${JSON.stringify(issue.input)}: use an id from lib/data/parties.ts (add it there first if it is new)`,
});

/** ISO dates at the precision the source gives: a year, a month or a day. */
export const isoDateSchema = z
  .string()
  .refine(isRealDate, "date must be YYYY, YYYY-MM or YYYY-MM-DD, naming a day that exists");

const evidenceList = z.array(evidenceSchema).min(1, "give at least one evidence item");

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

/** Checks that a set of scored items covers every dimension exactly once. */
function checkScores(
  ctx: z.RefinementCtx,
  dimIds: string[],
  items: { scores: Score[] }[],
  key: string,
) {
  items.forEach((item, i) => {
    const scored = item.scores.map((s) => s.dimension);
    item.scores.forEach((s, si) => {
      if (!dimIds.includes(s.dimension)) {
        ctx.addIssue({
          code: "custom",
          path: [key, i, "scores", si, "dimension"],
          message: `unknown dimension "${s.dimension}": declare it under "dimensions" first`,
        });
      }
    });
    for (const id of duplicates(scored)) {
      ctx.addIssue({
        code: "custom",
        path: [key, i, "scores"],
        message: `dimension "${id}" is scored twice`,
      });
    }
    for (const id of dimIds) {
      if (!scored.includes(id)) {
        ctx.addIssue({
          code: "custom",
          path: [key, i, "scores"],
          message: `dimension "${id}" has no score: add one, with value null if the paper is silent`,
        });
      }
    }
  });
}

function checkUniqueIds(ctx: z.RefinementCtx, ids: string[], key: string) {
  for (const id of duplicates(ids)) {
    ctx.addIssue({ code: "custom", path: [key], message: `duplicate id "${id}"` });
  }
}

/** A data file holding one list of items with unique ids: `{ $schema?, <key>: item[] }`. */
function listFileSchema<K extends string, T extends z.ZodType<{ id: string }>>(key: K, item: T) {
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

// ——— Moscow's balancing act ———

export const balancingActorSchema = z.object({
  id: kebabCase,
  name: nonEmpty("name"),
  summary: nonEmpty("summary"),
  /** What the actor holds over Moscow: what Russia wants from it or fears losing. */
  holds: statedSchema,
  /** What Moscow concedes or offers it, often at Tehran's expense. */
  concessions: statedSchema,
  iranResponse: statedSchema,
  scores: z.array(scoreSchema),
});
export type BalancingActor = z.infer<typeof balancingActorSchema>;

/** Iran scored on the same axes, for reference only where the paper allows (else null). */
export const balancingReferenceSchema = z.object({
  id: z.literal("iran"),
  name: nonEmpty("name"),
  note: nonEmpty("note"),
  scores: z.array(scoreSchema),
});
export type BalancingReference = z.infer<typeof balancingReferenceSchema>;

export const balancingFileSchema = z
  .object({
    $schema: z.string().optional(),
    dimensions: z.array(dimensionSchema).min(1),
    actors: z.array(balancingActorSchema).min(1),
    reference: balancingReferenceSchema,
  })
  .superRefine((file, ctx) => {
    const dimIds = file.dimensions.map((d) => d.id);
    checkUniqueIds(ctx, dimIds, "dimensions");
    requireIds(
      ctx,
      dimIds,
      REQUIRED_BALANCING_DIMENSIONS,
      "dimensions",
      (id) => `required dimension "${id}" is missing`,
    );
    const actorIds = file.actors.map((a) => a.id);
    checkUniqueIds(ctx, actorIds, "actors");
    requireIds(
      ctx,
      actorIds,
      REQUIRED_BALANCING_ACTORS,
      "actors",
      (id) => `actor "${id}" is missing: the contract needs Israel, Saudi Arabia and Turkey`,
    );
    checkScores(ctx, dimIds, file.actors, "actors");
    checkScores(ctx, dimIds, [file.reference], "reference");
  });
export type BalancingFile = z.infer<typeof balancingFileSchema>;

// ——— External sources, figures and series ———

export const externalSourceSchema = z.object({
  publisher: nonEmpty("publisher"),
  dataset: nonEmpty("dataset"),
  vintage: nonEmpty("vintage"),
  licence: nonEmpty("licence"),
  url: z.url().optional(),
});
export type ExternalSource = z.infer<typeof externalSourceSchema>;

export const figureSchema = z
  .object({
    id: kebabCase,
    label: nonEmpty("label"),
    kind: z.enum(FIGURE_KINDS),
    value: z.number().finite(),
    unit: z.enum(FIGURE_UNITS),
    qualifier: z.enum(FIGURE_QUALIFIERS),
    date: isoDateSchema,
    parties: z.array(partyIdSchema).min(1),
    /** What the number is and is not, in our words: status, period, who reported it. */
    caveat: nonEmpty("caveat").optional(),
    evidence: evidenceList.optional(),
    source: externalSourceSchema.optional(),
  })
  .refine((f) => (f.evidence === undefined) !== (f.source === undefined), {
    error: "a figure carries exactly one of evidence (from the paper) or source (external data)",
    path: ["evidence"],
  });
export type Figure = z.infer<typeof figureSchema>;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const figuresFileSchema = listFileSchema("figures", figureSchema);
export type FiguresFile = z.infer<typeof figuresFileSchema>;

export const seriesPointSchema = z.object({
  year: z.number().int().min(1950).max(2030),
  /** null: the source has no value for the year (drawn as a gap, never as zero). */
  value: z.number().finite().nullable(),
  /** DOTS marks cells it derived from partner data with "e". */
  estimated: z.boolean().optional(),
  note: nonEmpty("note").optional(),
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

export const seriesSchema = z
  .object({
    id: kebabCase,
    label: nonEmpty("label"),
    unit: z.enum(SERIES_UNITS),
    kind: z.enum(SERIES_KINDS),
    parties: z.array(partyIdSchema).min(1),
    /** For trade flows: Iran's exports to, or imports from, the partner. */
    flow: z.enum(["exports", "imports"]).optional(),
    /** Where in the source file the row comes from (sheet, row label), so a reader can check it. */
    sourceRow: nonEmpty("sourceRow"),
    source: externalSourceSchema,
    points: z.array(seriesPointSchema).min(1),
  })
  .superRefine((s, ctx) => {
    const years = s.points.map((p) => p.year);
    if (years.some((y, i) => i > 0 && y <= (years[i - 1] ?? 0))) {
      ctx.addIssue({
        code: "custom",
        path: ["points"],
        message: "points must be in increasing year order with no repeated year",
      });
    }
    if (s.kind === "trade-flow" && !s.flow) {
      ctx.addIssue({
        code: "custom",
        path: ["flow"],
        message: "a trade flow says whether it is exports or imports",
      });
    }
  });
export type Series = z.infer<typeof seriesSchema>;
export type SeriesKind = (typeof SERIES_KINDS)[number];

// ——— Timeline ———

export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];

export const timelineEventSchema = z.object({
  id: kebabCase,
  date: isoDateSchema,
  title: nonEmpty("title"),
  summary: nonEmpty("summary"),
  actors: z.array(partyIdSchema).min(1),
  category: z.enum(TIMELINE_CATEGORIES),
  /** What the paper expects to happen after it was written (September 2016). */
  expected: z.boolean().optional(),
  /**
   * How the paper frames a later date when "expected" says too much: e.g. a date set by one
   * side's reading of a UN resolution, which is no forecast of the paper's.
   */
  outlookLabel: nonEmpty("outlookLabel").optional(),
  /** Events of one story (the S-300 saga) share a thread id so they read as one. */
  thread: kebabCase.optional(),
  evidence: evidenceList,
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineFileSchema = listFileSchema("events", timelineEventSchema).superRefine(
  (file, ctx) => {
    const dates = file.events.map((e) => e.date);
    if (dates.some((d, i) => i > 0 && d < (dates[i - 1] ?? ""))) {
      ctx.addIssue({ code: "custom", path: ["events"], message: "events must be in date order" });
    }
  },
);
export type TimelineFile = z.infer<typeof timelineFileSchema>;

// ——— Syria ———

export const syriaPositionSchema = z.object({
  position: nonEmpty("position"),
  evidence: evidenceList,
});

export const syriaIssueSchema = z.object({
  id: kebabCase,
  issue: nonEmpty("issue"),
  /**
   * What kind of issue it is, so a repaired 2016 episode is not counted like a core aim:
   * the shared core aims, episodes of 2016, longer-term questions, and third states.
   */
  group: z.enum(SYRIA_GROUPS),
  russia: syriaPositionSchema,
  iran: syriaPositionSchema,
  alignment: z.enum(["converge", "diverge", "mixed"]),
  /** Why we read the two positions as converging, diverging or mixed. */
  rationale: nonEmpty("rationale"),
  confidence: z.enum(["low", "medium", "high"]),
});
export type SyriaIssue = z.infer<typeof syriaIssueSchema>;

export const syriaFileSchema = listFileSchema("issues", syriaIssueSchema).and(
  z.object({
    /** The paper's own net judgement on the partnership in Syria, in the authors' words. */
    judgement: debateNoteSchema,
  }),
);
export type SyriaFile = z.infer<typeof syriaFileSchema>;

export const seriesFileSchema = listFileSchema("series", seriesSchema);
export type SeriesFile = z.infer<typeof seriesFileSchema>;

// ——— Arms recipients: every recipient of one supplier, for rankings ———

/**
 * SIPRI marks non-state actors with "*" and international organisations with "**" after the
 * name; a ranking of countries must be able to set those rows (and "Unknown recipient(s)") apart.
 */
export const RECIPIENT_CATEGORIES = [
  "state",
  "non-state-actor",
  "international-organisation",
  "unknown",
] as const;
export type RecipientCategory = (typeof RECIPIENT_CATEGORIES)[number];

export const armsRecipientSchema = z.object({
  id: kebabCase,
  name: nonEmpty("name"),
  /** The row label exactly as the source table has it, markers included ("NATO**"). */
  sourceRow: nonEmpty("sourceRow"),
  category: z.enum(RECIPIENT_CATEGORIES),
  /** The party id, where lib/data/parties.ts knows the recipient. */
  party: partyIdSchema.optional(),
  points: z.array(seriesPointSchema).min(1),
});
export type ArmsRecipient = z.infer<typeof armsRecipientSchema>;

export const armsRecipientsFileSchema = z
  .object({
    $schema: z.string().optional(),
    supplier: partyIdSchema,
    unit: z.literal("tiv_m"),
    /** The source table the rows come from. */
    sourceFile: nonEmpty("sourceFile"),
    source: externalSourceSchema,
    from: z.number().int().min(1950).max(2030),
    to: z.number().int().min(1950).max(2030),
    recipients: z.array(armsRecipientSchema).min(1),
  })
  .superRefine((file, ctx) => {
    checkUniqueIds(
      ctx,
      file.recipients.map((r) => r.id),
      "recipients",
    );
    const expected = Array.from({ length: file.to - file.from + 1 }, (_, i) => file.from + i);
    file.recipients.forEach((r, i) => {
      // Rankings sum every recipient over the same years, so each row must cover them all.
      const years = r.points.map((p) => p.year);
      if (years.join() !== expected.join()) {
        ctx.addIssue({
          code: "custom",
          path: ["recipients", i, "points"],
          message: `points must cover every year from ${file.from} to ${file.to} once, in order`,
        });
      }
      // In a SIPRI TIV table an empty cell is a recorded zero, so a TIV row never has a gap.
      r.points.forEach((p, pi) => {
        if (p.value === null) {
          ctx.addIssue({
            code: "custom",
            path: ["recipients", i, "points", pi, "value"],
            message: "a TIV table has no gaps: an empty cell means no deliveries, stored as 0",
          });
        }
      });
    });
  });
export type ArmsRecipientsFile = z.infer<typeof armsRecipientsFileSchema>;

// ——— Paper versus data ———

export const VERDICTS = ["consistent", "partly-consistent", "inconsistent"] as const;
export type Verdict = (typeof VERDICTS)[number];

const yearSchema = z.number().int().min(1950).max(2030);

export const rankedRecipientSchema = z.object({
  id: kebabCase,
  name: nonEmpty("name"),
  category: z.enum(RECIPIENT_CATEGORIES),
  total: z.number().finite(),
  /** Competition ranking (1, 2, 2, 4): recipients with equal totals share a rank. */
  rank: z.number().int().min(1),
});
export type RankedRecipient = z.infer<typeof rankedRecipientSchema>;

export const armsRatioComputedSchema = z.object({
  kind: z.literal("arms-ratio"),
  from: yearSchema,
  to: yearSchema,
  russiaToIran: z.number().finite(),
  chinaToIran: z.number().finite(),
  /** Russia ÷ China; null when China delivered nothing (no ratio to speak of). */
  ratio: z.number().finite().nullable(),
});

export const recipientRankComputedSchema = z.object({
  kind: z.literal("recipient-rank"),
  from: yearSchema,
  to: yearSchema,
  iranTotal: z.number().finite(),
  iranRank: z.number().int().min(1),
  recipientCount: z.number().int().min(1),
  /** Recipients with any recorded deliveries in the window. */
  recipientsWithDeliveries: z.number().int().min(0),
  top: z.array(rankedRecipientSchema),
  /** The countries the paper names, with how many times Iran's total each received. */
  named: z.array(rankedRecipientSchema.extend({ timesIran: z.number().finite().nullable() })),
  /** Iran's rank when "the past decade" ends a year earlier or later. */
  sensitivity: z.array(
    z.object({
      from: yearSchema,
      to: yearSchema,
      iranTotal: z.number().finite(),
      iranRank: z.number().int().min(1),
    }),
  ),
});

export const paperVsDataItemSchema = z.object({
  id: kebabCase,
  /** The paper's sentence, verbatim, with its section; footnote null where it is missing. */
  claim: evidenceSchema,
  /** The footnote the sentence cites, and whether the paper's list lacks it ([72], [73]). */
  citedFootnote: z.number().int().min(1).max(99),
  footnoteMissing: z.boolean(),
  paperSays: nonEmpty("paperSays"),
  dataSays: nonEmpty("dataSays"),
  computed: z.discriminatedUnion("kind", [armsRatioComputedSchema, recipientRankComputedSchema]),
  verdict: z.enum(VERDICTS),
  /** The rule that turned the numbers into the verdict, in words. */
  verdictReason: nonEmpty("verdictReason"),
  whyVintagesDiffer: nonEmpty("whyVintagesDiffer"),
  source: externalSourceSchema,
});
export type PaperVsDataItem = z.infer<typeof paperVsDataItemSchema>;

export const paperVsDataSchema = z.array(paperVsDataItemSchema);
