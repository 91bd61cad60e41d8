import type {
  ArmsRecipient,
  ArmsRecipientsFile,
  RecipientCategory,
} from "@/lib/data/schemas/arms-recipients";
import type { ExternalSource } from "@/lib/data/schemas/common";
import type { PaperVsDataItem, RankedRecipient, Verdict } from "@/lib/data/schemas/paper-vs-data";
import type { Series, SeriesFile, SeriesPoint } from "@/lib/data/schemas/series";
import type { ReleaseRecomputation } from "@/lib/data/schemas/paper-vs-data";
import { TIV_RELEASES, type TivRelease } from "@/lib/constants";
import type { PaperEvidence } from "@/lib/data/schemas/common";
import { formatNumber } from "@/lib/charts/number-format";

/**
 * The paper's two SIPRI claims set against the TIV tables we hold. Pure functions over the
 * validated datasets (no I/O), so every number the dashboard prints can be recomputed in a
 * test from the raw files.
 */

export interface YearWindow {
  from: number;
  to: number;
}

/** The paper's window for the Russia/China comparison (footnote 62). */
export const RATIO_WINDOW: YearWindow = { from: 2005, to: 2010 };
/**
 * "The past decade" of a paper written in 2016: SIPRI's data then ran to 2015, so 2006–2015.
 * A parameter, because the paper does not say which ten years it means.
 */
export const PAST_DECADE: YearWindow = { from: 2006, to: 2015 };

/**
 * "Almost double" read as a ratio from 1.7 up to 2.05 (2.0 with room for rounding). Below 1.7
 * is "well over half as much again" at best; above 2.05 is "more than double".
 */
export const ALMOST_DOUBLE = { min: 1.7, max: 2.05 } as const;
/** "Substantially more": at least half as much again as Iran received. */
export const SUBSTANTIALLY_MORE = 1.5;
/** "A top importing destination": among the ten largest recipients. */
export const TOP_DESTINATIONS = 10;

/** Both SIPRI sentences are arguments the paper sets out for a camp, not the authors' findings. */
export const CLAIM_ARMS_RATIO: PaperEvidence = {
  attribution: { kind: "camp", who: "russia-leaners" },
  section: "The “Russia-leaners”",
  footnote: 62,
  quote:
    "The Stockholm International Peace Research Institute (SIPRI) estimates that publicly recorded Russian arms sales to Iran from 2005 to 2010 were almost double the value of Chinese exports to Iran.",
};

/** Cites [73], which the paper's footnote list lacks, so the evidence names no footnote. */
export const CLAIM_RECIPIENT_RANK: PaperEvidence = {
  attribution: { kind: "camp", who: "re-balancers" },
  section: "The “Re-balancers”",
  footnote: null,
  quote:
    "According to SIPRI figures, Iran does not feature as a top importing destination for Russian military goods, with countries such as Algeria, Azerbaijan, Venezuela, and Vietnam having received substantially more arms from Moscow in the past decade.",
};

/** The countries the paper names as receiving more, by party id. */
export const NAMED_RECIPIENTS = ["algeria", "azerbaijan", "venezuela", "viet-nam"] as const;

interface WithPoints {
  id?: string;
  points: readonly SeriesPoint[];
}

function checkWindow(from: number, to: number): void {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) {
    throw new RangeError(`bad year window ${from}–${to}: give whole years with from ≤ to`);
  }
}

/**
 * Total TIV over the years from..to, inclusive. Throws if the series lacks a year or has a gap
 * there: a sum over a window the data does not cover would quietly undercount.
 */
export function sumTiv(series: WithPoints, from: number, to: number): number {
  checkWindow(from, to);
  const byYear = new Map(series.points.map((p) => [p.year, p.value] as const));
  let total = 0;
  for (let year = from; year <= to; year++) {
    const value = byYear.get(year);
    if (value === undefined || value === null) {
      throw new RangeError(`${series.id ?? "series"} has no value for ${year}`);
    }
    total += value;
  }
  return total;
}

export interface ArmsRatio {
  from: number;
  to: number;
  russiaToIran: number;
  chinaToIran: number;
  /** Russia ÷ China, or null when China delivered nothing. */
  ratio: number | null;
}

export function armsRatio(
  russiaToIran: WithPoints,
  chinaToIran: WithPoints,
  from: number,
  to: number,
): ArmsRatio {
  const russia = sumTiv(russiaToIran, from, to);
  const china = sumTiv(chinaToIran, from, to);
  return {
    from,
    to,
    russiaToIran: russia,
    chinaToIran: china,
    ratio: china === 0 ? null : russia / china,
  };
}

export interface RecipientRanking {
  from: number;
  to: number;
  /** Largest total first; ties share a rank and are ordered by name. */
  ranking: (RankedRecipient & { party?: string })[];
  iran: RankedRecipient | undefined;
}

/**
 * Ranks recipients by their total over from..to. All rows count by default (the claim is about
 * Russia's destinations, and SIPRI's non-state and organisation rows are small); pass
 * `categories` to rank states only.
 */
export function recipientRanking(
  recipients: readonly ArmsRecipient[] | ArmsRecipientsFile,
  from: number,
  to: number,
  options: { categories?: readonly RecipientCategory[] } = {},
): RecipientRanking {
  const rows = "recipients" in recipients ? recipients.recipients : recipients;
  const wanted = options.categories;
  const totals = rows
    .filter((r) => !wanted || wanted.includes(r.category))
    .map((r) => ({
      id: r.id,
      name: r.name,
      category: r.category,
      ...(r.party ? { party: r.party } : {}),
      total: sumTiv(r, from, to),
    }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  // Competition ranking: one more than the number of recipients with a strictly larger total.
  const ranking = totals.map((r) => ({
    ...r,
    rank: 1 + totals.filter((o) => o.total > r.total).length,
  }));
  const iran = ranking.find((r) => r.party === "iran" || r.id === "iran");
  return { from, to, ranking, iran };
}

const fmt = (n: number) => formatNumber(n, 0);

/** "Generated 28 July 2022 (via …)" → "July 2022": how a reader names a vintage. */
export function vintageLabel(source: ExternalSource): string {
  const m =
    /(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/.exec(
      source.vintage,
    );
  return m ? `${m[1]} ${m[2]}` : source.vintage;
}

const ordinal = (n: number) => {
  const s = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
};

const WHY_VINTAGES_DIFFER_COMMON =
  "SIPRI revises past years in every release of its arms-transfers database, as it learns of deliveries or re-dates them, so a table generated in 2022 need not match the one the paper's authors read around 2016. TIV measures the military capability transferred on SIPRI's fixed price scale, not what the buyer paid, so it is a volume index rather than the value of sales. A single large delivery can move a few years' total a long way.";

export function ratioVerdict(ratio: number | null): { verdict: Verdict; reason: string } {
  if (ratio === null || ratio <= 1) {
    return {
      verdict: "inconsistent",
      reason: "Russia did not deliver more than China in the window, so the claim does not hold.",
    };
  }
  if (ratio >= ALMOST_DOUBLE.min && ratio <= ALMOST_DOUBLE.max) {
    return {
      verdict: "consistent",
      reason: `A ratio between ${ALMOST_DOUBLE.min} and ${ALMOST_DOUBLE.max} reads as "almost double".`,
    };
  }
  return {
    verdict: "partly-consistent",
    reason:
      ratio > ALMOST_DOUBLE.max
        ? `Russia's lead holds, but at ${ratio.toFixed(1)} times China's it is more than double, not "almost double" (read as ${ALMOST_DOUBLE.min}–${ALMOST_DOUBLE.max}).`
        : `Russia's lead holds, but at ${ratio.toFixed(1)} times China's it falls short of "almost double" (read as ${ALMOST_DOUBLE.min}–${ALMOST_DOUBLE.max}).`,
  };
}

function releaseOf(s: Series): TivRelease {
  if (s.release !== "sipri-at-2022" && s.release !== "sipri-at-2024") {
    throw new Error(`series "${s.id}" names no arms-transfers release`);
  }
  return s.release;
}

function recipientsRelease(recipients: ArmsRecipientsFile, russia: Series): TivRelease {
  if (recipients.source.vintage !== russia.source.vintage) {
    throw new Error("data/arms-recipients.json is not of the ratio's release: re-run the import");
  }
  return releaseOf(russia);
}

function findSeries(file: SeriesFile, id: string) {
  const s = file.series.find((x) => x.id === id);
  if (!s)
    throw new Error(`series "${id}" is missing from data/series.json: run npm run import-external`);
  return s;
}

/** The one series of a flow in one release; releases are never mixed in a sum. */
function flowIn(file: SeriesFile, release: TivRelease, supplier: string, recipient: string) {
  const found = file.series.filter(
    (s) =>
      s.kind === "tiv" &&
      s.release === release &&
      s.parties[0] === supplier &&
      s.parties[1] === recipient,
  );
  if (found.length > 1) throw new Error(`${release} has two ${supplier}→${recipient} series`);
  return found[0];
}

const covers = (s: Series, from: number, to: number) =>
  [...Array(to - from + 1).keys()].every((i) =>
    s.points.some((p) => p.year === from + i && p.value !== null),
  );

/**
 * The Russia/China ratio on each yearly release that gives both flows for every year of the
 * window: each release's two series summed on their own, never one release's years with another's.
 */
export function ratioByRelease(series: SeriesFile, window: YearWindow): ReleaseRecomputation[] {
  return TIV_RELEASES.flatMap((release) => {
    const russia = flowIn(series, release, "russia", "iran");
    const china = flowIn(series, release, "china", "iran");
    if (!russia || !china) return [];
    if (!covers(russia, window.from, window.to) || !covers(china, window.from, window.to))
      return [];
    const computed = armsRatio(russia, china, window.from, window.to);
    const judged = ratioVerdict(computed.ratio);
    return [
      {
        release,
        computed: { kind: "arms-ratio" as const, ...computed },
        verdict: judged.verdict,
        verdictReason: judged.reason,
        vintage: russia.source.vintage,
      },
    ];
  });
}

export interface PaperVersusDataOptions {
  ratioWindow?: YearWindow;
  decade?: YearWindow;
}

/** The paper's SIPRI claims, each with what the data we hold says and a verdict. */
export function paperVersusData(
  series: SeriesFile,
  recipients: ArmsRecipientsFile,
  options: PaperVersusDataOptions = {},
): PaperVsDataItem[] {
  const rw = options.ratioWindow ?? RATIO_WINDOW;
  const decade = options.decade ?? PAST_DECADE;

  // ——— [62] Russia versus China as Iran's suppliers ———
  const russiaToIran = findSeries(series, "tiv-russia-to-iran");
  const chinaToIran = findSeries(series, "tiv-china-to-iran");
  const ratio = armsRatio(russiaToIran, chinaToIran, rw.from, rw.to);
  const ratioJudged = ratioVerdict(ratio.ratio);
  const tivVintage = vintageLabel(russiaToIran.source);
  const ratioItem: PaperVsDataItem = {
    id: "russian-vs-chinese-arms-to-iran",
    claim: CLAIM_ARMS_RATIO,
    citedFootnote: 62,
    footnoteMissing: false,
    paperSays: `In setting out the Russia-leaners' argument, the paper cites SIPRI for Russia's recorded arms sales to Iran in ${rw.from}–${rw.to} being "almost double" China's.`,
    dataSays:
      `In the ${tivVintage} vintage, Russia delivered ${fmt(ratio.russiaToIran)}m TIV to Iran in ${rw.from}–${rw.to} against China's ${fmt(ratio.chinaToIran)}m` +
      (ratio.ratio === null
        ? ": China delivered nothing, so there is no ratio."
        : `: a ratio of ${ratio.ratio.toFixed(1)}.`),
    computed: { kind: "arms-ratio", ...ratio },
    verdict: ratioJudged.verdict,
    verdictReason: ratioJudged.reason,
    whyVintagesDiffer: WHY_VINTAGES_DIFFER_COMMON,
    source: russiaToIran.source,
    release: releaseOf(russiaToIran),
    byRelease: ratioByRelease(series, rw),
    byReleaseNote: `Recomputed on each SIPRI release that gives TIV by delivery year for both flows over ${rw.from}–${rw.to}. The 2025 and 2026 registers list deals, not years, so they give no ratio for a window of years.`,
  };

  // ——— [73] Iran's place among Russia's recipients ———
  const rank = recipientRanking(recipients, decade.from, decade.to);
  const iran = rank.iran;
  if (!iran) throw new Error("Iran is not among the recipients in data/arms-recipients.json");
  const named = NAMED_RECIPIENTS.map((party) => {
    const r = rank.ranking.find((x) => x.party === party);
    if (!r) throw new Error(`${party} is not among the recipients in data/arms-recipients.json`);
    const { id, name, category, total, rank: place } = r;
    return {
      id,
      name,
      category,
      total,
      rank: place,
      timesIran: iran.total === 0 ? null : total / iran.total,
    };
  });
  const strip = ({ id, name, category, total, rank: place }: RankedRecipient) => ({
    id,
    name,
    category,
    total,
    rank: place,
  });
  const sensitivity = [-1, 0, 1]
    .map((shift) => {
      const r = recipientRanking(recipients, decade.from + shift, decade.to + shift);
      if (!r.iran) throw new Error("Iran is not among the recipients");
      return { from: r.from, to: r.to, iranTotal: r.iran.total, iranRank: r.iran.rank };
    })
    .filter((w) => w.from >= recipients.from && w.to <= recipients.to);
  const withDeliveries = rank.ranking.filter((r) => r.total > 0).length;

  const allSubstantially = named.every(
    (n) => n.timesIran !== null && n.timesIran >= SUBSTANTIALLY_MORE,
  );
  const allAbove = named.every((n) => n.total > iran.total);
  const noneAbove = named.every((n) => n.total <= iran.total);
  const outsideTop = iran.rank > TOP_DESTINATIONS;
  let rankVerdict: Verdict;
  let rankReason: string;
  if (allSubstantially && outsideTop) {
    rankVerdict = "consistent";
    rankReason = `Iran ranks outside Russia's top ${TOP_DESTINATIONS} destinations, and each named country received at least ${SUBSTANTIALLY_MORE} times Iran's total.`;
  } else if (noneAbove || iran.rank <= 5) {
    rankVerdict = "inconsistent";
    rankReason = noneAbove
      ? "None of the countries the paper names received more than Iran."
      : `Iran ranks ${ordinal(iran.rank)}, among Russia's five largest destinations.`;
  } else {
    rankVerdict = "partly-consistent";
    rankReason = [
      outsideTop ? null : `Iran ranks ${ordinal(iran.rank)}, inside the top ${TOP_DESTINATIONS}.`,
      allAbove
        ? allSubstantially
          ? null
          : `Every named country received more than Iran, but not all at least ${SUBSTANTIALLY_MORE} times as much.`
        : "Not every named country received more than Iran.",
    ]
      .filter(Boolean)
      .join(" ");
  }
  const namedText = [...named]
    .sort((a, b) => b.total - a.total)
    .map(
      (n) =>
        `${n.name} ${fmt(n.total)}m (${ordinal(n.rank)}${n.timesIran === null ? "" : `, ${n.timesIran.toFixed(1)}×`})`,
    )
    .join(", ");
  const rankItem: PaperVsDataItem = {
    id: "iran-among-russian-arms-recipients",
    claim: CLAIM_RECIPIENT_RANK,
    citedFootnote: 73,
    footnoteMissing: true,
    paperSays:
      "In setting out the re-balancers' argument, the paper cites SIPRI figures for Iran not featuring as a top destination of Russian arms: Algeria, Azerbaijan, Venezuela and Vietnam received substantially more from Moscow in the past decade.",
    dataSays: `In the ${vintageLabel(recipients.source)} vintage, Iran received ${fmt(iran.total)}m TIV from Russia in ${decade.from}–${decade.to}, ${ordinal(iran.rank)} of the ${withDeliveries} recipients with recorded deliveries; ${namedText}.`,
    computed: {
      kind: "recipient-rank",
      from: decade.from,
      to: decade.to,
      iranTotal: iran.total,
      iranRank: iran.rank,
      recipientCount: rank.ranking.length,
      recipientsWithDeliveries: withDeliveries,
      top: rank.ranking.slice(0, TOP_DESTINATIONS).map(strip),
      named,
      sensitivity,
    },
    verdict: rankVerdict,
    verdictReason: rankReason,
    whyVintagesDiffer: `${WHY_VINTAGES_DIFFER_COMMON} The paper does not say which ten years "the past decade" covers; ${decade.from}–${decade.to} assumes the last full year SIPRI had published in 2016, and the sensitivity figures show the rank a year either side.`,
    source: recipients.source,
    // The recipients table is the Russia supplier table of the 2022 release (same file as the
    // ratio's Russia series); checked against it rather than assumed.
    release: recipientsRelease(recipients, russiaToIran),
    byRelease: [],
    byReleaseNote:
      "Ranked only on the 2022 tables: they are the one release we hold with every recipient of Russian arms; the 2024 register is imported for Russia, Iran and China only, and the 2025 and 2026 registers list deals, not years.",
  };

  return [ratioItem, rankItem];
}
