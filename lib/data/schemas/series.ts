import { z } from "zod";
import {
  SERIES_KINDS,
  SERIES_RELEASE_KINDS,
  SERIES_RELEASE_UNITS,
  SERIES_RELEASES,
  SERIES_UNITS,
} from "@/lib/constants";
import { externalSourceSchema, kebabCase, listFileSchema, nonEmpty, partyIdSchema } from "./common";

/** data/series.json: SIPRI TIV, IMF DOTS and SIPRI milex series (npm run import-external). */

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
    /**
     * Which release the figures come from (SIPRI military expenditure, SIPRI arms transfers,
     * IMF DOTS). Releases revise past years (and, for milex, change the price basis), so charts and
     * comparisons keep them apart.
     */
    release: z.enum(SERIES_RELEASES).optional(),
    parties: z.array(partyIdSchema).min(1),
    /** For trade flows: the reporter's exports to, or imports from, the partner (parties[1]). */
    flow: z.enum(["exports", "imports"]).optional(),
    /**
     * For trade flows: the country whose DOTS table the figures come from (parties[0]). Iran's
     * own table is mostly IMF estimates; Russia's and China's are their reported figures. The
     * two sides of one flow are separate series, never spliced into one line.
     */
    reporter: partyIdSchema.optional(),
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
    if (s.kind === "trade-flow" && !s.release) {
      ctx.addIssue({
        code: "custom",
        path: ["release"],
        message: "a trade flow names its DOTS vintage",
      });
    }
    if (s.kind === "trade-flow" && s.reporter !== s.parties[0]) {
      ctx.addIssue({
        code: "custom",
        path: ["reporter"],
        message: "a trade flow names its reporter, the first of its parties",
      });
    }
    if (s.kind !== "trade-flow" && s.reporter !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["reporter"],
        message: "only trade flows have a reporter",
      });
    }
    if (s.kind === "milex" && !s.release) {
      ctx.addIssue({
        code: "custom",
        path: ["release"],
        message: "a military-expenditure series names its SIPRI release",
      });
    }
    if (s.kind === "tiv" && !s.release) {
      ctx.addIssue({
        code: "custom",
        path: ["release"],
        message: "a TIV series names its SIPRI arms-transfers release",
      });
    }
    if (s.release && SERIES_RELEASE_KINDS[s.release] !== s.kind) {
      ctx.addIssue({
        code: "custom",
        path: ["release"],
        message: `${s.release} is a ${SERIES_RELEASE_KINDS[s.release]} release, not ${s.kind}`,
      });
    }
    // One release, one unit (for milex, one price basis): any other unit means a splice.
    if (s.release && s.unit !== SERIES_RELEASE_UNITS[s.release]) {
      ctx.addIssue({
        code: "custom",
        path: ["unit"],
        message: `${s.release} is in ${SERIES_RELEASE_UNITS[s.release]}, not ${s.unit}`,
      });
    }
  });
export type Series = z.infer<typeof seriesSchema>;
export type SeriesKind = (typeof SERIES_KINDS)[number];

export const seriesFileSchema = listFileSchema("series", seriesSchema);
export type SeriesFile = z.infer<typeof seriesFileSchema>;
