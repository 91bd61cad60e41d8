import { z } from "zod";
import {
  FIGURE_QUALIFIERS,
  TRADE_STATEMENT_KINDS,
  TRADE_STATEMENT_SCOPES,
  TRADE_STATEMENT_SPEAKERS,
} from "@/lib/constants";
import { isoDateSchema, kebabCase, listFileSchema, nonEmpty, storedEvidenceSchema } from "./common";

/**
 * data/trade-statements.json: trade figures officials (and the press citing official data) state
 * for 2022–2025, coded from stored public documents. A figure stays as stated: its number, unit
 * and period, its hedge ("about", "at least"), in the currency the speaker used. These are no
 * statistical series: they carry no year-by-year points and are never joined to a DOTS line.
 */

export const statedFigureSchema = z
  .object({
    /** A level of turnover, or its rise or fall against an earlier period (value unsigned, as stated). */
    measure: z.enum(["level", "increase", "decrease"]),
    value: z.number().finite(),
    unit: z.enum(["usd_bn", "percent"]),
    qualifier: z.enum(FIGURE_QUALIFIERS),
    /** The figure's words exactly as the quote has them, e.g. "$4.9bn" or "на 13 процентов". */
    statedAs: nonEmpty("statedAs"),
    /** The period the figure covers, in our words ("2024, January–September"); "not stated" when the source gives none. */
    period: nonEmpty("period"),
    /** Whether the period is a full calendar year: a nine-month total is not a year's. */
    fullYear: z.boolean(),
    /** The speaker's hedges, in the quote's words ("could", "at least", "approximately"). */
    hedges: z.array(nonEmpty("hedge")).optional(),
  })
  .strict()
  .refine((f) => !/\d/.test(f.statedAs) || f.statedAs.includes(String(f.value)), {
    error: "a figure stated in digits keeps its number: statedAs must contain the value",
    path: ["statedAs"],
  });
export type StatedFigure = z.infer<typeof statedFigureSchema>;

export const tradeStatementSchema = z
  .object({
    id: kebabCase,
    kind: z.enum(TRADE_STATEMENT_KINDS),
    scope: z.enum(TRADE_STATEMENT_SCOPES),
    speaker: z
      .object({
        /** The person or body as the source names them. */
        name: nonEmpty("name"),
        role: nonEmpty("role"),
        type: z.enum(TRADE_STATEMENT_SPEAKERS),
      })
      .strict(),
    /** When the statement was made, as far as the source dates it; "undated" when it does not. */
    date: z.union([isoDateSchema, z.literal("undated")]),
    /** How the date was read, when the page itself gives no full date. */
    dateNote: nonEmpty("dateNote").optional(),
    figures: z.array(statedFigureSchema).min(1),
    /** What the statement is and is not, and its hedges, in our words. */
    caveat: nonEmpty("caveat"),
    /**
     * How far the figure can be taken as what was said: high for an official's words quoted
     * directly, medium for reported speech or one outlet's summary, low for a conditional
     * expectation from someone outside government.
     */
    confidence: z.enum(["high", "medium", "low"]),
    evidence: z.array(storedEvidenceSchema).min(1),
  })
  .strict()
  .superRefine((s, ctx) => {
    // The figure must be in the words quoted, so a reader can check it against the document.
    s.figures.forEach((f, i) => {
      (f.hedges ?? []).forEach((h, j) => {
        if (!s.evidence.some((e) => e.quote.includes(h))) {
          ctx.addIssue({
            code: "custom",
            path: ["figures", i, "hedges", j],
            message: `hedge "${h}" is not in any of the statement's quotes`,
          });
        }
      });
      if (!s.evidence.some((e) => e.quote.includes(f.statedAs))) {
        ctx.addIssue({
          code: "custom",
          path: ["figures", i, "statedAs"],
          message: `"${f.statedAs}" is not in any of the statement's quotes`,
        });
      }
    });
  });
export type TradeStatement = z.infer<typeof tradeStatementSchema>;

export const tradeStatementsFileSchema = listFileSchema("statements", tradeStatementSchema);
export type TradeStatementsFile = z.infer<typeof tradeStatementsFileSchema>;
