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

/**
 * data/timeline.json: events the paper dates, 1953 to September 2016, what it expects later,
 * and events after the paper (`afterPaper: true`) resting on stored public documents only.
 */

/** The paper was written in September 2016: an event after the paper is dated later than this. */
export const PAPER_WRITTEN = "2016-09";

export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];

export const timelineEventSchema = z
  .object({
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
    /**
     * An event after the paper (dated after September 2016), told from stored public documents
     * only: set explicitly rather than derived from the date, because the paper's own expected
     * events are dated after 2016 too.
     */
    afterPaper: z.literal(true).optional(),
    /**
     * For an event the paper expected: the event after the paper that tells what happened, so
     * the outlook and its outcome link to each other.
     */
    followedBy: kebabCase.optional(),
    /** Events of one story (the S-300 saga) share a thread id so they read as one. */
    thread: kebabCase.optional(),
    evidence: evidenceList,
  })
  .superRefine((e, ctx) => {
    // The paper's events cite the paper; events after it cite stored documents, never the paper,
    // so a reader can tell at a glance whose words date an event.
    const stored = e.evidence.filter((ev) => "sourceId" in ev).length;
    if (e.afterPaper) {
      if (!(e.date > PAPER_WRITTEN && !e.date.startsWith(PAPER_WRITTEN)))
        ctx.addIssue({
          code: "custom",
          path: ["date"],
          message: "an event after the paper is dated after September 2016",
        });
      if (e.expected)
        ctx.addIssue({
          code: "custom",
          path: ["expected"],
          message: "an event after the paper is not one the paper expects: drop expected",
        });
      if (stored !== e.evidence.length)
        ctx.addIssue({
          code: "custom",
          path: ["evidence"],
          message: "an event after the paper rests on stored documents only ({ sourceId, quote })",
        });
    } else if (stored > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["evidence"],
        message: "stored-document evidence belongs to events marked afterPaper: true",
      });
    }
  });
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineFileSchema = listFileSchema("events", timelineEventSchema).superRefine(
  (file, ctx) => {
    const dates = file.events.map((e) => e.date);
    if (dates.some((d, i) => i > 0 && d < (dates[i - 1] ?? ""))) {
      ctx.addIssue({ code: "custom", path: ["events"], message: "events must be in date order" });
    }
    file.events.forEach((e, i) => {
      if (!e.followedBy) return;
      const next = file.events.find((x) => x.id === e.followedBy);
      if (!e.expected || !next?.afterPaper)
        ctx.addIssue({
          code: "custom",
          path: ["events", i, "followedBy"],
          message: `followedBy links an expected event to an event after the paper; "${e.followedBy}" is not one`,
        });
    });
  },
);
export type TimelineFile = z.infer<typeof timelineFileSchema>;
