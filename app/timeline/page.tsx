import type { Metadata } from "next";
import { SiteHeader } from "@/components/shell/site-header";
import { TimelineList } from "@/components/views/timeline-list";
import { TimelineView } from "@/components/views/timeline-view";
import { citedFootnotes, PAPER_TITLE } from "@/lib/data/page-data";
import { getTimelineData } from "@/lib/data/timeline";
import { citedStoredSources } from "@/lib/data/stored-sources";
import { PAGES } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Timeline",
  description:
    "Russian–Iranian relations as the paper dates them, from the 1953 coup to September 2016, what it expects next, and what happened after it, from cited public documents.",
};

export default function TimelinePage() {
  const { events } = getTimelineData();
  const actors = [...new Set(events.flatMap((e) => e.actors))].sort();
  const threads = [...new Set(events.flatMap((e) => (e.thread ? [e.thread] : [])))].sort();
  // The prerendered page lists every event; a link's filters apply once the page has loaded.
  const visible = new Set(events.map((e) => e.id));
  const first = events[0]?.date.slice(0, 4);
  const later = events.filter((e) => e.afterPaper).length;
  const last = events
    .filter((e) => !e.expected)
    .at(-1)
    ?.date.slice(0, 4);

  return (
    <>
      <SiteHeader current={PAGES.timeline} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="text-2xl font-bold">
          Timeline, {first}–{last}
        </h1>
        <p className="mt-1 max-w-3xl text-muted">
          {events.length - later} events the paper dates, chosen for what they say about Russia–Iran
          relations, each linked to its evidence, with dashed boxes for what it expects after
          September 2016. {later} events after the paper are marked “After the paper” and rest only
          on quotes from stored public documents, named and linked under each. Dates are as precise
          as the paper or the cited source allows, and no more.
        </p>
        {/* The filters and the list they filter wait together for a link's state. */}
        <div className="url-state-region mt-6">
          <TimelineView
            index={events.map(({ id, date, category, actors, thread, expected, afterPaper }) => ({
              id,
              date,
              category,
              actors,
              thread,
              expected,
              afterPaper,
            }))}
            actors={actors}
            threads={threads}
          />
          <div className="mt-6">
            <TimelineList
              events={events}
              visible={visible}
              footnotes={citedFootnotes(events)}
              paperTitle={PAPER_TITLE}
              storedSources={citedStoredSources(events)}
            />
          </div>
        </div>
      </main>
    </>
  );
}
