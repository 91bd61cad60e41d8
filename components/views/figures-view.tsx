"use client";

import type { Figure } from "@/lib/data/schemas/figures";
import { FIGURE_KINDS } from "@/lib/constants";
import type { FiguresResponse } from "@/lib/api/api-schemas";
import {
  compareFigures,
  figureBars,
  FIGURE_KIND_LABELS,
  formatFigure,
} from "@/lib/charts/chart-data";
import { counterpartOf, partyName } from "@/lib/data/parties";
import type { Footnote } from "@/lib/data/schemas/sources";
import { figuresView } from "@/lib/views/figures";
import { frameTexts } from "@/lib/views/view-model";
import {
  paramsToRecord,
  parseFiguresState,
  serialiseFiguresState,
  FIGURES_PART_PARAMS,
  toggleIn,
} from "@/lib/views/view-state";
import { FilterChips, FilterPanel } from "./filter-chips";
import { actorStyle } from "@/components/charts/actor-style";
import { ChartFrame } from "@/components/charts/chart-frame";
import { EvidenceDetails } from "@/components/evidence/evidence-list";
import { BarChart } from "@/components/charts/bar-chart";
import { BoundNote } from "@/components/charts/bound-note";
import { Notices } from "@/components/shell/notices";
import { useUrlState } from "@/components/shell/use-url-state";
import { anchorId, itemId } from "@/lib/routes";

interface FiguresViewProps {
  /** The same answer /api/figures gives, from the build. */
  data: FiguresResponse;
  parties: string[];
  footnotes: Record<number, Footnote>;
  paperTitle: string;
}

const figureParty = (f: Figure) => counterpartOf(f.parties);

/** The paper's figures, one chart per kind and unit, with filters and a guarded comparison. */
export function FiguresView({ data, parties, footnotes, paperTitle }: FiguresViewProps) {
  const { figures } = data;
  const ids = figures.map((f) => f.id);
  const { state, update, notices, watcher } = useUrlState(
    (params) => parseFiguresState(paramsToRecord(params), FIGURE_KINDS, parties, ids),
    serialiseFiguresState,
    FIGURES_PART_PARAMS,
  );
  const view = figuresView(figures, { kind: state.kind, party: state.party });
  const { shown } = view;
  const chosen = figures.filter((f) => state.compare.includes(f.id));
  const comparison = compareFigures(chosen);
  const toggle = (key: "kind" | "party" | "compare", value: string) =>
    update((s) => ({ ...s, [key]: toggleIn(s[key], value) }));

  return (
    <div className="url-state-region space-y-6">
      {watcher}
      <Notices notices={notices} />
      <FilterPanel
        legend="Filter the figures"
        status={`Showing ${shown.length} of ${figures.length} figures.`}
        active={state.kind.length > 0 || state.party.length > 0}
        onClear={() => update((s) => ({ ...s, kind: [], party: [] }))}
      >
        <FilterChips
          label="Kind"
          options={FIGURE_KINDS.map((k) => ({ value: k, label: FIGURE_KIND_LABELS[k] }))}
          selected={state.kind}
          onToggle={(k) => toggle("kind", k)}
        />
        <FilterChips
          label="Party"
          options={parties.map((p) => ({ value: p, label: partyName(p) }))}
          selected={state.party}
          onToggle={(p) => toggle("party", p)}
        />
      </FilterPanel>

      <h2 className="text-xl font-semibold">The paper&apos;s figures, one chart per kind</h2>
      <div data-testid="figures-bars" className="grid gap-6 lg:grid-cols-2">
        {view.charts.length === 0 ? (
          <p>No figure matches these filters. Clear a filter to see more.</p>
        ) : null}
        {view.charts.map((c) => (
          <ChartFrame
            key={c.token}
            testId={`figures-${c.group.kind}`}
            headingLevel="h3"
            {...frameTexts(c)}
            slide={c.token}
            boxStyle={{ height: "auto" }}
            footnote={
              <BoundNote figures={c.group.figures} checkHref={`#${anchorId("paperVsData")}`} />
            }
          >
            <BarChart unitLabel={c.unit} data={figureBars(c.group.figures)} />
          </ChartFrame>
        ))}
      </div>

      <section
        aria-labelledby="compare-heading"
        className="rounded-lg border border-border p-4"
        data-testid="figure-compare"
      >
        <h2 id="compare-heading" className="text-lg font-semibold">
          Compare figures
        </h2>
        <p className="text-sm text-muted">
          Mark two or more figures below with “Compare”. Figures share an axis only when they are of
          the same kind and unit.
        </p>
        {chosen.length ? (
          <div className="mt-2 text-sm" role="status">
            {comparison.ok ? (
              <ul className="space-y-1">
                {[...chosen]
                  .sort((x, y) => y.value - x.value)
                  .map((f) => (
                    <li key={f.id}>
                      <span className="font-medium">{formatFigure(f)}</span> — {f.label} ({f.date})
                    </li>
                  ))}
              </ul>
            ) : (
              <p className="rounded border border-border bg-notice-bg p-2 text-notice-fg">
                {comparison.reason}
              </p>
            )}
            <button
              type="button"
              onClick={() => update((s) => ({ ...s, compare: [] }))}
              className="mt-2 underline"
            >
              Clear the comparison
            </button>
          </div>
        ) : null}
      </section>

      <h2 className="text-xl font-semibold">Each figure with its caveat and evidence</h2>
      <ul className="grid gap-4 md:grid-cols-2" aria-label="Figures with their evidence">
        {shown.map((f) => {
          const st = actorStyle(figureParty(f), partyName(figureParty(f)));
          const inCompare = state.compare.includes(f.id);
          return (
            <li
              key={f.id}
              id={itemId("figure", f.id)}
              className="render-when-near scroll-mt-4 rounded-lg border border-border bg-surface p-4"
            >
              <div className="flex items-start justify-between gap-2">
                <h3 className="font-semibold">{f.label}</h3>
                <button
                  type="button"
                  aria-pressed={inCompare}
                  aria-label={`Compare: ${f.label}`}
                  onClick={() => toggle("compare", f.id)}
                  className={`shrink-0 rounded border px-2 py-0.5 text-xs ${inCompare ? "border-fg font-semibold" : "border-border"}`}
                >
                  Compare
                </button>
              </div>
              <p className="mt-1 text-2xl font-bold tabular-nums" style={{ color: st.colour }}>
                {formatFigure(f)}
              </p>
              <p className="text-xs text-muted">
                {FIGURE_KIND_LABELS[f.kind]} · {f.date} · {f.parties.map(partyName).join(", ")} · as
                reported in 2016
              </p>
              {f.caveat ? <p className="mt-2 text-sm">{f.caveat}</p> : null}
              {f.evidence ? (
                <EvidenceDetails
                  className="mt-2"
                  evidence={f.evidence}
                  footnotes={footnotes}
                  paperTitle={paperTitle}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
