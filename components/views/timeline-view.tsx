"use client";

import { useEffect } from "react";
import type { TimelineEvent } from "@/lib/data/schemas/timeline";
import { TIMELINE_CATEGORIES } from "@/lib/constants";
import { filterEvents, timelineFilterFromState } from "@/lib/views/filters";
import { partyName } from "@/lib/data/parties";
import {
  paramsToRecord,
  parseTimelineState,
  serialiseTimelineState,
  TIMELINE_PERIODS,
  toggleIn,
} from "@/lib/views/view-state";
import { FilterChips, FilterPanel } from "./filter-chips";
import { showOnly } from "./filter-list";
import { AddToDeckButton } from "@/components/export/chart-actions";
import { Notices } from "@/components/shell/notices";
import { CATEGORY_LABELS, THREAD_LABELS } from "@/lib/views/timeline-format";
import { timelineToken } from "@/lib/views/timeline";
import { useUrlState } from "@/components/shell/use-url-state";

/** What filtering needs of an event: no text, so the page ships little to the browser. */
export type EventIndex = Pick<
  TimelineEvent,
  "id" | "date" | "category" | "actors" | "thread" | "expected" | "afterPaper"
>;

interface TimelineViewProps {
  index: EventIndex[];
  actors: string[];
  threads: string[];
}

/** The timeline's filters; the list itself is server HTML (TimelineList). */
export function TimelineView({ index, actors, threads }: TimelineViewProps) {
  const { state, update, notices, watcher } = useUrlState(
    (params) => parseTimelineState(paramsToRecord(params), TIMELINE_CATEGORIES, actors, threads),
    serialiseTimelineState,
  );
  const events = filterEvents(index, timelineFilterFromState(state));
  const visibleKey = events.map((e) => e.id).join(",");
  useEffect(() => {
    showOnly(new Set(visibleKey ? visibleKey.split(",") : []), {
      item: "data-event-id",
      group: "data-year",
      empty: "data-timeline-empty",
    });
  }, [visibleKey]);
  const filtered =
    state.category.length > 0 ||
    state.actor !== null ||
    state.thread !== null ||
    state.period !== null;

  return (
    <div className="url-state-region space-y-6">
      {watcher}
      <Notices notices={notices} />
      <FilterPanel
        legend="Filter the events"
        testId="timeline-filters"
        status={`Showing ${events.length} of ${index.length} events${events.some((e) => e.expected) ? ", including what the paper expects after 2016" : ""}${events.some((e) => e.afterPaper) ? `, and ${events.filter((e) => e.afterPaper).length} after the paper from stored sources` : ""}.`}
        active={filtered}
        onClear={() => update(() => ({ category: [], actor: null, thread: null, period: null }))}
      >
        <FilterChips
          label="Category"
          options={TIMELINE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          selected={state.category}
          onToggle={(c) => update((s) => ({ ...s, category: toggleIn(s.category, c) }))}
        />
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <label htmlFor="period-filter" className="font-medium">
            Period:
          </label>
          <select
            id="period-filter"
            value={state.period ?? ""}
            onChange={(e) =>
              update((s) => ({
                ...s,
                period: TIMELINE_PERIODS.find((p) => p === e.target.value) ?? null,
              }))
            }
            className="rounded border border-border bg-bg px-2 py-1"
          >
            <option value="">The paper and after it</option>
            <option value="paper">In the paper (dated or expected)</option>
            <option value="after">After the paper (stored reports)</option>
          </select>
          <label htmlFor="actor-filter" className="ml-2 font-medium">
            Actor:
          </label>
          <select
            id="actor-filter"
            value={state.actor ?? ""}
            onChange={(e) => update((s) => ({ ...s, actor: e.target.value || null }))}
            className="rounded border border-border bg-bg px-2 py-1"
          >
            <option value="">Any actor</option>
            {actors.map((a) => (
              <option key={a} value={a}>
                {partyName(a)}
              </option>
            ))}
          </select>
          <label htmlFor="thread-filter" className="ml-2 font-medium">
            Story:
          </label>
          <select
            id="thread-filter"
            value={state.thread ?? ""}
            onChange={(e) => update((s) => ({ ...s, thread: e.target.value || null }))}
            className="rounded border border-border bg-bg px-2 py-1"
          >
            <option value="">All events</option>
            {threads.map((t) => (
              <option key={t} value={t}>
                {THREAD_LABELS[t] ?? t}
              </option>
            ))}
          </select>
          {/* Always in place, pressed while the thread is shown: a link that opens the thread
              must not change the height of the controls above the list. */}
          <button
            type="button"
            aria-pressed={state.thread === "s-300"}
            onClick={() =>
              update((s) =>
                s.thread === "s-300"
                  ? { ...s, thread: null }
                  : { category: [], actor: null, thread: "s-300", period: null },
              )
            }
            className="rounded border border-border bg-surface px-3 py-0.5 aria-pressed:bg-fg aria-pressed:text-bg"
          >
            Read the S-300 saga as one thread
          </button>
        </div>
      </FilterPanel>
      <AddToDeckButton slide={timelineToken(state)} label="Add these events to deck" />
    </div>
  );
}
