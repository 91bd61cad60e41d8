import "server-only";
import { chartEventIds, type ChartEventData } from "@/lib/views/chart-events";
import { citedFootnotes, PAPER_TITLE } from "./page-data";
import { citedStoredSources } from "./stored-sources";
import { getTimelineData } from "./timeline";

/**
 * The timeline events the time charts are annotated with, and the footnotes and stored documents
 * their quotes cite: only those, since whatever a client component receives is shipped in the
 * page (and a deck's statics) again.
 */
export function getChartEventData(): ChartEventData {
  const wanted = new Set(chartEventIds());
  const events = getTimelineData()
    .events.filter((e) => wanted.has(e.id))
    .map(({ id, date, title, afterPaper, evidence }) => ({
      id,
      date,
      title,
      afterPaper,
      evidence,
    }));
  return {
    events,
    footnotes: citedFootnotes(events),
    storedSources: citedStoredSources(events),
    paperTitle: PAPER_TITLE,
  };
}
