import { z } from "zod";
import { duplicates, nonEmpty } from "./common";

/** data/sources.json: the paper's footnote list, every number from 1 to 99. */

export const PAPER_FOOTNOTE_COUNT = 99;
/** Cited in the paper's text but absent from its footnote list. */
export const MISSING_FOOTNOTES: readonly number[] = [72, 73];

export const footnoteSchema = z
  .object({
    number: z.number().int().min(1).max(99),
    citation: nonEmpty("citation"),
    url: z.url().nullable(),
    urls: z.array(z.url()),
    missing: z.boolean(),
  })
  .refine((f) => !f.missing || f.url === null, {
    error: "a missing footnote cannot carry a link",
    path: ["url"],
  });
export type Footnote = z.infer<typeof footnoteSchema>;

export const sourcesFileSchema = z
  .object({
    $schema: z.string().optional(),
    footnotes: z.array(footnoteSchema),
  })
  .superRefine((file, ctx) => {
    const numbers = file.footnotes.map((f) => String(f.number));
    for (const n of duplicates(numbers)) {
      ctx.addIssue({
        code: "custom",
        path: ["footnotes"],
        message: `duplicate footnote number ${n}`,
      });
    }
    for (let n = 1; n <= PAPER_FOOTNOTE_COUNT; n += 1) {
      const f = file.footnotes.find((x) => x.number === n);
      if (!f) {
        ctx.addIssue({
          code: "custom",
          path: ["footnotes"],
          message: `footnote [${n}] is absent: list every footnote 1–${PAPER_FOOTNOTE_COUNT}`,
        });
      } else if (f.missing !== MISSING_FOOTNOTES.includes(n)) {
        ctx.addIssue({
          code: "custom",
          path: ["footnotes", file.footnotes.indexOf(f), "missing"],
          message: f.missing
            ? `footnote [${n}] is in the paper's list; it cannot be marked missing`
            : `footnote [${n}] is absent from the paper's list: mark it missing`,
        });
      }
    }
  });
export type SourcesFile = z.infer<typeof sourcesFileSchema>;
