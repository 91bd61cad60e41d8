"use client";

import { TIV_RELEASES, ARMS_REGISTER_RELEASES, type TivRelease } from "@/lib/constants";
import type { ArmsVolumeYear } from "@/lib/data/schemas/arms-deals";
import type { ArmsTotalsFile } from "@/lib/data/schemas/arms-totals";
import type { Series } from "@/lib/data/schemas/series";
import { SeriesFrame } from "@/components/charts/series-frame";
import { ArmsDealsFrame } from "@/components/charts/arms-deals-frame";
import { useUrlParam } from "@/components/shell/use-url-state";
import { formatNumber } from "@/lib/charts/number-format";
import { sourceLineFor } from "@/lib/charts/chart-data";
import { seriesFrameProps, type SeriesViewId } from "@/lib/views/series-views";
import type { ChartEvents } from "@/lib/views/chart-events";
import {
  ARMS_RELEASE_LABELS,
  ARMS_RELEASE_VIEWS,
  DEFAULT_ARMS_RELEASE,
  ROUNDING_TOLERANCE,
  flowName,
  revisionsFor,
  totalsRevisions,
} from "@/lib/views/arms-revisions";
import {
  DEFAULT_DEALS_RELEASE,
  RELEASE_LABELS,
  armsDealsView,
  latestYearRows,
  switchableReleases,
  type ArmsDealsData,
} from "@/lib/views/arms-deals";
import { parseReleaseParam } from "@/lib/views/view-state";

/** Buttons that pick one release; the pressed one is the release drawn. */
function ReleaseSwitch<T extends string>({
  legend,
  options,
  value,
  onChange,
  testId,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (v: T) => void;
  testId: string;
}) {
  return (
    <fieldset data-testid={testId} className="flex flex-wrap items-center gap-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={o.value === value}
          onClick={() => onChange(o.value)}
          className="rounded border border-border bg-surface px-3 py-1 text-sm hover:border-accent aria-pressed:border-accent aria-pressed:font-semibold"
        >
          {o.label}
        </button>
      ))}
    </fieldset>
  );
}

/** A link's release that could not be used, said where the switch is. */
function InlineNotices({ notices, testId }: { notices: string[]; testId: string }) {
  if (!notices.length) return null;
  return (
    <div
      role="status"
      data-testid={testId}
      className="rounded border border-border bg-notice-bg p-2 text-sm text-notice-fg"
    >
      {notices.map((n) => (
        <p key={n}>{n}</p>
      ))}
    </div>
  );
}

const parseArms = (params: URLSearchParams) =>
  parseReleaseParam(params, "arms", TIV_RELEASES, DEFAULT_ARMS_RELEASE, "arms-transfers release");

/** A release's name without its coverage, short enough for a column heading. */
const shortLabel = (r: TivRelease) => ARMS_RELEASE_LABELS[r].replace(/ \(.*\)$/, "");

/**
 * The yearly arms chart, one SIPRI release at a time (?arms=): choosing a release redraws the
 * chart from that release's series only, and the list beside it gives the years another release
 * states differently. Two releases are never drawn as one line.
 */
export function ArmsReleaseChart({
  series,
  latestYear,
  totals,
  events,
}: {
  series: readonly Series[];
  latestYear: ArmsVolumeYear;
  totals: Pick<ArmsTotalsFile, "releases">;
  /** The timeline events each release's chart marks (resolved on the server). */
  events?: Partial<Record<SeriesViewId, ChartEvents>>;
}) {
  const {
    value: release,
    set,
    notices,
    watcher,
  } = useUrlParam("arms", parseArms, DEFAULT_ARMS_RELEASE);
  const viewId = ARMS_RELEASE_VIEWS[release];
  const revisions = revisionsFor(series, release);
  const other = revisions
    ? revisions.direction === "since"
      ? revisions.older
      : revisions.newer
    : undefined;
  const latest = latestYearRows(latestYear);
  const imports = totalsRevisions(totals);
  return (
    <section
      aria-labelledby="arms-release-heading"
      className="space-y-3"
      data-testid="arms-releases"
    >
      {watcher}
      <h3 id="arms-release-heading" className="text-lg font-semibold">
        Arms deliveries by year, one SIPRI release at a time
      </h3>
      <ReleaseSwitch
        legend="SIPRI release drawn"
        testId="arms-release-switch"
        options={TIV_RELEASES.map((r) => ({ value: r, label: ARMS_RELEASE_LABELS[r] }))}
        value={release}
        onChange={(r: TivRelease) => set(r)}
      />
      <InlineNotices notices={notices} testId="arms-release-notice" />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <SeriesFrame key={viewId} {...seriesFrameProps(viewId, series)} events={events?.[viewId]} />
        <div className="space-y-4">
          <div
            data-testid="arms-latest-year"
            className="rounded-lg border border-border bg-bg p-4 text-sm shadow-sm"
          >
            <h4 className="font-semibold">
              Latest single year: {latestYear.year} (SIPRI 2025 release)
            </h4>
            <p className="text-muted">
              SIPRI&apos;s volume tables for {latestYear.year} alone, a later release than the
              chart: read beside it, never as its next point.
            </p>
            <table className="mt-2 w-full border-collapse">
              <caption className="sr-only">
                SIPRI TIV (millions) delivered in {latestYear.year}, 2025 release
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="text-left">
                    Flow
                  </th>
                  <th scope="col" className="text-right">
                    TIV, millions
                  </th>
                </tr>
              </thead>
              <tbody>
                {latest.map((r) => (
                  <tr key={r.key} title={r.sourceRow}>
                    <th scope="row" className="py-0.5 text-left font-normal">
                      {r.label}
                    </th>
                    <td className="text-right tabular-nums">{r.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="mt-2 text-xs text-muted">{sourceLineFor([latestYear.source])}</p>
          </div>
          <div
            data-testid="arms-revisions"
            data-release={release}
            className="rounded-lg border border-border bg-bg p-4 text-sm shadow-sm"
          >
            {revisions && other ? (
              <>
                <h4 className="font-semibold">
                  {revisions.direction === "since"
                    ? `Years this release revised from the ${ARMS_RELEASE_LABELS[other]}`
                    : `Years the ${ARMS_RELEASE_LABELS[other]} later revised`}
                </h4>
                <p className="text-muted">
                  Both releases give {revisions.from}–{revisions.to}. A year is listed when the two
                  differ by more than the older tables&apos; rounding (±{ROUNDING_TOLERANCE}); the
                  chart itself draws one release only.
                </p>
                {revisions.revisions.length === 0 ? (
                  <p className="mt-2">No year differs beyond rounding.</p>
                ) : (
                  <table className="mt-2 w-full border-collapse">
                    <caption className="sr-only">
                      TIV (millions) by year in the {ARMS_RELEASE_LABELS[revisions.older]} and the{" "}
                      {ARMS_RELEASE_LABELS[revisions.newer]}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col" className="text-left">
                          Flow, year
                        </th>
                        <th scope="col" className="text-right">
                          {shortLabel(revisions.older)} → {shortLabel(revisions.newer)}
                        </th>
                        <th scope="col" className="text-right">
                          Difference
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {revisions.revisions.map((r) => (
                        <tr key={`${r.supplier}-${r.year}`}>
                          <th scope="row" className="py-0.5 text-left font-normal">
                            {flowName(r)}, {r.year}
                          </th>
                          <td className="text-right tabular-nums">
                            {formatNumber(r.old)} → {formatNumber(r.new)}
                          </td>
                          <td className="text-right tabular-nums">
                            {r.difference > 0 ? "+" : ""}
                            {formatNumber(r.difference)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <p className="mt-2">
                  Why: {[...new Set(revisions.revisions.map((r) => r.reason))].join("; ") || "—"}.
                </p>
              </>
            ) : null}
            <div data-testid="iran-imports-revisions" className="mt-3 border-t border-border pt-2">
              <h4 className="font-semibold">
                Iran&apos;s arms imports from all suppliers: SIPRI&apos;s{" "}
                {imports.older.replace("sipri-at-", "")} country totals →{" "}
                {imports.newer.replace("sipri-at-", "")} register
              </h4>
              <p className="text-muted">
                The same flow in both releases, {imports.from}–{imports.to}; years that differ by
                more than ±{ROUNDING_TOLERANCE}: {imports.revisions.length}. Why: SIPRI does not
                state why.
              </p>
              <ul className="mt-1 grid grid-cols-2 gap-x-4 tabular-nums">
                {imports.revisions.map((r) => (
                  <li key={r.year}>
                    {r.year}: {formatNumber(r.old)} → {formatNumber(r.new)} (
                    {r.difference > 0 ? "+" : ""}
                    {formatNumber(r.difference)})
                  </li>
                ))}
              </ul>
            </div>
            <p className="mt-2 text-xs text-muted">
              The 2025 and 2026 registers list deals, not years, and give no yearly series.
            </p>
          </div>
        </div>
      </div>
    </section>
  );
}

const parseDeals = (params: URLSearchParams) =>
  parseReleaseParam(
    params,
    "deals",
    ARMS_REGISTER_RELEASES,
    DEFAULT_DEALS_RELEASE,
    "register release",
  );

/**
 * Russia↔Iran deals from SIPRI's deal-level register (?deals=): the paper's wish list and the
 * later orders as the register states them, the deals since 2015, and what changed from the
 * previous register.
 */
export function ArmsDealsPanel({ data }: { data: ArmsDealsData }) {
  const {
    value: release,
    set,
    notices,
    watcher,
  } = useUrlParam("deals", parseDeals, DEFAULT_DEALS_RELEASE);
  const releases = switchableReleases(data);
  const view = armsDealsView(data, releases.includes(release) ? release : DEFAULT_DEALS_RELEASE);
  const rev = view.revisions;
  return (
    <section aria-labelledby="arms-deals-heading" className="space-y-3" data-testid="arms-deals">
      {watcher}
      <h3 id="arms-deals-heading" className="text-lg font-semibold">
        Russia↔Iran arms deals, from SIPRI&apos;s register
      </h3>
      {releases.length > 1 ? (
        <ReleaseSwitch
          legend="Register release shown"
          testId="deals-release-switch"
          options={releases.map((r) => ({ value: r, label: RELEASE_LABELS[r] }))}
          value={view.release}
          onChange={set}
        />
      ) : null}
      <InlineNotices notices={notices} testId="deals-release-notice" />
      <ArmsDealsFrame view={view} slide={view.token} />
      {rev ? (
        <details
          data-testid="deals-revisions"
          className="rounded-lg border border-border p-3 text-sm"
        >
          <summary className="cursor-pointer font-medium">
            What changed from the {RELEASE_LABELS[rev.older]}: {rev.changed.length} deals restated,{" "}
            {rev.added.length} new or renamed, {rev.removed.length} dropped or renamed
          </summary>
          <p className="mt-2 text-muted">
            Field by field as the two files state them; a changed TIV per unit is a unit-value
            revision, and SIPRI does not state why any other field changed. Deals are matched by
            parties, designation and year of order.
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {rev.changed.map((c) => (
              <li key={c.key}>
                <span className="font-medium">{c.label}</span>:{" "}
                {c.changes.map((x) => `${x.field} ${x.old} → ${x.new}`).join("; ")}
              </li>
            ))}
            {rev.added.map((d) => (
              <li key={`added-${d.line}`}>
                <span className="font-medium">Only in the newer register</span>: {d.designation}{" "}
                (ordered {d.orderYear})
              </li>
            ))}
            {rev.removed.map((d) => (
              <li key={`removed-${d.line}`}>
                <span className="font-medium">Only in the older register</span>: {d.designation}{" "}
                (ordered {d.orderYear})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
