import { z } from "zod";
import { duplicates, evidenceSchema, kebabCase, nonEmpty } from "./common";

/**
 * Scored axes, shared by the two radar datasets (Iran's camps and Moscow's balancing): the
 * dimensions, one coded score per item and axis, and the check that every axis is scored once.
 */

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

/** Checks that a set of scored items covers every dimension exactly once. */
export function checkScores(
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
