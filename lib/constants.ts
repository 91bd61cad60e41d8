/**
 * Plain constants shared by server and client. Kept free of Zod so that importing them
 * from a client component does not pull the schema library into the browser bundle.
 */
export const FACTION_IDS = ["russia-leaners", "re-balancers", "middle-way"] as const;
export type FactionId = (typeof FACTION_IDS)[number];

export function isFactionId(value: string): value is FactionId {
  return (FACTION_IDS as readonly string[]).includes(value);
}

/** Marker shape per faction, so colour is never the only thing telling series apart. */
export const FACTION_MARKERS: Record<FactionId, "circle" | "square" | "triangle"> = {
  "russia-leaners": "circle",
  "re-balancers": "square",
  "middle-way": "triangle",
};

/** Line pattern per faction, for the same reason. */
export const FACTION_DASHES: Record<FactionId, string | undefined> = {
  "russia-leaners": undefined,
  "re-balancers": "7 4",
  "middle-way": "2 3",
};

export const SCORE_MAX = 10;

/** SWR keys are the API URLs themselves, so fallback data and live fetches share one cache entry. */
export const FACTIONS_KEY = "/api/factions";

/** Colour themes; every page is checked for accessibility in each. Stored in localStorage "theme". */
export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export const BALANCING_KEY = "/api/balancing";
export const FIGURES_KEY = "/api/figures";
export const SERIES_KEY = "/api/series";
export const TIMELINE_KEY = "/api/timeline";
