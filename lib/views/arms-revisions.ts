import type { TivRelease } from "@/lib/constants";
import { TIV_RELEASES } from "@/lib/constants";
import type { Series } from "@/lib/data/schemas/series";
import type { ArmsTotalsFile, ArmsTotalsRelease } from "@/lib/data/schemas/arms-totals";
import { PARTY_NAMES, type PartyId } from "@/lib/data/parties";
import type { SeriesViewId } from "./series-views";

/**
 * Revisions between SIPRI arms-transfer releases that give TIV by delivery year: for one flow,
 * each year both releases cover, the older and the newer value side by side. Each release's
 * series stays whole and apart; this only reads the two and lists where they disagree, so an
 * analyst can cite the right release. Nothing here joins two releases into one line.
 */

/** The yearly releases, oldest first, and the chart (series view) that draws each alone. */
export const ARMS_RELEASE_VIEWS: Record<TivRelease, SeriesViewId> = {
  "sipri-at-2022": "arms-tiv",
  "sipri-at-2024": "arms-both-ways",
};
export const DEFAULT_ARMS_RELEASE: TivRelease = "sipri-at-2024";

export const ARMS_RELEASE_LABELS: Record<TivRelease, string> = {
  "sipri-at-2022": "2022 tables (deliveries to 2021)",
  "sipri-at-2024": "2024 register (deliveries to 2023)",
};

/** The flows both yearly releases give. */
export const REVISION_FLOWS: { supplier: PartyId; recipient: PartyId }[] = [
  { supplier: "russia", recipient: "iran" },
  { supplier: "china", recipient: "iran" },
];

/**
 * Why a release's figures moved, where the publisher or the file's provenance says so. Between
 * the 2022 tables and the 2024 register neither does (the provenance notes only that 2000–2003
 * differ), so no reason is given and the page says SIPRI does not state one.
 */
export const STATED_REASONS: Partial<Record<`${TivRelease}>${TivRelease}`, string>> = {};
export const NO_STATED_REASON = "SIPRI does not state why";

/**
 * The older releases round each cell to a whole number, the register gives decimals: a year
 * counts as revised only when the two differ by more than that rounding (half a unit).
 */
export const ROUNDING_TOLERANCE = 0.5;

export interface YearRevision {
  supplier: PartyId;
  recipient: PartyId;
  year: number;
  old: number;
  new: number;
  /** new − old, to the register's precision. */
  difference: number;
  reason: string;
}

export interface ReleaseRevisions {
  older: TivRelease;
  newer: TivRelease;
  /** The years both releases give for every flow compared. */
  from: number;
  to: number;
  revisions: YearRevision[];
}

/** The one series of a flow in a release; two would mean a release split or duplicated. */
export function releaseSeries(
  all: readonly Series[],
  release: TivRelease,
  supplier: PartyId,
  recipient: PartyId,
): Series | undefined {
  const found = all.filter(
    (s) =>
      s.kind === "tiv" &&
      s.release === release &&
      s.parties[0] === supplier &&
      s.parties[1] === recipient,
  );
  if (found.length > 1) {
    throw new Error(`${release} has ${found.length} series ${supplier}→${recipient}, not one`);
  }
  return found[0];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function yearRevisions(
  all: readonly Series[],
  older: TivRelease,
  newer: TivRelease,
): ReleaseRevisions {
  const reason = STATED_REASONS[`${older}>${newer}`] ?? NO_STATED_REASON;
  let from = Infinity;
  let to = -Infinity;
  const revisions = REVISION_FLOWS.flatMap(({ supplier, recipient }) => {
    const a = releaseSeries(all, older, supplier, recipient);
    const b = releaseSeries(all, newer, supplier, recipient);
    if (!a || !b) return [];
    const byYear = new Map(b.points.map((p) => [p.year, p.value]));
    return a.points.flatMap((p) => {
      const next = byYear.get(p.year);
      if (p.value === null || next === undefined || next === null) return [];
      from = Math.min(from, p.year);
      to = Math.max(to, p.year);
      const difference = round2(next - p.value);
      if (Math.abs(difference) <= ROUNDING_TOLERANCE) return [];
      return [{ supplier, recipient, year: p.year, old: p.value, new: next, difference, reason }];
    });
  });
  return { older, newer, from, to, revisions };
}

/** The release before and after this one among the yearly releases. */
export function neighbours(release: TivRelease): { previous?: TivRelease; next?: TivRelease } {
  const i = TIV_RELEASES.indexOf(release);
  return { previous: TIV_RELEASES[i - 1], next: TIV_RELEASES[i + 1] };
}

/**
 * What the revision list says beside a release's chart: the changes from the release before it
 * (its revisions), or, for the oldest, what the next release changed in it (what to stop citing).
 */
export function revisionsFor(all: readonly Series[], release: TivRelease) {
  const { previous, next } = neighbours(release);
  if (previous) {
    return { direction: "since" as const, ...yearRevisions(all, previous, release) };
  }
  if (next) return { direction: "until" as const, ...yearRevisions(all, release, next) };
  return undefined;
}

export const flowName = (r: Pick<YearRevision, "supplier" | "recipient">) =>
  `${PARTY_NAMES[r.supplier]} → ${PARTY_NAMES[r.recipient]}`;

/** One year of Iran's imports from all suppliers that two releases state differently. */
export interface TotalsRevision {
  year: number;
  old: number;
  new: number;
  difference: number;
  reason: string;
}

/**
 * Iran's arms imports from all suppliers in the 2023 country totals against the 2024 register:
 * the same flow in two releases, compared year by year under the same rounding rule as above
 * (the totals table rounds each cell to a whole number). Each side comes from its own block.
 */
export function totalsRevisions(
  file: Pick<ArmsTotalsFile, "releases">,
  older: ArmsTotalsRelease = "sipri-at-2023",
  newer: ArmsTotalsRelease = "sipri-at-2024",
) {
  const a = file.releases.find((r) => r.release === older);
  const b = file.releases.find((r) => r.release === newer);
  if (!a || !b) throw new Error(`no ${!a ? older : newer} block in data/arms-totals.json`);
  const byYear = new Map(b.points.map((p) => [p.year, p.value]));
  const years = a.points.filter((p) => p.value !== null && byYear.get(p.year) != null);
  const revisions: TotalsRevision[] = years.flatMap((p) => {
    const next = byYear.get(p.year);
    if (p.value === null || next === undefined || next === null) return [];
    const difference = round2(next - p.value);
    if (Math.abs(difference) <= ROUNDING_TOLERANCE) return [];
    return [{ year: p.year, old: p.value, new: next, difference, reason: NO_STATED_REASON }];
  });
  return {
    older,
    newer,
    from: years[0]?.year,
    to: years[years.length - 1]?.year,
    revisions,
  };
}
