import { z } from "zod";
import {
  evidenceSchema,
  isoDateSchema,
  kebabCase,
  listFileSchema,
  nonEmpty,
  paperEvidenceSchema,
} from "./common";
import { confidenceSchema } from "./scores";
import { OUTCOME_TOPICS, OUTCOME_VERDICTS } from "@/lib/constants";

export type OutcomeVerdict = (typeof OUTCOME_VERDICTS)[number];
export type OutcomeTopic = (typeof OUTCOME_TOPICS)[number];

/**
 * data/outcomes.json: the expectations ledger. Each entry holds one expectation, forecast or
 * conditional judgement of the paper (in its words, with section and footnote) against what
 * happened after September 2016 (in stored public documents' words), with a verdict we code.
 * Developments the paper did not see coming are entries without an expectation.
 */

/** Whose view the expectation is: the authors' own, or one the paper reports (an official, a camp). */
export const EXPECTATION_VOICES = ["authors", "reported"] as const;

export const outcomeSchema = z
  .object({
    id: kebabCase,
    topic: z.enum(OUTCOME_TOPICS),
    /** A short headline in our words, for the ledger's row and the slide. */
    title: nonEmpty("title"),
    expectation: z
      .object({
        /** The expectation in our words, keeping the paper's hedges ("likely", "could"). */
        text: nonEmpty("expectation.text"),
        /** Whether the authors expect it or the paper reports someone else expecting it. */
        voice: z.enum(EXPECTATION_VOICES),
        evidence: z.array(paperEvidenceSchema).min(1, "an expectation quotes the paper"),
      })
      .strict()
      .nullable(),
    verdict: z.enum(OUTCOME_VERDICTS),
    outcome: z
      .object({
        /** What happened, in our words, keeping the documents' hedges ("reportedly", "US officials say"). */
        summary: nonEmpty("outcome.summary"),
        evidence: z.array(evidenceSchema),
        /**
         * For a verdict the stored documents cannot settle: the document we would need (named
         * in the closing note), so a gap is visible rather than filled from memory.
         */
        missing: nonEmpty("outcome.missing").optional(),
      })
      .strict(),
    /** Why the verdict, in our words. */
    rationale: nonEmpty("rationale"),
    confidence: confidenceSchema,
    /** The date of the latest evidence the verdict rests on (YYYY, YYYY-MM or YYYY-MM-DD). */
    asOf: isoDateSchema,
  })
  .strict()
  .superRefine((o, ctx) => {
    const stored = o.outcome.evidence.filter((e) => "sourceId" in e).length;
    if (o.verdict === "not-anticipated") {
      if (o.expectation !== null)
        ctx.addIssue({
          code: "custom",
          path: ["expectation"],
          message: "a development the paper did not anticipate has expectation: null",
        });
    } else if (o.expectation === null) {
      ctx.addIssue({
        code: "custom",
        path: ["expectation"],
        message: `a "${o.verdict}" verdict judges one of the paper's expectations: quote it`,
      });
    }
    const settled = ["held", "not-held", "mixed", "not-anticipated"].includes(o.verdict);
    // A settled verdict rests on what happened after the paper, so it needs a stored document;
    // "too early" and "not testable" may rest on no document at all, but then say what is missing.
    if (settled && stored === 0)
      ctx.addIssue({
        code: "custom",
        path: ["outcome", "evidence"],
        message: `a "${o.verdict}" verdict needs at least one stored document's quote`,
      });
    if (!settled && o.outcome.evidence.length === 0 && !o.outcome.missing)
      ctx.addIssue({
        code: "custom",
        path: ["outcome", "missing"],
        message: "with no evidence for the outcome, name the document that would settle it",
      });
    if (o.expectation && o.asOf <= "2016-09" && stored > 0)
      ctx.addIssue({
        code: "custom",
        path: ["asOf"],
        message: "asOf is the date of the latest stored evidence, after September 2016",
      });
  });
export type Outcome = z.infer<typeof outcomeSchema>;

export const outcomesFileSchema = listFileSchema("outcomes", outcomeSchema);
export type OutcomesFile = z.infer<typeof outcomesFileSchema>;
