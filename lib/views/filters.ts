import type { Figure, FigureKind } from "@/lib/data/schemas/figures";
import type { Series, SeriesKind } from "@/lib/data/schemas/series";
import type { SyriaIssue } from "@/lib/data/schemas/syria";
import type { TimelineCategory, TimelineEvent } from "@/lib/data/schemas/timeline";
import type { TimelineState } from "./view-state";

/**
 * Filters shared by the API routes and the pages, so a view and its API link always show the
 * same items. Pure functions over validated data.
 */

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const ISO_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD naming a day that exists (no 31 April, no 29 February 2015). */
export function isRealDate(iso: string): boolean {
  if (!ISO_DATE_PATTERN.test(iso)) return false;
  const [y, m, d] = iso.split("-").map(Number);
  if (d === undefined || m === undefined || y === undefined) return true;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const last = m === 2 ? (leap ? 29 : 28) : (DAYS_IN_MONTH[m - 1] ?? 31);
  return d <= last;
}

/**
 * The span of days an ISO date at any precision covers: "2016" is the whole year, "2016-03"
 * the month. Comparing spans rather than strings keeps a year-only event inside a March filter.
 */
export function dateSpan(iso: string): [string, string] {
  const [y, m, d] = iso.split("-");
  if (d) return [iso, iso];
  if (m) {
    const last = DAYS_IN_MONTH[Number(m) - 1] ?? 31;
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, "0")}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/** True when the date's span overlaps [from, to] (either bound may be open). */
export function overlaps(iso: string, from?: string, to?: string): boolean {
  const [start, end] = dateSpan(iso);
  if (from && end < dateSpan(from)[0]) return false;
  if (to && start > dateSpan(to)[1]) return false;
  return true;
}

export interface FigureFilter {
  kind?: FigureKind[];
  party?: string[];
}

export function filterFigures(figures: Figure[], f: FigureFilter): Figure[] {
  return figures.filter(
    (x) =>
      (!f.kind || f.kind.includes(x.kind)) &&
      (!f.party || f.party.some((p) => x.parties.includes(p as Figure["parties"][number]))),
  );
}

export interface SeriesFilter {
  id?: string[];
  kind?: SeriesKind[];
  party?: string[];
  /** SIPRI milex and TIV releases; series without a release (trade) do not match. */
  release?: string[];
}

export function filterSeries(series: Series[], f: SeriesFilter): Series[] {
  return series.filter(
    (s) =>
      (!f.id || f.id.includes(s.id)) &&
      (!f.kind || f.kind.includes(s.kind)) &&
      (!f.release || (s.release !== undefined && f.release.includes(s.release))) &&
      (!f.party || f.party.some((p) => s.parties.includes(p as Series["parties"][number]))),
  );
}

export interface TimelineFilter {
  category?: TimelineCategory[];
  actor?: string[];
  from?: string;
  to?: string;
  thread?: string;
  /** "paper": dated in the paper or expected by it; "after": reported after it. */
  period?: "paper" | "after";
}

export function filterEvents<
  E extends Pick<TimelineEvent, "date" | "category" | "actors" | "thread" | "afterPaper">,
>(events: E[], f: TimelineFilter): E[] {
  return events.filter(
    (e) =>
      (!f.period || (f.period === "after") === (e.afterPaper === true)) &&
      (!f.category || f.category.includes(e.category)) &&
      (!f.actor || f.actor.some((a) => e.actors.includes(a as TimelineEvent["actors"][number]))) &&
      (!f.thread || e.thread === f.thread) &&
      overlaps(e.date, f.from, f.to),
  );
}

/** The page's filter state as a filter: empty lists mean "any". */
export function timelineFilterFromState(state: TimelineState): TimelineFilter {
  return {
    category: state.category.length ? (state.category as TimelineCategory[]) : undefined,
    actor: state.actor ? [state.actor] : undefined,
    thread: state.thread ?? undefined,
    period: state.period ?? undefined,
  };
}

export function filterSyria(
  issues: SyriaIssue[],
  alignment?: SyriaIssue["alignment"][],
): SyriaIssue[] {
  return alignment ? issues.filter((i) => alignment.includes(i.alignment)) : issues;
}
