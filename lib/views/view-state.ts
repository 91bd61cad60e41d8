import { FACTION_IDS, isFactionId, type FactionId } from "@/lib/constants";

/**
 * The comparison view's state as it lives in the URL, so a copied link reopens the same view.
 * Zod-free on purpose: the serialiser runs in the browser.
 *   factions = ids drawn on the radar ("none" for an empty chart)
 *   a, b     = the pair in the difference table
 *   dim      = the dimension open in the evidence panel
 */
export interface ViewState {
  factions: FactionId[];
  a: FactionId;
  b: FactionId;
  dim: string | null;
}

export const DEFAULT_PAIR: [FactionId, FactionId] = ["russia-leaners", "re-balancers"];

type RawParams = Record<string, string | string[] | undefined>;

function single(raw: RawParams, key: string, notices: string[]): string | undefined {
  const value = raw[key];
  if (Array.isArray(value)) {
    notices.push(`The link gives "${key}" more than once; the first value was used.`);
    return value[0];
  }
  return value;
}

const clip = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

export const VIEW_PARAMS = ["factions", "a", "b", "dim"] as const;

/**
 * One notice naming the parameters a page does not read, so a mistyped link is never
 * silently ignored. Names are clipped and capped: a hostile link cannot flood the page.
 */
export function unknownParamNotices(raw: RawParams, accepted: readonly string[]): string[] {
  const unknown = Object.keys(raw).filter((k) => !accepted.includes(k));
  if (!unknown.length) return [];
  const shown = unknown.slice(0, 5).map(clip).join(", ");
  const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : "";
  const reads = accepted.length
    ? `This page reads only: ${accepted.join(", ")}.`
    : "This page takes no parameters.";
  return [
    `The link's parameter${unknown.length > 1 ? "s" : ""} ${shown}${more} ${unknown.length > 1 ? "were" : "was"} ignored. ${reads}`,
  ];
}

export function parseViewState(
  raw: RawParams,
  dimensionIds: readonly string[],
): { state: ViewState; notices: string[] } {
  const notices: string[] = [];

  let factions: FactionId[] = [...FACTION_IDS];
  const rawFactions = single(raw, "factions", notices);
  if (rawFactions !== undefined && rawFactions !== "") {
    if (rawFactions === "none") {
      factions = [];
    } else {
      const items = rawFactions
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = items.filter((s) => !isFactionId(s));
      const known = FACTION_IDS.filter((id) => items.includes(id));
      if (unknown.length) {
        notices.push(
          `Unknown faction ${unknown.map(clip).join(", ")} in the link was ignored. Valid: ${FACTION_IDS.join(", ")}.`,
        );
      }
      factions = known.length || !unknown.length ? known : [...FACTION_IDS];
    }
  }

  const pair = (key: "a" | "b", fallback: FactionId): FactionId => {
    const value = single(raw, key, notices);
    if (value === undefined || value === "") return fallback;
    if (isFactionId(value)) return value;
    notices.push(`Unknown faction ${clip(value)} for "${key}"; comparing ${fallback} instead.`);
    return fallback;
  };
  const a = pair("a", DEFAULT_PAIR[0]);
  const bGiven = raw.b !== undefined && raw.b !== "";
  let b = pair("b", DEFAULT_PAIR[1]);
  if (a === b) {
    b = FACTION_IDS.find((id) => id !== a) ?? DEFAULT_PAIR[1];
    // Only a link that names the same faction twice deserves a notice; a default clash is silent.
    if (bGiven) notices.push(`A faction cannot be compared with itself; comparing ${a} with ${b}.`);
  }

  let dim: string | null = null;
  const rawDim = single(raw, "dim", notices);
  if (rawDim !== undefined && rawDim !== "") {
    if (dimensionIds.includes(rawDim)) dim = rawDim;
    else notices.push(`Unknown dimension ${clip(rawDim)} in the link; no dimension is open.`);
  }

  notices.push(...unknownParamNotices(raw, VIEW_PARAMS));
  return { state: { factions, a, b, dim }, notices };
}

/** URLSearchParams to the shape page props use: repeated keys become arrays. */
export function paramsToRecord(params: URLSearchParams): RawParams {
  const out: RawParams = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  params.set("factions", state.factions.length ? state.factions.join(",") : "none");
  params.set("a", state.a);
  params.set("b", state.b);
  if (state.dim) params.set("dim", state.dim);
  return params.toString();
}

/**
 * A comma-separated list parameter checked against its valid values. Unknown items are dropped
 * with a notice; a list of nothing valid falls back to `fallback`. Absent → `fallback`.
 */
export function listParam<T extends string>(
  raw: RawParams,
  key: string,
  valid: readonly T[],
  fallback: T[],
  notices: string[],
): T[] {
  const value = single(raw, key, notices);
  if (value === undefined || value === "") return fallback;
  if (value === "none") return [];
  const items = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = items.filter((s) => !(valid as readonly string[]).includes(s));
  const known = valid.filter((v) => items.includes(v));
  if (unknown.length) {
    notices.push(
      `Unknown ${key} ${unknown.slice(0, 5).map(clip).join(", ")} in the link was ignored. Valid: ${valid.join(", ")}.`,
    );
  }
  return known.length || !unknown.length ? known : fallback;
}

/** One value from a fixed set; anything else falls back to null with a notice. */
export function oneParam<T extends string>(
  raw: RawParams,
  key: string,
  valid: readonly T[],
  notices: string[],
): T | null {
  const value = single(raw, key, notices);
  if (value === undefined || value === "") return null;
  if ((valid as readonly string[]).includes(value)) return value as T;
  notices.push(`Unknown ${key} ${clip(value)} in the link was ignored.`);
  return null;
}

// ——— /balancing ———

export interface BalancingState {
  actors: string[];
  /** The dimension open in the evidence panel. */
  dim: string | null;
  /** The dimension shown in the bar view (the first one when absent). */
  bar: string | null;
}

export const BALANCING_PARAMS = ["actors", "dim", "bar"] as const;

export function parseBalancingState(
  raw: RawParams,
  actorIds: readonly string[],
  dimensionIds: readonly string[],
): { state: BalancingState; notices: string[] } {
  const notices: string[] = [];
  const actors = listParam(raw, "actors", actorIds, [...actorIds], notices);
  const dim = oneParam(raw, "dim", dimensionIds, notices);
  const bar = oneParam(raw, "bar", dimensionIds, notices);
  notices.push(...unknownParamNotices(raw, BALANCING_PARAMS));
  return { state: { actors, dim, bar }, notices };
}

export function serialiseBalancingState(state: BalancingState): string {
  const params = new URLSearchParams();
  params.set("actors", state.actors.length ? state.actors.join(",") : "none");
  if (state.dim) params.set("dim", state.dim);
  if (state.bar) params.set("bar", state.bar);
  return params.toString();
}

// ——— /figures ———

export interface FiguresState {
  kind: string[];
  party: string[];
  compare: string[];
}

export const FIGURES_PARAMS = ["kind", "party", "compare"] as const;
/**
 * Parameters of the other parts of /figures, each read by its own part: the SIPRI release on the
 * arms chart and the register release of the deals table. The filters leave them in the address.
 */
export const FIGURES_PART_PARAMS = ["arms", "deals"] as const;

/**
 * One release parameter read from a link: a known value, else the default and a notice saying so.
 * Zod-free: runs in the browser.
 */
export function parseReleaseParam<T extends string>(
  params: URLSearchParams,
  key: string,
  valid: readonly T[],
  fallback: T,
  what: string,
): { value: T; notices: string[] } {
  const values = params.getAll(key);
  const notices: string[] = [];
  if (values.length > 1) {
    notices.push(`The link gives "${key}" more than once; the first value was used.`);
  }
  const raw = values[0];
  if (raw === undefined || raw === "") return { value: fallback, notices };
  if ((valid as readonly string[]).includes(raw)) return { value: raw as T, notices };
  notices.push(
    `Unknown ${what} ${clip(raw)} in the link; showing ${fallback}. Valid: ${valid.join(", ")}.`,
  );
  return { value: fallback, notices };
}

export function parseFiguresState(
  raw: RawParams,
  kinds: readonly string[],
  parties: readonly string[],
  figureIds: readonly string[],
): { state: FiguresState; notices: string[] } {
  const notices: string[] = [];
  const state = {
    kind: listParam(raw, "kind", kinds, [], notices),
    party: listParam(raw, "party", parties, [], notices),
    compare: listParam(raw, "compare", figureIds, [], notices),
  };
  notices.push(...unknownParamNotices(raw, [...FIGURES_PARAMS, ...FIGURES_PART_PARAMS]));
  return { state, notices };
}

export function serialiseFiguresState(state: FiguresState): string {
  const params = new URLSearchParams();
  if (state.kind.length) params.set("kind", state.kind.join(","));
  if (state.party.length) params.set("party", state.party.join(","));
  if (state.compare.length) params.set("compare", state.compare.join(","));
  return params.toString();
}

// ——— /timeline ———

export interface TimelineState {
  category: string[];
  /** One actor at a time on the page (the API takes several). */
  actor: string | null;
  thread: string | null;
  /** Only the paper's own events and expectations, or only what stored reports say came after. */
  period: TimelinePeriod | null;
}

export const TIMELINE_PERIODS = ["paper", "after"] as const;
export type TimelinePeriod = (typeof TIMELINE_PERIODS)[number];

export const TIMELINE_PARAMS = ["category", "actor", "thread", "period"] as const;

export function parseTimelineState(
  raw: RawParams,
  categories: readonly string[],
  actors: readonly string[],
  threads: readonly string[],
): { state: TimelineState; notices: string[] } {
  const notices: string[] = [];
  const state = {
    category: listParam(raw, "category", categories, [], notices),
    actor: oneParam(raw, "actor", actors, notices),
    thread: oneParam(raw, "thread", threads, notices),
    period: oneParam(raw, "period", TIMELINE_PERIODS, notices),
  };
  notices.push(...unknownParamNotices(raw, TIMELINE_PARAMS));
  return { state, notices };
}

export function serialiseTimelineState(state: TimelineState): string {
  const params = new URLSearchParams();
  if (state.category.length) params.set("category", state.category.join(","));
  if (state.actor) params.set("actor", state.actor);
  if (state.thread) params.set("thread", state.thread);
  if (state.period) params.set("period", state.period);
  return params.toString();
}

/** The list with `value` switched: removed if present, added if not. */
export function toggleIn<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
}
