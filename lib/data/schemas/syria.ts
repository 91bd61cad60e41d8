import { z } from "zod";
import { SYRIA_GROUPS } from "@/lib/constants";
import { debateNoteSchema, evidenceList, kebabCase, listFileSchema, nonEmpty } from "./common";

/** data/syria.json: where Russia and Iran converge and diverge in Syria, issue by issue. */

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
