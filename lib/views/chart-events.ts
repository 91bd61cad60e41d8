import type { Evidence } from "@/lib/data/schemas/common";
import type { Footnote } from "@/lib/data/schemas/sources";
import type { StoredSource } from "@/lib/data/schemas/stored-sources";
import type { TimelineEvent } from "@/lib/data/schemas/timeline";
import { SERIES_VIEWS, type SeriesViewId } from "./series-views";
import { formatEventDate } from "./timeline-format";
import type { SlideNote } from "./view-model";

/*
 * Timeline events drawn on the time charts as labelled markers, so a line's turn can be read
 * against what happened. Each series view names its events (SERIES_VIEWS[id].events, with a
 * short label of ours); this module resolves them against data/timeline.json, which the server
 * reads and hands down. Plain TS: the page, the slide, the embed and the tests all call it.
 */

/** A view definition's choice of an event: the timeline id and the label drawn on the chart. */
export interface ChartEventRef {
  id: string;
  /** A few words, short enough to sit beside others above the plot. */
  label: string;
}

/** An event as a chart draws it. */
export interface ChartEvent {
  /** Its number in the chart's key (1, 2, …), in date order; drawn beside the marker. */
  n: number;
  id: string;
  label: string;
  /** The timeline's full title, for the key and the evidence. */
  title: string;
  date: string;
  /** The date as read ("Oct 2016"). */
  when: string;
  /** Where the marker stands on the year axis (see eventYearPosition). */
  position: number;
  afterPaper: boolean;
  evidence: Evidence[];
}

/** The part of a timeline event a chart draws: the deck's statics carry no more than this. */
export type ChartTimelineEvent = Pick<
  TimelineEvent,
  "id" | "date" | "title" | "afterPaper" | "evidence"
>;

/** What the server hands the charts so an event's evidence can be shown with its source. */
export interface ChartEventData {
  /** The timeline events named by at least one view (not the whole timeline), as charts need them. */
  events: ChartTimelineEvent[];
  footnotes: Record<number, Footnote>;
  storedSources: Record<string, StoredSource>;
  paperTitle: string;
}

/** One chart's events, with only the footnotes and stored documents their evidence cites. */
export interface ChartEvents {
  items: ChartEvent[];
  footnotes: Record<number, Footnote>;
  storedSources: Record<string, StoredSource>;
  paperTitle: string;
}

/**
 * Where a dated event stands on an axis of annual values. Each point of a series is a whole
 * year's total drawn at that year's tick, so the tick stands for the year from half a step
 * before it to half a step after; a month is placed at its middle within that span (January
 * just after the midpoint from the year before, June–July at the tick, December just before
 * the midpoint to the next year). The marker thus sits nearer its own year's point than any
 * other. A day-dated event is placed by its month; a year-only date stands on the tick.
 */
export function eventYearPosition(date: string): number {
  const [y, m] = date.split("-");
  const year = Number(y);
  if (!m) return year;
  return year - 0.5 + (Number(m) - 0.5) / 12;
}

/** The calendar year of an event's date. */
const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * Resolves a view's chosen events against the timeline. Throws on an id the timeline lacks or
 * an event outside the chart's years: a marker must never point at nothing or off the axis.
 */
export function resolveChartEvents(
  refs: readonly ChartEventRef[],
  timeline: readonly ChartTimelineEvent[],
  from: number,
  to: number,
): ChartEvent[] {
  const byId = new Map(timeline.map((e) => [e.id, e]));
  return refs
    .map((ref) => {
      const e = byId.get(ref.id);
      if (!e) throw new Error(`chart event "${ref.id}" is not in the timeline`);
      const year = yearOf(e.date);
      if (year < from || year > to)
        throw new Error(`chart event "${ref.id}" (${e.date}) lies outside ${from}–${to}`);
      return { ref, e };
    })
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : 0))
    .map(({ ref, e }, i) => ({
      n: i + 1,
      id: e.id,
      label: ref.label,
      title: e.title,
      date: e.date,
      when: formatEventDate(e.date),
      // The first or last year's early or late months would fall off the axis: kept at its end.
      position: Math.min(to, Math.max(from, eventYearPosition(e.date))),
      afterPaper: e.afterPaper === true,
      evidence: e.evidence,
    }));
}

/** Every timeline id some series view names, each once. */
export function chartEventIds(): string[] {
  const views: readonly { events: readonly ChartEventRef[] }[] = Object.values(SERIES_VIEWS);
  return [...new Set(views.flatMap((v) => v.events.map((r) => r.id)))];
}

/** A series view's events, with the footnotes and stored documents their quotes cite. */
export function seriesEvents(id: SeriesViewId, data: ChartEventData): ChartEvents {
  const def: { events: readonly ChartEventRef[]; from: number; to: number } = SERIES_VIEWS[id];
  const items = resolveChartEvents(def.events, data.events, def.from, def.to);
  const evidence = items.flatMap((e) => e.evidence);
  const footnotes: Record<number, Footnote> = {};
  const storedSources: Record<string, StoredSource> = {};
  for (const ev of evidence) {
    if ("sourceId" in ev) {
      const s = data.storedSources[ev.sourceId];
      if (s) storedSources[ev.sourceId] = s;
    } else if (ev.footnote !== null) {
      const f = data.footnotes[ev.footnote];
      if (f) footnotes[ev.footnote] = f;
    }
  }
  return { items, footnotes, storedSources, paperTitle: data.paperTitle };
}

/** The events as one note for the speaker notes, the PPTX and the accessible notes list. */
export function chartEventsNote(items: readonly ChartEvent[]): SlideNote | null {
  if (!items.length) return null;
  return {
    heading: "Events marked on the chart",
    text: items
      .map(
        (e) =>
          `${e.n}. ${e.when}: ${e.title}${e.afterPaper ? " (after the paper; stored public documents)" : " (dated by the paper)"}`,
      )
      .join("; "),
  };
}
