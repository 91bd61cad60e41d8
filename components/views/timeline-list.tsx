import Link from "next/link";
import type { TimelineEvent } from "@/lib/data/schemas/timeline";
import { partyName } from "@/lib/data/parties";
import type { Footnote } from "@/lib/data/schemas/sources";
import type { StoredSource } from "@/lib/data/schemas/stored-sources";
import { EvidenceDetails } from "@/components/evidence/evidence-list";
import { CATEGORY_LABELS, formatEventDate, THREAD_LABELS } from "@/lib/views/timeline-format";
import { itemId, PAGES } from "@/lib/routes";

/** From what the paper expected to what stored documents say happened, one link away. */
function FollowedBy({ id, events }: { id: string; events: TimelineEvent[] }) {
  const next = events.find((x) => x.id === id);
  if (!next) return null;
  return (
    <p className="mt-1 text-sm" data-followed-by={id}>
      <span className="font-medium">What happened: </span>
      <a href={`#${itemId("event", id)}`}>
        {next.title} ({formatEventDate(next.date)})
      </a>
    </p>
  );
}

/**
 * Every event, rendered on the server. Filters only hide and show items (TimelineFilters sets
 * `hidden`), so the long list with its quotes never has to be hydrated in the browser.
 */
export function TimelineList({
  events,
  visible,
  footnotes,
  paperTitle,
  storedSources,
}: {
  events: TimelineEvent[];
  visible: Set<string>;
  footnotes: Record<number, Footnote>;
  paperTitle: string;
  /** The stored documents that events after the paper cite, by id. */
  storedSources: Record<string, StoredSource>;
}) {
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
  return (
    <div data-testid="timeline">
      <p data-timeline-empty hidden={visible.size > 0}>
        No event matches these filters. Clear a filter to see more.
      </p>
      {years.map((year) => {
        const inYear = events.filter((e) => e.date.startsWith(year));
        return (
          <section
            key={year}
            aria-labelledby={`year-${year}`}
            className="render-when-near mb-4"
            data-year={year}
            hidden={!inYear.some((e) => visible.has(e.id))}
          >
            <h2 id={`year-${year}`} className="text-lg font-semibold">
              {year}
            </h2>
            <ol className="mt-2 space-y-3 border-l-2 border-border pl-4">
              {inYear.map((e) => (
                <li
                  key={e.id}
                  id={itemId("event", e.id)}
                  data-event-id={e.id}
                  data-category={e.category}
                  data-after-paper={e.afterPaper ? "" : undefined}
                  hidden={!visible.has(e.id)}
                  className={`scroll-mt-4 rounded-lg border p-3 ${e.expected ? "border-dashed border-fg" : e.afterPaper ? "border-l-4 border-fg bg-surface" : "border-border"}`}
                >
                  <p className="text-xs text-muted">
                    <time dateTime={e.date}>{formatEventDate(e.date)}</time> ·{" "}
                    {CATEGORY_LABELS[e.category]}
                    {e.expected ? (
                      <span className="ml-2 rounded border border-fg px-1 font-semibold text-fg">
                        {e.outlookLabel ?? "Expected (the paper’s outlook)"}
                      </span>
                    ) : null}
                    {/* Filled, unlike the outlined "expected" mark: this happened, and the paper
                        does not tell it; the sources below are not the paper's. */}
                    {e.afterPaper ? (
                      <span className="ml-2 rounded bg-fg px-1 font-semibold text-bg">
                        After the paper · from stored sources
                      </span>
                    ) : null}
                    {e.thread ? (
                      <>
                        {" · "}
                        <Link href={`${PAGES.timeline}?thread=${e.thread}`} prefetch={false}>
                          {THREAD_LABELS[e.thread] ?? e.thread}
                        </Link>
                      </>
                    ) : null}
                  </p>
                  <h3 className="font-semibold">{e.title}</h3>
                  <p className="text-sm">{e.summary}</p>
                  {e.followedBy ? <FollowedBy id={e.followedBy} events={events} /> : null}
                  <p className="mt-1 text-xs text-muted">
                    Actors: {e.actors.map(partyName).join(", ")}
                  </p>
                  <EvidenceDetails
                    evidence={e.evidence}
                    footnotes={footnotes}
                    paperTitle={paperTitle}
                    storedSources={storedSources}
                    compact
                  />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
