import { z } from "zod";
import { nonEmpty } from "@/lib/data/schemas/common";
import { parseSlideToken } from "./deck";

/** A slide of the default deck: a view token, with the title and takeaway written for the story. */
export const deckSlideSchema = z.object({
  slide: z.string().superRefine((token, ctx) => {
    const parsed = parseSlideToken(token);
    if ("error" in parsed) ctx.addIssue({ code: "custom", message: parsed.error });
  }),
  title: nonEmpty("title"),
  /**
   * One sentence an audience should leave with; our own words, checked against the data it shows.
   * Left out where the view's own takeaway, computed from the data, should speak (a count that
   * changes whenever the data does must not be written twice).
   */
  takeaway: nonEmpty("takeaway")
    .refine((t) => t.split(/\s+/).length <= 60, {
      message: "a takeaway is one sentence of at most 60 words",
    })
    .optional(),
});
export type DeckSlide = z.infer<typeof deckSlideSchema>;

export const deckFileSchema = z.object({
  $schema: z.string().optional(),
  title: nonEmpty("title"),
  slides: z.array(deckSlideSchema).min(1).max(40),
});
export type DeckFile = z.infer<typeof deckFileSchema>;
