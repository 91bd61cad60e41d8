import { CAMPS, type MarkerShape } from "./identity";
/**
 * Plain constants shared by server and client. Kept free of Zod so that importing them
 * from a client component does not pull the schema library into the browser bundle.
 */
/** The camps, in the order the paper presents them: the identity registry is their one list. */
export type FactionId = keyof typeof CAMPS;
export const FACTION_IDS = Object.keys(CAMPS) as [FactionId, ...FactionId[]];

export function isFactionId(value: string): value is FactionId {
  return (FACTION_IDS as readonly string[]).includes(value);
}

/** Marker shape per faction (from lib/identity.ts), so colour is never the only thing telling series apart. */
export const FACTION_MARKERS = Object.fromEntries(
  FACTION_IDS.map((id) => [id, CAMPS[id].look.marker]),
) as Record<FactionId, MarkerShape>;

/** Line pattern per faction, for the same reason. */
export const FACTION_DASHES = Object.fromEntries(
  FACTION_IDS.map((id) => [id, (CAMPS[id].look as { dash?: string }).dash]),
) as Record<FactionId, string | undefined>;

export const SCORE_MAX = 10;

/** SWR keys are the API URLs themselves, so fallback data and live fetches share one cache entry. */
export const FACTIONS_KEY = "/api/factions";

/**
 * Colour themes; every page is checked for accessibility in each. Stored in localStorage "theme";
 * a deck can also name one in its link. "projector": high contrast, large type, thick lines, for
 * a washed-out beamer at the back of a meeting room.
 */
export const THEMES = ["light", "dark", "projector"] as const;
export const THEME_LABELS: Record<(typeof THEMES)[number], string> = {
  light: "Light",
  dark: "Dark",
  projector: "Projector",
};
export type Theme = (typeof THEMES)[number];

export const BALANCING_KEY = "/api/balancing";
export const FIGURES_KEY = "/api/figures";

// Kinds and categories of the analysis datasets; the Zod schemas build on these lists.
/** Kinds of figure. Two kinds are never drawn on one axis: they measure different things. */
export const FIGURE_KINDS = [
  "deal",
  "trade-target",
  "arms-wish-list",
  "legal-claim",
  "budget-change",
  "ratio",
] as const;

export const FIGURE_UNITS = ["usd_bn", "usd_m", "tiv_m", "percent", "ratio"] as const;

/** How exact the stated number is: "about $40bn" is not "$40bn". */
export const FIGURE_QUALIFIERS = [
  "exact",
  "about",
  "almost",
  "up-to",
  "reportedly",
  "estimated",
  "at-least",
  "more-than",
] as const;

export const SERIES_KINDS = ["tiv", "trade-flow", "milex"] as const;

export const SERIES_UNITS = [
  "tiv_m",
  "usd_m",
  "usd_m_constant_2015",
  "usd_m_constant_2023",
  "usd_m_constant_2024",
] as const;
export type SeriesUnit = (typeof SERIES_UNITS)[number];

/**
 * The SIPRI military-expenditure releases the dashboard holds. Each release restates the whole
 * history at its own price basis and revises past years, so a series and a chart stay inside one
 * release: releases are never spliced and their figures never share an axis.
 */
export const MILEX_RELEASES = ["sipri-milex-2017", "sipri-milex-2025", "sipri-milex-2026"] as const;
export type MilexRelease = (typeof MILEX_RELEASES)[number];

/** The one price basis of each release (SIPRI's constant-dollar sheet in that workbook). */
export const MILEX_RELEASE_UNITS: Record<MilexRelease, SeriesUnit> = {
  "sipri-milex-2017": "usd_m_constant_2015",
  "sipri-milex-2025": "usd_m_constant_2023",
  "sipri-milex-2026": "usd_m_constant_2024",
};

/**
 * The SIPRI Arms Transfers Database releases the dashboard holds (SIPRI updates it each March).
 * Every release revises and re-dates earlier deliveries, so TIV from two releases is never joined
 * into one series or drawn on one axis, just as with military expenditure.
 * "sipri-at-2022": the supplier tables generated 28 July 2022 (deliveries to 2021, via 360info).
 * "sipri-at-2024": the trade register generated 3 January 2025 from the March 2024 release
 * (deliveries to 2023).
 */
export const TIV_RELEASES = ["sipri-at-2022", "sipri-at-2024"] as const;
export type TivRelease = (typeof TIV_RELEASES)[number];

/**
 * The IMF Direction of Trade Statistics vintages the dashboard holds. "imf-dots-2022": the
 * country tables exported around February 2022 (data to 2020) for Iran, Russia and China as
 * reporters. DOTS revises past years between vintages, so two vintages are never joined.
 */
export const DOTS_RELEASES = ["imf-dots-2022"] as const;
export type DotsRelease = (typeof DOTS_RELEASES)[number];

/**
 * The deal-level trade registers (data/arms-deals.json): "sipri-at-2025" generated 13 March 2025
 * (deliveries to 2024), "sipri-at-2026" generated 18 May 2026 (deliveries to 2025). They give
 * deals, not yearly series, so they never label a TIV series.
 */
export const ARMS_REGISTER_RELEASES = ["sipri-at-2025", "sipri-at-2026"] as const;
export type ArmsRegisterRelease = (typeof ARMS_REGISTER_RELEASES)[number];

/** Every publisher's release a series can name; the schema ties each to one kind and one unit. */
export const SERIES_RELEASES = [...MILEX_RELEASES, ...TIV_RELEASES, ...DOTS_RELEASES] as const;
export type SeriesRelease = (typeof SERIES_RELEASES)[number];

/** Which kind of series a release belongs to: a milex release cannot label TIV, nor the reverse. */
export const SERIES_RELEASE_KINDS: Record<SeriesRelease, "milex" | "tiv" | "trade-flow"> = {
  "sipri-milex-2017": "milex",
  "sipri-milex-2025": "milex",
  "sipri-milex-2026": "milex",
  "sipri-at-2022": "tiv",
  "sipri-at-2024": "tiv",
  "imf-dots-2022": "trade-flow",
};

/** The one unit of each release: milex at its release's price basis, TIV in millions, DOTS in current US$ m. */
export const SERIES_RELEASE_UNITS: Record<SeriesRelease, SeriesUnit> = {
  ...MILEX_RELEASE_UNITS,
  "sipri-at-2022": "tiv_m",
  "sipri-at-2024": "tiv_m",
  "imf-dots-2022": "usd_m",
};

/** Short names of the releases, for legends and notes. */
export const SERIES_RELEASE_LABELS: Record<SeriesRelease, string> = {
  "sipri-milex-2017": "SIPRI milex, April 2017 release",
  "sipri-milex-2025": "SIPRI milex, April 2025 release",
  "sipri-milex-2026": "SIPRI milex, 2026 release v1.2",
  "sipri-at-2022": "SIPRI arms transfers, tables generated July 2022",
  "sipri-at-2024": "SIPRI arms transfers, March 2024 release",
  "imf-dots-2022": "IMF DOTS, early-2022 vintage (data to 2020)",
};

export const TIMELINE_CATEGORIES = [
  "diplomacy",
  "arms",
  "nuclear",
  "economy",
  "military",
  "sanctions",
] as const;

/** Kinds of Syrian issue, in the order the paper weighs them (see lib/views/syria-tally.ts). */
export const SYRIA_GROUPS = ["core-aim", "episode-2016", "longer-term", "third-states"] as const;
export type SyriaGroup = (typeof SYRIA_GROUPS)[number];
export const SYRIA_GROUP_LABELS: Record<SyriaGroup, string> = {
  "core-aim": "Core aims",
  "episode-2016": "Episodes of 2016",
  "longer-term": "Longer-term questions",
  "third-states": "Third states (Israel, Saudi Arabia, Turkey)",
};

// ——— The expectations ledger (data/outcomes.json) ———

export const OUTCOME_VERDICTS = [
  "held",
  "not-held",
  "mixed",
  "too-early",
  "not-testable",
  "not-anticipated",
] as const;

/** The paper's themes the ledger groups its entries by. */
export const OUTCOME_TOPICS = [
  "camps",
  "partnership",
  "arms",
  "syria",
  "regional",
  "economy",
  "west",
  "europe",
] as const;

/**
 * Trade figures stated in words after the paper (2022–2025), kept apart from every statistical
 * series: a turnover an official (or the press, citing official data) reports, and a target or
 * expectation. Neither is drawn as a continuation of a DOTS line or on a DOTS axis.
 */
export const TRADE_STATEMENT_KINDS = ["reported-turnover", "target"] as const;
export type TradeStatementKind = (typeof TRADE_STATEMENT_KINDS)[number];
export const TRADE_STATEMENT_KIND_LABELS: Record<TradeStatementKind, string> = {
  "reported-turnover": "Reported turnover (not a statistic)",
  target: "Target or expectation (not a turnover)",
};

/** Who states the figure: an official, the press citing official data, or a business figure. */
export const TRADE_STATEMENT_SPEAKERS = [
  "official",
  "press-citing-official-data",
  "business-figure",
] as const;
export type TradeStatementSpeaker = (typeof TRADE_STATEMENT_SPEAKERS)[number];
export const TRADE_STATEMENT_SPEAKER_LABELS: Record<TradeStatementSpeaker, string> = {
  official: "an official",
  "press-citing-official-data": "the press, citing official data",
  "business-figure": "a business figure (not an official)",
};

/** Whose trade: Russia and Iran, or the whole Eurasian Economic Union and Iran. */
export const TRADE_STATEMENT_SCOPES = ["russia-iran", "eaeu-iran"] as const;
export type TradeStatementScope = (typeof TRADE_STATEMENT_SCOPES)[number];
export const TRADE_STATEMENT_SCOPE_LABELS: Record<TradeStatementScope, string> = {
  "russia-iran": "Russia–Iran",
  "eaeu-iran": "Eurasian Economic Union–Iran",
};
