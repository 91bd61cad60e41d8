"use client";

import { useMemo } from "react";
import type { BalancingResponse } from "@/lib/api/api-schemas";
import type { Footnote } from "@/lib/data/schemas/sources";
import { scoreFor, scoreText, toRadarRows } from "@/lib/charts/series";
import {
  paramsToRecord,
  parseBalancingState,
  serialiseBalancingState,
} from "@/lib/views/view-state";
import { balancingActors, balancingView } from "@/lib/views/balancing";
import { balancingBarView } from "@/lib/views/balancing-bar";
import { frameTexts } from "@/lib/views/view-model";
import { actorStyle } from "@/components/charts/actor-style";
import { ChartFrame } from "@/components/charts/chart-frame";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { Swatch } from "@/components/charts/faction-marker";
import { Notices } from "@/components/shell/notices";
import { RadarChart } from "@/components/charts/radar-chart";
import { AddToDeckButton } from "@/components/export/chart-actions";
import { revealEvidence } from "@/components/evidence/reveal-evidence";
import { useUrlState } from "@/components/shell/use-url-state";

interface BalancingViewProps {
  /** The same answer /api/balancing gives, from the build. */
  data: BalancingResponse;
  footnotes: Record<number, Footnote>;
  paperTitle: string;
}

/** Moscow's balancing: Israel, Saudi Arabia, Turkey and Iran on one radar, a bar view per dimension, the evidence. */
export function BalancingView({ data, footnotes, paperTitle }: BalancingViewProps) {
  const { dimensions } = data;
  const everyone = useMemo(() => balancingActors(data), [data]);
  const ids = everyone.map((a) => a.id);
  const { state, update, notices, watcher } = useUrlState(
    (params) =>
      parseBalancingState(
        paramsToRecord(params),
        ids,
        dimensions.map((d) => d.id),
      ),
    serialiseBalancingState,
  );
  const radar = balancingView(data, state);
  const bar = balancingBarView(data, state);
  const shown = radar.shown;
  const styles = shown.map((a) => actorStyle(a.id, a.name));
  const openDim = dimensions.find((d) => d.id === state.dim) ?? null;
  const barDimension = bar.dimension;
  const selectDimension = (dim: string) => {
    update((s) => ({ ...s, dim }));
    revealEvidence("balancing-evidence");
  };

  return (
    <div className="url-state-region space-y-6">
      {watcher}
      <Notices notices={notices} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <ChartFrame
          testId="balancing-chart"
          {...frameTexts(radar)}
          slide={radar.token}
          controls={
            <fieldset>
              <legend className="mb-1 text-sm font-medium">Actors shown</legend>
              <div className="flex flex-wrap gap-2">
                {everyone.map((a) => {
                  const on = state.actors.includes(a.id);
                  const st = actorStyle(a.id, a.name);
                  return (
                    <button
                      key={a.id}
                      type="button"
                      aria-pressed={on}
                      data-legend-item={on ? "" : undefined}
                      onClick={() =>
                        update((s) => ({
                          ...s,
                          actors: on
                            ? s.actors.filter((x) => x !== a.id)
                            : ids.filter((x) => x === a.id || s.actors.includes(x)),
                        }))
                      }
                      className={`inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm ${on ? "border-fg bg-surface font-medium" : "border-border text-muted line-through"}`}
                    >
                      <Swatch shape={st.shape} colour={st.colour} dash={st.dash} />
                      {a.name}
                      {a.id === "iran" ? " (reference)" : ""}
                    </button>
                  );
                })}
              </div>
            </fieldset>
          }
          footnote={
            <p>
              Hollow markers are low-confidence scores; a dashed ring marks a score we infer rather
              than read in the paper. Select an axis label to open its evidence. Iran is scored only
              where the paper allows; friction with Iran does not apply to it.
            </p>
          }
        >
          <RadarChart
            rows={toRadarRows(dimensions, shown)}
            series={styles}
            max={10}
            onSelectDimension={selectDimension}
            selectedDimension={state.dim}
          />
        </ChartFrame>

        <section
          aria-labelledby="bars-heading"
          className="rounded-lg border border-border bg-bg p-4"
          data-testid="balancing-bars"
        >
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h2 id="bars-heading" className="text-lg font-semibold">
              One dimension at a time
            </h2>
            <AddToDeckButton slide={bar.token} />
          </div>
          <label htmlFor="bar-dim" className="mt-2 block text-sm font-medium">
            Dimension
          </label>
          <select
            id="bar-dim"
            value={barDimension?.id ?? ""}
            onChange={(e) => update((s) => ({ ...s, bar: e.target.value }))}
            className="mt-1 w-full rounded border border-border bg-bg px-2 py-1"
          >
            {dimensions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
          {barDimension ? (
            <>
              <p className="mt-2 text-sm text-muted">{barDimension.description}</p>
              <ul className="mt-3 space-y-3">
                {everyone.map((a) => {
                  const score = scoreFor(a, barDimension.id);
                  const value = score?.value ?? null;
                  const st = actorStyle(a.id, a.name);
                  return (
                    <li key={a.id}>
                      <div className="flex items-center justify-between gap-2 text-sm">
                        <span className="inline-flex items-center gap-2">
                          <Swatch
                            shape={st.shape}
                            colour={st.colour}
                            dash={st.dash}
                            hollow={score?.confidence === "low"}
                          />
                          {a.name}
                        </span>
                        <span className="tabular-nums">
                          {scoreText(score)}
                          {value !== null && score ? (
                            <span className="text-xs text-muted"> ({score.confidence})</span>
                          ) : null}
                        </span>
                      </div>
                      <div
                        className="mt-1 h-3 rounded bg-surface"
                        aria-hidden="true"
                        style={value === null ? { outline: "1px dashed var(--border)" } : undefined}
                      >
                        {value !== null ? (
                          <div
                            className="h-3 rounded"
                            style={{ width: `${value * 10}%`, background: st.colour }}
                          />
                        ) : null}
                      </div>
                      <p className="mt-1 text-xs text-muted">{score?.gist}</p>
                    </li>
                  );
                })}
              </ul>
              <p className="mt-3 text-xs text-muted">
                0 = {barDimension.low}; 10 = {barDimension.high}. An empty dashed track means the
                paper does not say, or (n/a) that the dimension does not apply.
              </p>
              <button
                type="button"
                onClick={() => selectDimension(barDimension.id)}
                className="mt-3 rounded border border-border bg-surface px-3 py-1 text-sm"
              >
                Open the evidence for {barDimension.label}
              </button>
            </>
          ) : null}
        </section>
      </div>

      <div id="balancing-evidence" className="scroll-mt-4">
        <EvidencePanel
          dimension={openDim}
          entries={everyone.map((a) => {
            const st = actorStyle(a.id, a.name);
            return {
              id: a.id,
              name: a.name,
              swatch: (hollow: boolean) => (
                <Swatch shape={st.shape} colour={st.colour} dash={st.dash} hollow={hollow} />
              ),
              score: openDim ? scoreFor(a, openDim.id) : undefined,
            };
          })}
          footnotes={footnotes}
          paperTitle={paperTitle}
          placeholder="Choose a dimension on the radar or in the bar view to see each actor's score, the reasoning behind it and the paper's own words."
          onClose={() => update((s) => ({ ...s, dim: null }))}
        />
      </div>
    </div>
  );
}
