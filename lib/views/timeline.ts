import type { TimelineEvent } from "@/lib/data/schemas/timeline";
import { TIMELINE_CATEGORIES } from "@/lib/constants";
import { PAPER_AS_OF, PAPER_CITATION } from "@/lib/data/paper-sections";
import { partyName } from "@/lib/data/parties";
import { filterEvents, timelineFilterFromState } from "./filters";
import { CATEGORY_LABELS, formatEventDate, THREAD_LABELS } from "./timeline-format";
import { parseTimelineState, serialiseTimelineState, type TimelineState } from "./view-state";
import { cite, MAX_NOTES, type RawState, type ViewTexts } from "./view-model";
import { PAGES } from "@/lib/routes";

/**
 * The latest events of the (filtered) timeline (/timeline, deck token "timeline"). The page
 * lists every event it selects; a slide or embed shows the latest few as a strip.
 */

/** How many events a slide or an embed shows: the latest of those the filters select. */
export const TIMELINE_SHOWN = 8;

export const TIMELINE_SOURCE = `Source: ${PAPER_CITATION.short}. Dates at the precision the paper gives them.`;

/** The source line once events after the paper are shown: their dates come from other documents. */
export const TIMELINE_SOURCE_WITH_LATER = `Source: ${PAPER_CITATION.short}; events after September 2016 from stored public documents, each cited. Dates at the precision each source gives.`;

/** How a reader sees an event's standing: dated in the paper, expected by it, or after it. */
export function eventStatus(e: Pick<TimelineEvent, "expected" | "outlookLabel" | "afterPaper">) {
  if (e.afterPaper) return "after the paper (stored documents)";
  return e.expected ? (e.outlookLabel ?? "expected") : "dated in the paper";
}

export function timelineState(raw: RawState, events: readonly TimelineEvent[]) {
  const actors = [...new Set(events.flatMap((e) => e.actors))].sort();
  const threads = [...new Set(events.flatMap((e) => (e.thread ? [e.thread] : [])))].sort();
  return parseTimelineState(raw, TIMELINE_CATEGORIES, actors, threads);
}

/** The view's query in a given state ("" when unfiltered). */
function timelineQuery(state: TimelineState): string {
  return serialiseTimelineState(state);
}

/** The view as a deck token: the page's "Add to deck" and the slide say the same. */
export function timelineToken(state: TimelineState): string {
  const query = timelineQuery(state);
  return `timeline${query ? `?${query}` : ""}`;
}

export function timelineView(events: readonly TimelineEvent[], state: TimelineState) {
  const shown = filterEvents([...events], timelineFilterFromState(state)).slice(-TIMELINE_SHOWN);
  const expected = shown.filter((e) => e.expected).length;
  const later = shown.filter((e) => e.afterPaper).length;
  const filtered = state.category.length > 0 || state.actor !== null || state.period !== null;
  const query = timelineQuery(state);
  const period =
    state.period === "paper" ? "in the paper" : state.period === "after" ? "after the paper" : null;
  const texts: ViewTexts = {
    // The title names what the view was filtered to (a story, a category, an actor, a period, or
    // nothing) and never calls reports from after the paper the paper's own dates.
    title: state.thread
      ? `${THREAD_LABELS[state.thread] ?? state.thread}, ${later ? "from the paper to later reports" : "in the paper's dates"}`
      : state.category.length || state.actor
        ? `Events: ${[
            ...state.category.map((c) => CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS] ?? c),
            ...(state.actor ? [partyName(state.actor)] : []),
          ].join(", ")}${period ? ` (${period})` : ""}`
        : state.period === "after"
          ? "Events after the paper, from stored reports"
          : later
            ? "The latest events, after the paper"
            : "The latest events and the paper's outlook",
    description: `${shown.length} events in date order; hollow, dashed points are events the paper expected${later ? "; squares are events after the paper, from stored documents" : ""}.`,
    takeaway: `${state.thread ? `The ${shown.length} latest events of this story` : `The last ${shown.length} events of the timeline${filtered ? " so filtered" : ""}`}${expected ? `, ${expected} of them expected by the paper` : ""}${later ? `, ${later} of them after the paper` : ""}.`,
    source: later ? TIMELINE_SOURCE_WITH_LATER : TIMELINE_SOURCE,
    asOf: PAPER_AS_OF,
    unit: "Events in date order (no quantity)",
    href: `${PAGES.timeline}${query ? `?${query}` : ""}`,
    token: timelineToken(state),
    table: {
      caption: "Events in date order, with whether each is dated in the paper or lies after it.",
      columns: ["Date", "Event", "Status"],
      rows: shown.map((e) => ({
        key: e.id,
        cells: [
          { text: formatEventDate(e.date), value: e.date },
          { text: e.title, header: true },
          { text: eventStatus(e) },
        ],
      })),
    },
    notes: shown
      .map((e) => ({
        heading: `${formatEventDate(e.date)}: ${e.title}`,
        text: e.summary,
        ...cite(e.evidence[0]),
      }))
      .slice(-MAX_NOTES),
  };
  return { ...texts, shown };
}
