import type { ArmsRegisterRelease } from "@/lib/constants";
import { ARMS_REGISTER_RELEASES } from "@/lib/constants";
import type {
  ArmsDeal,
  ArmsDealsFile,
  ArmsRegister,
  ArmsVolumeYear,
} from "@/lib/data/schemas/arms-deals";
import { PARTY_NAMES } from "@/lib/data/parties";
import { SERIES_UNIT_LABELS, sourceLineFor } from "@/lib/charts/chart-data";
import { formatNumber } from "@/lib/charts/number-format";
import { PAGES } from "@/lib/routes";
import type { TableRowSpec, TableSpec } from "./table";
import type { RawState, ViewTexts } from "./view-model";
import { oneParam, unknownParamNotices } from "./view-state";

/**
 * The Russia↔Iran deals of SIPRI's deal-level registers (/figures): one release at a time,
 * each deal as the register states it. A register gives deals, not years: a deal that delivered
 * over several years is shown with its delivery years and one delivered TIV, never split.
 */

export type ArmsDealsData = Pick<ArmsDealsFile, "registers" | "latestYear">;

/** The newest release first: the view opens on it. */
export const DEFAULT_DEALS_RELEASE: ArmsRegisterRelease = "sipri-at-2026";

export const RELEASE_LABELS: Record<ArmsRegisterRelease, string> = {
  "sipri-at-2025": "2025 register (deliveries to 2024)",
  "sipri-at-2026": "2026 register (deliveries to 2025)",
};

/**
 * The systems the paper names on Iran's wish list, and those Iran ordered later, matched against
 * the register's weapon designations (Russia to Iran only). A system the register does not list
 * is reported as absent, never filled in from elsewhere.
 */
export const WATCHED_SYSTEMS = [
  { system: "S-400", group: "paper", pattern: /^S-400/ },
  { system: "Su-30", group: "paper", pattern: /^Su-30/ },
  { system: "T-90S", group: "paper", pattern: /^T-90/ },
  { system: "Su-35", group: "later", pattern: /^Su-35/ },
  { system: "Yak-130", group: "later", pattern: /^Yak-130/ },
  { system: "Mi-28", group: "later", pattern: /^Mi-28/ },
] as const;

export const WATCH_GROUP_LABELS = {
  paper: "On the wish list the paper reports (2016)",
  later: "Ordered after the paper",
} as const;

export const NOT_IN_REGISTER = "not in the register";

/** A count with SIPRI's "?" when the register marks it uncertain; an empty cell said so. */
export function markedCount(n: number | null, uncertain: boolean, empty = "not given"): string {
  if (n === null) return empty;
  return `${formatNumber(n)}${uncertain ? "?" : ""}`;
}

/** Delivery years as the register lists them: a run of years as a span, gaps kept. */
export function deliveryYearsText(years: readonly number[]): string {
  if (years.length === 0) return "none yet";
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs[runs.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(", ");
}

export function tivDeliveredText(d: ArmsDeal): string {
  if (d.tivDelivered === null) return "none identified";
  if (d.tivDelivered === 0) {
    return d.numberDelivered === 0 ? "0 (none delivered)" : "0 (under 0.5m)";
  }
  return formatNumber(d.tivDelivered);
}

export function tivOrderText(d: ArmsDeal): string {
  if (d.tivOrder === null) return "not available";
  // The register writes 0 for the order's TIV when it gives no number ordered.
  if (d.numberOrdered === null && d.tivOrder === 0) return "not given (no number ordered)";
  return formatNumber(d.tivOrder);
}

const flow = (d: Pick<ArmsDeal, "supplier" | "recipient">) =>
  `${PARTY_NAMES[d.supplier]} → ${PARTY_NAMES[d.recipient]}`;

export const dealKey = (d: ArmsDeal) =>
  `${d.supplier}>${d.recipient}|${d.designation}|${d.orderYear}`;

/** What the register says of one watched system: its deals, or that it lists none. */
export interface WatchRow {
  system: string;
  group: keyof typeof WATCH_GROUP_LABELS;
  deals: ArmsDeal[];
  /** One sentence: ordered and delivered as the register states them, or "not in the register". */
  text: string;
}

export function watchList(register: ArmsRegister): WatchRow[] {
  return WATCHED_SYSTEMS.map(({ system, group, pattern }) => {
    const deals = register.deals.filter(
      (d) => d.supplier === "russia" && d.recipient === "iran" && pattern.test(d.designation),
    );
    const text =
      deals.length === 0
        ? `${NOT_IN_REGISTER} (no Russia → Iran deal for it)`
        : deals
            .map(
              (d) =>
                `${d.designation}: ${markedCount(d.numberOrdered, d.numberOrderedUncertain)} ordered in ${d.orderYear}${d.orderYearUncertain ? "?" : ""}, ${markedCount(d.numberDelivered, d.numberDeliveredUncertain)} delivered${d.deliveryYears.length ? ` (${deliveryYearsText(d.deliveryYears)})` : ""}`,
            )
            .join("; ");
    return { system, group, deals, text };
  });
}

/** One field of a deal that differs between two releases. */
export interface DealChange {
  field: string;
  old: string;
  new: string;
}

export interface DealRevision {
  key: string;
  label: string;
  changes: DealChange[];
}

export interface DealRevisions {
  older: ArmsRegisterRelease;
  newer: ArmsRegisterRelease;
  changed: DealRevision[];
  /** Deals only the newer release lists (or listed under another designation or order year). */
  added: ArmsDeal[];
  removed: ArmsDeal[];
}

const DEAL_FIELDS: { field: string; text: (d: ArmsDeal) => string }[] = [
  { field: "number ordered", text: (d) => markedCount(d.numberOrdered, d.numberOrderedUncertain) },
  {
    field: "number delivered",
    text: (d) => markedCount(d.numberDelivered, d.numberDeliveredUncertain),
  },
  { field: "delivery years", text: (d) => deliveryYearsText(d.deliveryYears) },
  { field: "TIV per unit", text: (d) => formatNumber(d.tivPerUnit) },
  { field: "TIV of the order", text: tivOrderText },
  { field: "TIV delivered", text: tivDeliveredText },
  { field: "year of order marked uncertain", text: (d) => (d.orderYearUncertain ? "yes" : "no") },
  { field: "comments", text: (d) => d.comments ?? "none" },
];

/**
 * How each Russia↔Iran deal changed from one register release to the next, field by field, as
 * the two files state them: the changed fields are the only "why" the registers give (a new TIV
 * per unit is a unit-value revision). Deals are matched by parties, designation and year of
 * order, so a renamed system shows as removed and added.
 */
export function dealRevisions(older: ArmsRegister, newer: ArmsRegister): DealRevisions {
  // A key that two deals of one release share (two 1993 engine deals, say) cannot be matched
  // one-to-one: those deals are listed as removed and added rather than paired by guess.
  const unique = (deals: readonly ArmsDeal[]) => {
    const counts = new Map<string, number>();
    for (const d of deals) counts.set(dealKey(d), (counts.get(dealKey(d)) ?? 0) + 1);
    return new Map(deals.filter((d) => counts.get(dealKey(d)) === 1).map((d) => [dealKey(d), d]));
  };
  const before = unique(older.deals);
  const after = unique(newer.deals);
  const changed: DealRevision[] = [];
  for (const [key, d] of after) {
    const o = before.get(key);
    if (!o) continue;
    const changes = DEAL_FIELDS.flatMap(({ field, text }) =>
      text(o) === text(d) ? [] : [{ field, old: text(o), new: text(d) }],
    );
    if (changes.length) {
      changed.push({
        key,
        label: `${d.designation} (${flow(d)}, ordered ${d.orderYear})`,
        changes,
      });
    }
  }
  // Changes in numbers or TIV first: those alter what a reader would cite.
  const weighty = (r: DealRevision) =>
    r.changes.some(
      (c) =>
        /number|TIV|delivery years/.test(c.field) &&
        c.old.replaceAll("?", "") !== c.new.replaceAll("?", ""),
    )
      ? 0
      : 1;
  changed.sort((a, b) => weighty(a) - weighty(b));
  return {
    older: older.release,
    newer: newer.release,
    changed,
    added: newer.deals.filter((d) => !before.has(dealKey(d)) || !after.has(dealKey(d))),
    removed: older.deals.filter((d) => !after.has(dealKey(d)) || !before.has(dealKey(d))),
  };
}

/** The release before this one among the registers held, if any. */
export function previousRegister(
  data: ArmsDealsData,
  release: ArmsRegisterRelease,
): ArmsRegister | undefined {
  const i = ARMS_REGISTER_RELEASES.indexOf(release);
  const prev = i > 0 ? ARMS_REGISTER_RELEASES[i - 1] : undefined;
  return data.registers.find((r) => r.release === prev);
}

/** Newest order first; within a year, Russia → Iran before Iran → Russia, then by name. */
function byOrder(a: ArmsDeal, b: ArmsDeal): number {
  return (
    b.orderYear - a.orderYear ||
    a.supplier.localeCompare(b.supplier) * -1 ||
    a.designation.localeCompare(b.designation)
  );
}

export const DEAL_COLUMNS = [
  "Weapon",
  "Supplier → recipient",
  "Year of order",
  "Number ordered",
  "Number delivered",
  "Delivery years",
  "TIV per unit",
  "TIV of the order",
  "TIV delivered",
  "Status and comments",
];

export function dealRow(d: ArmsDeal): TableRowSpec {
  return {
    key: `${dealKey(d)}|${d.line}`,
    cells: [
      { text: d.designation, note: d.description, header: true },
      { text: flow(d) },
      {
        text: `${d.orderYear}${d.orderYearUncertain ? "?" : ""}`,
        value: d.orderYear,
        estimate: d.orderYearUncertain,
      },
      {
        text: markedCount(d.numberOrdered, d.numberOrderedUncertain),
        value: d.numberOrdered ?? "",
        estimate: d.numberOrderedUncertain,
      },
      {
        text: markedCount(d.numberDelivered, d.numberDeliveredUncertain),
        value: d.numberDelivered,
        estimate: d.numberDeliveredUncertain,
      },
      { text: deliveryYearsText(d.deliveryYears) },
      { text: formatNumber(d.tivPerUnit), value: d.tivPerUnit },
      { text: tivOrderText(d), value: d.tivOrder ?? "" },
      { text: tivDeliveredText(d), value: d.tivDelivered ?? "" },
      { text: [d.status, d.comments].filter(Boolean).join("; "), small: true },
    ],
  };
}

export function dealsTable(register: ArmsRegister, deals: readonly ArmsDeal[]): TableSpec {
  return {
    caption: `Russia↔Iran deals in SIPRI's ${RELEASE_LABELS[register.release]}, newest order first; "?" marks what SIPRI calls uncertain.`,
    columns: DEAL_COLUMNS,
    rows: [...deals].sort(byOrder).map(dealRow),
  };
}

export function armsDealsView(data: ArmsDealsData, release: ArmsRegisterRelease) {
  const register = data.registers.find((r) => r.release === release);
  if (!register) throw new Error(`no register for ${release} in data/arms-deals.json`);
  const watch = watchList(register);
  const previous = previousRegister(data, release);
  const revisions = previous ? dealRevisions(previous, register) : undefined;
  const delivered = watch.filter((w) => w.deals.some((d) => d.numberDelivered > 0));
  const absent = watch.filter((w) => w.deals.length === 0);
  const texts: ViewTexts = {
    title: `Russia↔Iran arms deals, SIPRI ${RELEASE_LABELS[release]}`,
    description: `Each deal between Russia and Iran in SIPRI's trade register as that release states it: year of order, numbers ordered and delivered, delivery years, TIV per unit and in total, status and comments; "?" marks what SIPRI calls uncertain, and a deal delivered over several years is never split into years.`,
    takeaway: `Of the paper's wish list (S-400, Su-30, T-90S) and the later orders (Su-35, Yak-130, Mi-28), this release records deliveries only of ${delivered.map((w) => w.system).join(", ") || "none"}; ${absent.map((w) => w.system).join(", ")} ${absent.length === 1 ? "is" : "are"} not in the register.`,
    source: sourceLineFor([register.source]),
    asOf: `Data as published: ${register.source.vintage}`,
    unit: SERIES_UNIT_LABELS.tiv_m,
    href:
      release === DEFAULT_DEALS_RELEASE
        ? `${PAGES.figures}#arms-deals-heading`
        : `${PAGES.figures}?deals=${release}#arms-deals-heading`,
    token: release === DEFAULT_DEALS_RELEASE ? "arms-deals" : `arms-deals?release=${release}`,
    table: dealsTable(register, register.deals),
    notes: [
      {
        heading: "Deals, not years",
        text: "A deal-level register gives each deal's delivered TIV and the years it delivered in, not how much in each year; the yearly charts use releases that give TIV by delivery year.",
      },
      {
        heading: "Uncertainty",
        text: `SIPRI marks uncertain years and numbers with "?"; an empty number ordered means the data are not yet available.`,
      },
    ],
  };
  return { ...texts, release, register, watch, revisions };
}
export type ArmsDealsView = ReturnType<typeof armsDealsView>;

/** A slide's or embed's release from its query (`arms-deals?release=…`); a bad one falls back. */
export function armsDealsState(raw: RawState) {
  const notices: string[] = [];
  const release = oneParam(raw, "release", ARMS_REGISTER_RELEASES, notices);
  notices.push(...unknownParamNotices(raw, ["release"]));
  return { release: release ?? DEFAULT_DEALS_RELEASE, notices };
}

/** The releases that hold Russia↔Iran deals and differ: the switcher offers them. */
export function switchableReleases(data: ArmsDealsData): ArmsRegisterRelease[] {
  const held = data.registers.filter((r) => r.deals.length > 0);
  const differ = held.some((r, i) => {
    const prev = i > 0 ? held[i - 1] : undefined;
    if (!prev) return false;
    const rev = dealRevisions(prev, r);
    return rev.changed.length + rev.added.length + rev.removed.length > 0;
  });
  return differ ? held.map((r) => r.release) : held.slice(-1).map((r) => r.release);
}

/** The latest single-year figures (SIPRI's 2024 volume tables) shown beside the yearly chart. */
export function latestYearRows(latest: ArmsVolumeYear) {
  return latest.rows.map((r) => ({
    key: `${r.supplier}-${r.recipient ?? "total"}`,
    label:
      r.recipient === null
        ? `All arms exports from ${PARTY_NAMES[r.supplier]}`
        : `${PARTY_NAMES[r.supplier]} → ${PARTY_NAMES[r.recipient]}`,
    value: r.lessThanHalf ? "0 (under 0.5m)" : formatNumber(r.value),
    sourceRow: `${latest.file}, line ${r.line} ("${r.label}")`,
  }));
}
