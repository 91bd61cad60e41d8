"use client";

import useSWR from "swr";
import { TIMELINE_CATEGORIES, type TimelineEvent } from "@/lib/analysis-schemas";
import type { TimelineResponse } from "@/lib/api-schemas";
import { TIMELINE_KEY } from "@/lib/constants";
import { filterEvents } from "@/lib/filters";
import { partyName } from "@/lib/parties";
import type { Footnote } from "@/lib/schemas";
import { paramsToRecord, parseTimelineState, serialiseTimelineState } from "@/lib/view-state";
import { EvidenceList } from "./evidence-list";
import { fetchJson } from "./fetch-json";
import { Notices } from "./notices";
import { useUrlState } from "./use-url-state";

const CATEGORY_LABELS: Record<TimelineEvent["category"], string> = {
  diplomacy: "Diplomacy",
  arms: "Arms",
  nuclear: "Nuclear",
  economy: "Economy",
  military: "Military",
  sanctions: "Sanctions",
};

export const THREAD_LABELS: Record<string, string> = {
  "s-300": "The S-300 saga",
  "gore-chernomyrdin": "The Gore–Chernomyrdin agreement",
  hamedan: "Hamedan",
  "russia-turkey": "Russia and Turkey",
  "sco-membership": "Iran and the SCO",
  "syria-ceasefires": "Syria ceasefires",
  "un-sanctions": "UN sanctions",
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date at the precision the source gives it: "2016", "Mar 2016", "14 Mar 2016". */
export function formatEventDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? iso;
}

interface TimelineViewProps {
  notices: string[];
  actors: string[];
  threads: string[];
  footnotes: Record<number, Footnote>;
  paperTitle: string;
}

export function TimelineView({
  notices,
  actors,
  threads,
  footnotes,
  paperTitle,
}: TimelineViewProps) {
  const { data } = useSWR<TimelineResponse>(TIMELINE_KEY, fetchJson, { revalidateOnFocus: false });
  const { state, update, interacted } = useUrlState(
    (params) =>
      parseTimelineState(paramsToRecord(params), TIMELINE_CATEGORIES, actors, threads).state,
    serialiseTimelineState,
  );
  if (!data)
    return <p role="alert">The timeline could not be loaded. Reload the page to try again.</p>;

  const events = filterEvents(data.events, {
    category: state.category.length ? (state.category as TimelineEvent["category"][]) : undefined,
    actor: state.actor.length ? state.actor : undefined,
    thread: state.thread ?? undefined,
  });
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
  const toggle = (key: "category" | "actor", value: string) =>
    update((s) => ({
      ...s,
      [key]: s[key].includes(value) ? s[key].filter((x) => x !== value) : [...s[key], value],
    }));
  const filtered = state.category.length || state.actor.length || state.thread;

  return (
    <div className="space-y-6">
      <Notices notices={interacted ? [] : notices} />
      <fieldset className="rounded-lg border border-border p-3">
        <legend className="px-1 text-sm font-medium">Filter the events</legend>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium">Category:</span>
          {TIMELINE_CATEGORIES.map((c) => (
            <button
              key={c}
              type="button"
              aria-pressed={state.category.includes(c)}
              onClick={() => toggle("category", c)}
              className={`rounded-full border px-3 py-0.5 ${state.category.includes(c) ? "border-fg bg-surface font-medium" : "border-border"}`}
            >
              {CATEGORY_LABELS[c]}
            </button>
          ))}
        </div>
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <label htmlFor="actor-filter" className="font-medium">
            Actor:
          </label>
          <select
            id="actor-filter"
            value={state.actor[0] ?? ""}
            onChange={(e) =>
              update((s) => ({ ...s, actor: e.target.value ? [e.target.value] : [] }))
            }
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
          {state.thread !== "s-300" ? (
            <button
              type="button"
              onClick={() => update(() => ({ category: [], actor: [], thread: "s-300" }))}
              className="rounded border border-border bg-surface px-3 py-0.5"
            >
              Read the S-300 saga as one thread
            </button>
          ) : null}
          {filtered ? (
            <button
              type="button"
              onClick={() => update(() => ({ category: [], actor: [], thread: null }))}
              className="ml-auto underline"
            >
              Clear filters
            </button>
          ) : null}
        </div>
        <p className="mt-2 text-xs text-muted" role="status">
          Showing {events.length} of {data.events.length} events
          {events.some((e) => e.expected) ? ", including what the paper expects after 2016" : ""}.
        </p>
      </fieldset>

      <div data-testid="timeline">
        {events.length === 0 ? (
          <p>No event matches these filters. Clear a filter to see more.</p>
        ) : null}
        {years.map((year) => (
          <section key={year} aria-labelledby={`year-${year}`} className="mb-4">
            <h2 id={`year-${year}`} className="text-lg font-semibold">
              {year}
            </h2>
            <ol className="mt-2 space-y-3 border-l-2 border-border pl-4">
              {events
                .filter((e) => e.date.startsWith(year))
                .map((e) => (
                  <li
                    key={e.id}
                    id={`event-${e.id}`}
                    className={`scroll-mt-4 rounded-lg border p-3 ${e.expected ? "border-dashed border-fg" : "border-border"}`}
                    data-category={e.category}
                  >
                    <p className="text-xs text-muted">
                      <time dateTime={e.date}>{formatEventDate(e.date)}</time> ·{" "}
                      {CATEGORY_LABELS[e.category]}
                      {e.expected ? (
                        <span className="ml-2 rounded border border-fg px-1 font-semibold text-fg">
                          Expected (the paper&apos;s outlook)
                        </span>
                      ) : null}
                      {e.thread ? (
                        <>
                          {" · "}
                          <button
                            type="button"
                            onClick={() =>
                              update(() => ({ category: [], actor: [], thread: e.thread ?? null }))
                            }
                            className="underline"
                          >
                            {THREAD_LABELS[e.thread] ?? e.thread}
                          </button>
                        </>
                      ) : null}
                    </p>
                    <h3 className="font-semibold">{e.title}</h3>
                    <p className="text-sm">{e.summary}</p>
                    <p className="mt-1 text-xs text-muted">
                      Actors: {e.actors.map(partyName).join(", ")}
                    </p>
                    <details className="mt-1 text-sm">
                      <summary className="cursor-pointer text-xs text-muted">
                        Evidence ({e.evidence.length})
                      </summary>
                      <EvidenceList
                        evidence={e.evidence}
                        footnotes={footnotes}
                        paperTitle={paperTitle}
                      />
                    </details>
                  </li>
                ))}
            </ol>
          </section>
        ))}
      </div>
    </div>
  );
}
