import { z } from "zod";
import { TIMELINE_CATEGORIES } from "@/lib/constants";
import {
  evidenceList,
  isoDateSchema,
  kebabCase,
  listFileSchema,
  nonEmpty,
  partyIdSchema,
} from "./common";

/** data/timeline.json: events the paper dates, 1953 to September 2016, and what it expects later. */

export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];

export const timelineEventSchema = z.object({
  id: kebabCase,
  date: isoDateSchema,
  title: nonEmpty("title"),
  summary: nonEmpty("summary"),
  actors: z.array(partyIdSchema).min(1),
  category: z.enum(TIMELINE_CATEGORIES),
  /** What the paper expects to happen after it was written (September 2016). */
  expected: z.boolean().optional(),
  /**
   * How the paper frames a later date when "expected" says too much: e.g. a date set by one
   * side's reading of a UN resolution, which is no forecast of the paper's.
   */
  outlookLabel: nonEmpty("outlookLabel").optional(),
  /** Events of one story (the S-300 saga) share a thread id so they read as one. */
  thread: kebabCase.optional(),
  evidence: evidenceList,
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineFileSchema = listFileSchema("events", timelineEventSchema).superRefine(
  (file, ctx) => {
    const dates = file.events.map((e) => e.date);
    if (dates.some((d, i) => i > 0 && d < (dates[i - 1] ?? ""))) {
      ctx.addIssue({ code: "custom", path: ["events"], message: "events must be in date order" });
    }
  },
);
export type TimelineFile = z.infer<typeof timelineFileSchema>;
