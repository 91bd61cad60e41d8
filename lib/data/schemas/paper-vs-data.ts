import { z } from "zod";
import { externalSourceSchema, kebabCase, nonEmpty, paperEvidenceSchema } from "./common";
import { RECIPIENT_CATEGORIES } from "./arms-recipients";
import { TIV_RELEASES } from "@/lib/constants";

/**
 * The paper's SIPRI claims set against the data: computed from series and arms recipients at
 * run time (lib/views/paper-vs-data.ts), never stored, but held to this schema all the same.
 */

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

/** One release's answer to a claim: the same computation, on that release's series only. */
export const releaseRecomputationSchema = z.object({
  release: z.enum(TIV_RELEASES),
  computed: armsRatioComputedSchema,
  verdict: z.enum(VERDICTS),
  verdictReason: nonEmpty("verdictReason"),
  vintage: nonEmpty("vintage"),
});
export type ReleaseRecomputation = z.infer<typeof releaseRecomputationSchema>;

export const paperVsDataItemSchema = z.object({
  id: kebabCase,
  /** The SIPRI release the headline numbers and verdict come from. */
  release: z.enum(TIV_RELEASES),
  /** The claim recomputed on each release that covers its years, oldest first. */
  byRelease: z.array(releaseRecomputationSchema),
  /** Which releases could not be used for the claim, and why. */
  byReleaseNote: nonEmpty("byReleaseNote"),
  /** The paper's sentence, verbatim, with its section; footnote null where it is missing. */
  claim: paperEvidenceSchema,
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
