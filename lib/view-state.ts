import { FACTION_IDS, isFactionId, type FactionId } from "./constants";

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
