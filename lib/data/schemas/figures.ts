import { z } from "zod";
import { FIGURE_KINDS, FIGURE_QUALIFIERS, FIGURE_UNITS } from "@/lib/constants";
import {
  evidenceList,
  externalSourceSchema,
  isoDateSchema,
  kebabCase,
  listFileSchema,
  nonEmpty,
  partyIdSchema,
} from "./common";

/** data/figures.json: every number the paper states about trade, deals, arms and budgets. */

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
