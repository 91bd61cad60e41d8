import { z } from "zod";
import { commaList } from "./api";
import { FACTION_IDS } from "@/lib/constants";
import { debateNoteSchema } from "@/lib/data/schemas/common";
import { dimensionSchema } from "@/lib/data/schemas/scores";
import { factionSchema } from "@/lib/data/schemas/factions";
import { footnoteSchema } from "@/lib/data/schemas/sources";
import { balancingActorSchema, balancingReferenceSchema } from "@/lib/data/schemas/balancing";
import {
  ARMS_REGISTER_RELEASES,
  FIGURE_KINDS,
  OUTCOME_TOPICS,
  OUTCOME_VERDICTS,
  SERIES_KINDS,
  SERIES_RELEASES,
  TIMELINE_CATEGORIES,
  TRADE_STATEMENT_KINDS,
  TRADE_STATEMENT_SCOPES,
} from "@/lib/constants";
import { armsRegisterSchema, armsVolumeYearSchema } from "@/lib/data/schemas/arms-deals";
import { figureSchema } from "@/lib/data/schemas/figures";
import { paperVsDataSchema } from "@/lib/data/schemas/paper-vs-data";
import { seriesSchema } from "@/lib/data/schemas/series";
import { syriaIssueSchema } from "@/lib/data/schemas/syria";
import { outcomeSchema } from "@/lib/data/schemas/outcomes";
import { tradeStatementSchema } from "@/lib/data/schemas/trade-statements";
import { timelineEventSchema } from "@/lib/data/schemas/timeline";
import { PARTY_IDS } from "@/lib/data/parties";
import { dateSpan, isRealDate } from "@/lib/views/filters";

const dateSpanStart = (iso: string) => dateSpan(iso)[0];
const dateSpanEnd = (iso: string) => dateSpan(iso)[1];

/** Query and response schemas of the API routes (DESIGN.md's API contract). */

export const factionsQuerySchema = z.object({
  ids: commaList("faction id", FACTION_IDS).optional(),
});

export const factionsResponseSchema = z.object({
  dimensions: z.array(dimensionSchema),
  consensus: debateNoteSchema,
  arbiter: debateNoteSchema,
  outlook: debateNoteSchema,
  factions: z.array(factionSchema),
});
export type FactionsResponse = z.infer<typeof factionsResponseSchema>;

export const noQuerySchema = z.object({});

export const sourcesQuerySchema = z.object({
  number: z
    .string()
    .transform((s, ctx) => {
      const parts = s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean);
      const numbers = parts.map(Number);
      const bad = parts.find((p, i) => !/^\d{1,2}$/.test(p) || (numbers[i] ?? 0) < 1);
      if (parts.length === 0 || bad !== undefined) {
        ctx.addIssue({
          code: "custom",
          message: `number must be footnote numbers from 1 to 99, comma-separated (got "${(bad ?? s).slice(0, 40)}").`,
        });
        return z.NEVER;
      }
      return [...new Set(numbers)];
    })
    .optional(),
  missing: z
    .enum(["true", "false"], { error: 'missing must be "true" or "false".' })
    .transform((v) => v === "true")
    .optional(),
});

export const sourcesResponseSchema = z.object({ footnotes: z.array(footnoteSchema) });
export type SourcesResponse = z.infer<typeof sourcesResponseSchema>;

export const apiIndexSchema = z.object({
  endpoints: z.array(z.object({ path: z.string(), query: z.string(), returns: z.string() })),
});

// ——— Balancing, figures, series, timeline, Syria ———

const isoDateParam = (name: string) =>
  z
    .string()
    .refine(
      isRealDate,
      `${name} must be a date that exists, as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2015-09).`,
    );

export const balancingResponseSchema = z.object({
  dimensions: z.array(dimensionSchema),
  actors: z.array(balancingActorSchema),
  reference: balancingReferenceSchema,
});
export type BalancingResponse = z.infer<typeof balancingResponseSchema>;

export const figuresQuerySchema = z.object({
  kind: commaList("kind", FIGURE_KINDS).optional(),
  party: commaList("party", PARTY_IDS).optional(),
});
export const figuresResponseSchema = z.object({ figures: z.array(figureSchema) });
export type FiguresResponse = z.infer<typeof figuresResponseSchema>;

export function seriesQuerySchema(ids: readonly string[]) {
  return z.object({
    id: commaList("series id", ids).optional(),
    kind: commaList("series kind", SERIES_KINDS).optional(),
    party: commaList("party", PARTY_IDS).optional(),
    // Military expenditure and TIV come in several SIPRI releases that revise past years (milex
    // also at different price bases); asking for one release is how a client gets figures it
    // may draw on one axis.
    release: commaList("release", SERIES_RELEASES).optional(),
  });
}
export const seriesResponseSchema = z.object({
  series: z.array(seriesSchema),
  paperVersusData: paperVsDataSchema,
});
export type SeriesResponse = z.infer<typeof seriesResponseSchema>;

// One register release per block: a client that asks for one gets deals it may cite as one release.
export const armsDealsQuerySchema = z.object({
  release: commaList("register release", ARMS_REGISTER_RELEASES).optional(),
});
export const armsDealsResponseSchema = z.object({
  unit: z.literal("tiv_m"),
  registers: z.array(armsRegisterSchema),
  latestYear: armsVolumeYearSchema,
});
export type ArmsDealsResponse = z.infer<typeof armsDealsResponseSchema>;

export function timelineQuerySchema(threads: readonly string[]) {
  return z
    .object({
      category: commaList("category", TIMELINE_CATEGORIES).optional(),
      actor: commaList("actor", PARTY_IDS).optional(),
      thread: z
        .string()
        .refine((t) => threads.includes(t), {
          error: `Unknown thread. Valid values: ${threads.join(", ")}.`,
        })
        .optional(),
      from: isoDateParam("from").optional(),
      to: isoDateParam("to").optional(),
      period: z
        .enum(["paper", "after"], {
          error:
            'period is "paper" (dated or expected in the paper) or "after" (reported after it).',
        })
        .optional(),
    })
    .refine((q) => !q.from || !q.to || dateSpanStart(q.from) <= dateSpanEnd(q.to), {
      error: "from is later than to: give an earlier from, or swap the two dates.",
    });
}
export const timelineResponseSchema = z.object({ events: z.array(timelineEventSchema) });
export type TimelineResponse = z.infer<typeof timelineResponseSchema>;

export const syriaQuerySchema = z.object({
  alignment: commaList("alignment", ["converge", "diverge", "mixed"] as const).optional(),
});
export const syriaResponseSchema = z.object({ issues: z.array(syriaIssueSchema) });
export type SyriaResponse = z.infer<typeof syriaResponseSchema>;

export const outcomesQuerySchema = z.object({
  verdict: commaList("verdict", OUTCOME_VERDICTS).optional(),
  topic: commaList("topic", OUTCOME_TOPICS).optional(),
});
export const outcomesResponseSchema = z.object({ outcomes: z.array(outcomeSchema) });
export type OutcomesResponse = z.infer<typeof outcomesResponseSchema>;

export const tradeStatementsQuerySchema = z.object({
  kind: commaList("kind", TRADE_STATEMENT_KINDS).optional(),
  scope: commaList("scope", TRADE_STATEMENT_SCOPES).optional(),
});
export const tradeStatementsResponseSchema = z.object({
  statements: z.array(tradeStatementSchema),
});
