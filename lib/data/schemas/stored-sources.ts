import { z } from "zod";
import { kebabCase, listFileSchema, nonEmpty } from "./common";

/**
 * data/stored-sources.json: the front matter of the stored public documents that evidence after
 * the paper cites (../shared/sources/<id>.md), copied by scripts/build-stored-sources.ts so the
 * app can name and link each document without ../shared at build or run time.
 */

export const storedSourceSchema = z
  .object({
    id: kebabCase,
    title: nonEmpty("title"),
    publisher: nonEmpty("publisher"),
    /** As the document shows it: YYYY, YYYY-MM, YYYY-MM-DD, or "undated" where it shows none. */
    date: z
      .string()
      .regex(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|undated)$/, "date must be YYYY[-MM[-DD]] or undated"),
    url: z.url(),
    summary: nonEmpty("summary"),
  })
  .strict();
export type StoredSource = z.infer<typeof storedSourceSchema>;

export const storedSourcesFileSchema = listFileSchema("sources", storedSourceSchema);
export type StoredSourcesFile = z.infer<typeof storedSourcesFileSchema>;
