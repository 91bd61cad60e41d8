import type { Series } from "@/lib/data/schemas/series";
import { SERIES_UNIT_LABELS, sourceLineFor } from "@/lib/charts/chart-data";
import { seriesTable, type SeriesKeyBy } from "@/lib/charts/chart-tables";
import { partyName } from "@/lib/data/parties";
import { MAX_NOTES, type ViewTexts } from "./view-model";
import { PAGES } from "@/lib/routes";
import {
  SERIES_RELEASE_LABELS,
  type DotsRelease,
  type MilexRelease,
  type TivRelease,
} from "@/lib/constants";
import { chartEventsNote, type ChartEvent, type ChartEventRef } from "./chart-events";

/**
 * The published-data line charts, each defined once: which series it draws, its title and
 * description, the years shown, the sentence its slide leads with and the page it lives on.
 * The dashboard page (seriesFrameProps), the deck slide and the embed (slide-views) all draw
 * from these entries, so a title or a caveat cannot differ between them; each id is also a
 * deck token (lib/deck/deck.ts) and an embeddable view, so one entry here is the whole definition.
 */
export interface SeriesViewDef {
  pick: (s: Series) => boolean;
  title: string;
  description: string;
  takeaway: string;
  from: number;
  to: number;
  /** The dashboard page that shows it. */
  href: string;
  /** The page's test id for the chart. */
  testId: string;
  /**
   * Timeline events drawn as labelled markers (lib/views/chart-events), a few per chart, each
   * chosen because a line may turn near it; all within from–to (a unit test checks).
   */
  events: readonly ChartEventRef[];
  /** Lines told apart by partner (the default) or by reporter (a mirror comparison). */
  keyBy?: SeriesKeyBy;
}

/**
 * The trade mirror charts run to 2020: the sanctions of 2010, the deal and the US exit from it
 * bracket the flows the paper saw and those it did not.
 */
const MIRROR_EVENTS: readonly ChartEventRef[] = [
  { id: "unsc-resolution-1929", label: "UN Resolution 1929" },
  { id: "jcpoa-concluded", label: "Nuclear deal" },
  { id: "us-exits-jcpoa-2018", label: "US leaves the deal" },
];

/** The last year the paper could see: later values are flagged in the trade views' notes. */
export const PAPER_LAST_YEAR = 2016;

/** Iran's own DOTS table only: the partner-reported tables have their own charts. */
const isTrade = (flow: "exports" | "imports") => (s: Series) =>
  s.kind === "trade-flow" && s.reporter === "iran" && s.flow === flow;

/**
 * One flow of goods as both sides' DOTS tables give it, from one vintage: the exporter's report
 * (FOB) and the importer's (CIF), each its own line. They are the same goods counted twice, so
 * they may differ (freight and insurance, timing, re-exports), and they are never joined.
 */
const isMirror = (release: DotsRelease, origin: string, destination: string) => (s: Series) =>
  s.kind === "trade-flow" &&
  s.release === release &&
  ((s.reporter === origin && s.flow === "exports" && s.parties[1] === destination) ||
    (s.reporter === destination && s.flow === "imports" && s.parties[1] === origin));

/**
 * One SIPRI release per chart: each release restates every year at its own price basis and
 * revises past figures, so two releases on one axis would show revisions as changes.
 */
const isMilexRelease = (release: MilexRelease) => (s: Series) =>
  s.kind === "milex" && s.release === release;

/** TIV from one release only: each arms-transfers release revises and re-dates past deliveries. */
const isTivRelease = (release: TivRelease, ids: readonly string[]) => (s: Series) =>
  s.kind === "tiv" && s.release === release && ids.includes(s.id);

export const SERIES_VIEWS = {
  "arms-tiv": {
    pick: isTivRelease("sipri-at-2022", ["tiv-russia-to-iran", "tiv-china-to-iran"]),
    title: "Arms deliveries to Iran: Russia and China, 2000–2021",
    description:
      "SIPRI trend-indicator values (TIV, millions) of arms delivered to Iran each year by Russia and by China.",
    takeaway:
      "SIPRI's volume index of arms delivered to Iran each year by Russia and by China; TIV measures capability transferred, not money.",
    from: 2000,
    to: 2021,
    href: PAGES.figures,
    testId: "arms-tiv-chart",
    events: [
      { id: "s-300-contract", label: "S-300 sale agreed" },
      { id: "s-300-halted", label: "S-300 sale frozen" },
      { id: "s-300-delivery-begins", label: "S-300 deliveries begin" },
      { id: "un-arms-restrictions-lapse-2020", label: "UN arms curbs end (Iran's reading)" },
    ],
  },
  "arms-both-ways": {
    pick: isTivRelease("sipri-at-2024", [
      "tiv-russia-to-iran-2024-release",
      "tiv-iran-to-russia-2024-release",
      "tiv-china-to-iran-2024-release",
    ]),
    title:
      "Arms deliveries between Russia, Iran and China, 2000–2023 (SIPRI register, 2024 release)",
    description:
      "SIPRI trend-indicator values (TIV, millions) delivered each year from Russia to Iran, from Iran to Russia and from China to Iran, summed from the delivery rows of the trade register in SIPRI's March 2024 release. TIV is SIPRI's index of the volume of military capability transferred, not a money value. Hollow markers are years with at least one delivery whose year or number SIPRI estimates. Not comparable with the 2000–2021 chart, which comes from SIPRI's 2022 tables.",
    takeaway:
      "SIPRI's 2024 release records no arms deliveries from Iran to Russia in 2000–2021, then 123m TIV in 2022 and 120m in 2023, more than it records from Russia to Iran in any year after 2016; Russia's deliveries to Iran peak at 413m in 2016, and China's recorded deliveries to Iran end in 2015.",
    from: 2000,
    to: 2023,
    href: PAGES.figures,
    testId: "arms-both-ways-chart",
    events: [
      { id: "s-300-halted", label: "S-300 sale frozen" },
      { id: "s-300-delivery-begins", label: "S-300 deliveries begin" },
      { id: "un-arms-restrictions-lapse-2020", label: "UN arms curbs end (Iran's reading)" },
      { id: "iran-admits-drones-to-russia-2022", label: "Iran admits drones to Russia" },
    ],
  },
  "trade-exports": {
    pick: isTrade("exports"),
    title: "Iran's exports by partner, 2005–2016",
    description:
      "Iran's exports (FOB, US$ millions, current prices) to Russia, China, the EU, Italy, France, Germany and Turkey; hollow markers are IMF estimates from partner data.",
    takeaway:
      "What Iran sold to Russia, China, the EU and its larger European partners and Turkey, in current US dollars.",
    from: 2005,
    to: 2016,
    href: PAGES.figures,
    testId: "trade-exports-chart",
    events: [
      { id: "unsc-resolution-1929", label: "UN Resolution 1929" },
      { id: "jcpoa-concluded", label: "Nuclear deal" },
      { id: "sanctions-relief-begins", label: "Sanctions eased" },
    ],
  },
  "trade-imports": {
    pick: isTrade("imports"),
    title: "Iran's imports by partner, 2005–2016",
    description:
      "Iran's imports (CIF, US$ millions, current prices) from Russia, China, the EU, Italy, France, Germany and Turkey; hollow markers are IMF estimates.",
    takeaway:
      "What Iran bought from Russia, China, the EU and its larger European partners and Turkey, in current US dollars.",
    from: 2005,
    to: 2016,
    href: PAGES.figures,
    testId: "trade-imports-chart",
    events: [
      { id: "unsc-resolution-1929", label: "UN Resolution 1929" },
      { id: "jcpoa-concluded", label: "Nuclear deal" },
      { id: "sanctions-relief-begins", label: "Sanctions eased" },
    ],
  },
  "trade-mirror-russia-to-iran": {
    pick: isMirror("imf-dots-2022", "russia", "iran"),
    title: "Goods from Russia to Iran, 2005–2020: Russia's report beside Iran's table (IMF DOTS)",
    description:
      "The same flow counted by each side, in US$ millions at current prices, from one IMF DOTS vintage (downloaded early 2022, data to 2020): Russia's reported exports to Iran (FOB) and the imports from Russia in Iran's DOTS table (CIF). Two lines, two reporters, never joined; an exporter's and an importer's figures for the same goods differ (freight and insurance, timing).",
    takeaway:
      "For 2017–2020 Russia reports exports to Iran of $1.2–1.4bn a year, while Iran's DOTS table gives imports from Russia of $0.7–1.4bn: two counts of the same goods that do not agree.",
    from: 2005,
    to: 2020,
    href: PAGES.figures,
    testId: "trade-mirror-russia-to-iran-chart",
    events: MIRROR_EVENTS,
    keyBy: "reporter",
  },
  "trade-mirror-iran-to-russia": {
    pick: isMirror("imf-dots-2022", "iran", "russia"),
    title: "Goods from Iran to Russia, 2005–2020: Russia's report beside Iran's table (IMF DOTS)",
    description:
      "The same flow counted by each side, in US$ millions at current prices, from one IMF DOTS vintage (downloaded early 2022, data to 2020): Russia's reported imports from Iran (CIF) and the exports to Russia in Iran's DOTS table (FOB). Every value on Iran's side is an IMF estimate (hollow markers), which DOTS derives from partner data, so it is no independent check on Russia's figure.",
    takeaway:
      "For 2017–2020 Russia reports imports from Iran of $0.4–0.8bn a year; Iran's side of this flow is IMF estimates in every year, not figures Iran reported.",
    from: 2005,
    to: 2020,
    href: PAGES.figures,
    testId: "trade-mirror-iran-to-russia-chart",
    events: MIRROR_EVENTS,
    keyBy: "reporter",
  },
  "trade-mirror-china-to-iran": {
    pick: isMirror("imf-dots-2022", "china", "iran"),
    title: "Goods from China to Iran, 2005–2020: China's report beside Iran's table (IMF DOTS)",
    description:
      "The same flow counted by each side, in US$ millions at current prices, from one IMF DOTS vintage (downloaded early 2022, data to 2020): China's reported exports to Iran (FOB) and the imports from China in Iran's DOTS table (CIF). Two lines, two reporters, never joined.",
    takeaway:
      "China reports its exports to Iran falling from $18.7bn in 2017 to $8.5bn in 2020; Iran's DOTS table gives imports from China falling from $13.1bn to $6.2bn over the same years.",
    from: 2005,
    to: 2020,
    href: PAGES.figures,
    testId: "trade-mirror-china-to-iran-chart",
    events: MIRROR_EVENTS,
    keyBy: "reporter",
  },
  "trade-mirror-iran-to-china": {
    pick: isMirror("imf-dots-2022", "iran", "china"),
    title: "Goods from Iran to China, 2005–2020: China's report beside Iran's table (IMF DOTS)",
    description:
      "The same flow counted by each side, in US$ millions at current prices, from one IMF DOTS vintage (downloaded early 2022, data to 2020): China's reported imports from Iran (CIF) and the exports to China in Iran's DOTS table (FOB). Every value on Iran's side is an IMF estimate (hollow markers), derived from partner data.",
    takeaway:
      "China reports imports from Iran of $18.5bn in 2017 and $22.0bn in 2018, then $6.4bn in 2020; Iran's side of this flow is IMF estimates in every year.",
    from: 2005,
    to: 2020,
    href: PAGES.figures,
    testId: "trade-mirror-iran-to-china-chart",
    events: MIRROR_EVENTS,
    keyBy: "reporter",
  },
  milex: {
    pick: isMilexRelease("sipri-milex-2017"),
    title: "Military expenditure, 2005–2016 (SIPRI April 2017 release, constant 2015 US$)",
    description:
      "SIPRI military expenditure from its April 2017 release, in US$ millions at constant 2015 prices, for Iran, Russia, Saudi Arabia, Israel and Turkey; hollow markers are SIPRI estimates. Later releases restate these years at other prices and are charted separately.",
    takeaway:
      "What Iran, Russia, Saudi Arabia, Israel and Turkey spent on their militaries (SIPRI military expenditure), at constant 2015 prices.",
    from: 2005,
    to: 2016,
    href: PAGES.balancing,
    testId: "milex-chart",
    events: [
      { id: "iran-defence-budget-increase", label: "Iran raises defence budget" },
      { id: "russia-intervenes-in-syria", label: "Russia enters Syria's war" },
    ],
  },
  "milex-2025": {
    pick: isMilexRelease("sipri-milex-2025"),
    title: "Military expenditure, 2005–2024 (SIPRI April 2025 release, constant 2023 US$)",
    description:
      "SIPRI military expenditure from its April 2025 release, in US$ millions at constant 2023 prices, for Iran, Russia, Saudi Arabia, Israel and Turkey; hollow markers are SIPRI estimates. Not comparable with the 2017 or 2026 release charts: each release has its own price basis and may revise earlier years.",
    takeaway:
      "SIPRI's April 2025 release gives the five states' military spending to 2024 at 2023 prices; SIPRI marks as its own estimates Russia's figures for 2005–2012 and from 2022, and Saudi Arabia's from 2016.",
    from: 2005,
    to: 2024,
    href: PAGES.balancing,
    testId: "milex-2025-chart",
    events: [
      { id: "russia-intervenes-in-syria", label: "Russia enters Syria's war" },
      { id: "us-exits-jcpoa-2018", label: "US leaves nuclear deal" },
      { id: "iran-admits-drones-to-russia-2022", label: "Iran admits drones to Russia" },
    ],
  },
  "milex-2026": {
    pick: isMilexRelease("sipri-milex-2026"),
    title: "Military expenditure, 2005–2025 (SIPRI 2026 release v1.2, constant 2024 US$)",
    description:
      "SIPRI military expenditure from its 2026 release (version 1.2), in US$ millions at constant 2024 prices, for Iran, Russia, Saudi Arabia, Israel and Turkey; hollow markers are SIPRI estimates. Not comparable with the 2017 or 2025 release charts: each release has its own price basis and may revise earlier years.",
    takeaway:
      "SIPRI's 2026 release (v1.2) gives the five states' military spending to 2025 at 2024 prices; SIPRI marks as its own estimates Russia's figures for 2005–2012 and from 2022, and Saudi Arabia's from 2016.",
    from: 2005,
    to: 2025,
    href: PAGES.balancing,
    testId: "milex-2026-chart",
    events: [
      { id: "russia-intervenes-in-syria", label: "Russia enters Syria's war" },
      { id: "us-exits-jcpoa-2018", label: "US leaves nuclear deal" },
      { id: "iran-admits-drones-to-russia-2022", label: "Iran admits drones to Russia" },
      { id: "israel-strikes-iran-russia-condemns-2025", label: "Israel strikes Iran" },
    ],
  },
} as const satisfies Record<string, SeriesViewDef>;

export type SeriesViewId = keyof typeof SERIES_VIEWS;
export const SERIES_VIEW_IDS = Object.keys(SERIES_VIEWS) as SeriesViewId[];

/**
 * A series view in full, from the entry and the published series: texts, source line, vintage,
 * unit, table and speaker notes. The page (SeriesFrame), the slide and the embed all draw this.
 */
/**
 * What a reader must know about a trade series' estimates: how many of the shown values the IMF
 * estimated, and how many of those after the paper's last year (Iran does not report to DOTS).
 */
export function estimateNote(s: Series, from: number, to: number): string {
  const shown = s.points.filter((p) => p.year >= from && p.year <= to && p.value !== null);
  const est = shown.filter((p) => p.estimated === true).length;
  const later = shown.filter((p) => p.year > PAPER_LAST_YEAR);
  const laterEst = later.filter((p) => p.estimated === true).length;
  const whose = s.reporter ? `${possessive(partyName(s.reporter))} DOTS table` : "The table";
  const after =
    later.length > 0
      ? ` It has ${later.length} values after ${PAPER_LAST_YEAR} (to ${Math.max(...later.map((p) => p.year))}), ${laterEst} of them estimates.`
      : "";
  return `${whose}: ${est} of the ${shown.length} values shown (${from}–${to}) are IMF estimates (“e”).${after}`;
}

const possessive = (name: string) => (name.endsWith("s") ? `${name}'` : `${name}'s`);

export function seriesView(
  id: SeriesViewId,
  all: readonly Series[],
  events: readonly ChartEvent[] = [],
) {
  const def: SeriesViewDef = SERIES_VIEWS[id];
  const series = all.filter(def.pick);
  const keyBy: SeriesKeyBy = def.keyBy ?? "partner";
  const unit = series[0]?.unit ?? "usd_m";
  const texts: ViewTexts = {
    title: def.title,
    description: def.description,
    takeaway: def.takeaway,
    source: sourceLineFor(series.map((s) => s.source)),
    asOf: `Data as published: ${[...new Set(series.map((s) => s.source.vintage))].join("; ")}`,
    unit: SERIES_UNIT_LABELS[unit],
    href: def.href,
    token: id,
    table: seriesTable(def.title, series, def.from, def.to, keyBy),
    // The events' note first: MAX_NOTES must not cut it from the speaker notes.
    notes: [
      ...[chartEventsNote(events)].filter((n) => n !== null),
      ...series.map((s) => ({
        heading: s.label,
        text: `${s.source.publisher}, ${s.source.dataset}; source row “${s.sourceRow}”. Vintage: ${s.source.vintage}.${
          s.kind === "trade-flow" ? ` ${estimateNote(s, def.from, def.to)}` : ""
        }${s.release ? ` Release: ${SERIES_RELEASE_LABELS[s.release]}.` : ""}`,
      })),
    ].slice(0, MAX_NOTES),
  };
  return { ...texts, series, from: def.from, to: def.to, testId: def.testId, keyBy };
}

export type SeriesView = ReturnType<typeof seriesView>;

/**
 * What the dashboard page hands SeriesFrame for a view: its id and only its own series (the
 * frame derives the rest with seriesView, so the page's payload carries the numbers once).
 */
export function seriesFrameProps(id: SeriesViewId, all: readonly Series[]) {
  const def: SeriesViewDef = SERIES_VIEWS[id];
  return { id, series: all.filter(def.pick), testId: def.testId, slide: id };
}
