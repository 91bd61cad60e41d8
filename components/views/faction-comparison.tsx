"use client";

import { useMemo, useState } from "react";
import { FACTION_IDS, type FactionId } from "@/lib/constants";
import type { FactionsResponse } from "@/lib/api/api-schemas";
import type { Footnote } from "@/lib/data/schemas/sources";
import { notStatedDimensions, toRadarRows } from "@/lib/charts/series";
import { paramsToRecord, serialiseViewState } from "@/lib/views/view-state";
import { campsState, campsView } from "@/lib/views/camps";
import { campGapView } from "@/lib/views/camp-gap";
import { frameTexts } from "@/lib/views/view-model";
import { AddToDeckButton } from "@/components/export/chart-actions";
import { revealEvidence } from "@/components/evidence/reveal-evidence";
import { useUrlState } from "@/components/shell/use-url-state";
import { ChartFrame } from "@/components/charts/chart-frame";
import { DiffTable } from "@/components/charts/diff-table";
import {
  EvidencePanel,
  FACTION_EVIDENCE_PLACEHOLDER,
  factionEntries,
} from "@/components/evidence/evidence-panel";
import { FactionSwatch } from "@/components/charts/faction-marker";
import { StanceRadar } from "@/components/charts/stance-radar";
import { Notices } from "@/components/shell/notices";
import { anchorId } from "@/lib/routes";

interface FactionComparisonProps {
  /** The same answer /api/factions gives, from the build. */
  data: FactionsResponse;
  footnotes: Record<number, Footnote>;
  paperTitle: string;
}

export function FactionComparison({ data, footnotes, paperTitle }: FactionComparisonProps) {
  const { dimensions, factions } = data;
  const {
    state,
    update: setState,
    notices,
    watcher,
  } = useUrlState(
    (params) => campsState(paramsToRecord(params), { dimensions }),
    serialiseViewState,
  );
  const [copied, setCopied] = useState<string | null>(null);

  const camps = useMemo(
    () => campsView(data, { factions: state.factions }),
    [data, state.factions],
  );
  const selected = camps.shown;
  const radarRows = useMemo(() => toRadarRows(dimensions, camps.shown), [dimensions, camps]);
  const gap = campGapView(data, { a: state.a, b: state.b });
  const openDim = dimensions.find((d) => d.id === state.dim) ?? null;

  const { a, b } = gap;

  const toggleFaction = (id: FactionId) =>
    setState((s) => ({
      ...s,
      factions: s.factions.includes(id)
        ? s.factions.filter((f) => f !== id)
        : FACTION_IDS.filter((f) => f === id || s.factions.includes(f)),
    }));
  const selectDimension = (dim: string) => {
    setState((s) => ({ ...s, dim }));
    revealEvidence("evidence-panel-anchor");
  };
  const setPair = (key: "a" | "b", id: FactionId) =>
    setState((s) => {
      const next = { ...s, [key]: id };
      // Picking the other side's faction swaps the two rather than comparing a faction with itself.
      if (next.a === next.b) return key === "a" ? { ...next, b: s.a } : { ...next, a: s.b };
      return next;
    });
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied("Link copied: it reopens this exact view.");
    } catch {
      setCopied("Copy the address bar: it holds this exact view.");
    }
  };

  const notStated = selected
    .map((f) => ({
      f,
      dims: notStatedDimensions(dimensions, f),
    }))
    .filter((x) => x.dims.length);

  return (
    <div className="url-state-region space-y-6">
      {watcher}
      <Notices notices={notices} />

      <ChartFrame
        testId="stance-radar"
        {...frameTexts(camps)}
        slide={camps.token}
        controls={
          <fieldset>
            <legend className="mb-1 text-sm font-medium">Camps shown</legend>
            <div className="flex flex-wrap gap-2">
              {factions.map((f) => {
                const on = state.factions.includes(f.id);
                return (
                  <button
                    key={f.id}
                    type="button"
                    aria-pressed={on}
                    data-faction={f.id}
                    data-legend-item={on ? "" : undefined}
                    onClick={() => toggleFaction(f.id)}
                    className={`inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm ${on ? "border-fg bg-surface font-medium" : "border-border text-muted line-through"}`}
                  >
                    <FactionSwatch id={f.id} />
                    {f.shortName}
                  </button>
                );
              })}
            </div>
          </fieldset>
        }
        footnote={
          <>
            {selected.length === 0 ? <p>No camp selected: switch one on above.</p> : null}
            {notStated.map(({ f, dims }) => (
              <p key={f.id}>
                <span className="font-medium">{f.shortName}</span>: not stated in the paper for{" "}
                {dims.map((d) => d.label).join(", ")} (drawn as gaps, not zeros).
              </p>
            ))}
            <p>
              Hollow markers are low-confidence scores; a dashed ring marks a score we infer rather
              than read in the paper. Select an axis label to open its evidence.
            </p>
          </>
        }
      >
        <StanceRadar
          rows={radarRows}
          factions={selected}
          onSelectDimension={selectDimension}
          selectedDimension={state.dim}
        />
      </ChartFrame>

      <section
        aria-labelledby={anchorId("differences")}
        className="rounded-lg border border-border bg-bg p-4"
        data-testid="diff-table"
      >
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2
              id={anchorId("differences")}
              tabIndex={-1}
              className="scroll-mt-4 text-lg font-semibold"
            >
              {gap.title}
            </h2>
            <p className="text-sm text-muted">
              Dimensions sorted by the gap between the two scores; select one to see its evidence.
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            {(["a", "b"] as const).map((side) => (
              <span key={side} className="contents">
                <label htmlFor={`pair-${side}`} className="font-medium">
                  {side === "a" ? "Compare" : "with"}
                </label>
                <select
                  id={`pair-${side}`}
                  value={state[side]}
                  onChange={(e) => setPair(side, e.target.value as FactionId)}
                  className="rounded border border-border bg-bg px-2 py-1"
                >
                  {factions.map((f) => (
                    <option key={f.id} value={f.id}>
                      {f.shortName}
                    </option>
                  ))}
                </select>
              </span>
            ))}
            <button
              type="button"
              onClick={() => setState((s) => ({ ...s, a: s.b, b: s.a }))}
              className="rounded border border-border bg-surface px-2 py-1"
            >
              Swap
            </button>
            <AddToDeckButton slide={gap.token} />
          </div>
        </div>
        {a && b ? (
          <div className="mt-3 overflow-x-auto">
            <DiffTable
              rows={gap.rows}
              a={a}
              b={b}
              selectedDimension={state.dim}
              onSelectDimension={selectDimension}
            />
          </div>
        ) : null}
        <p className="mt-2 text-xs text-muted">{gap.source}</p>
      </section>

      <div id="evidence-panel-anchor" className="scroll-mt-4">
        <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
          <label htmlFor="dim-select" className="font-medium">
            Evidence for
          </label>
          <select
            id="dim-select"
            value={state.dim ?? ""}
            onChange={(e) => setState((s) => ({ ...s, dim: e.target.value || null }))}
            className="rounded border border-border bg-bg px-2 py-1"
          >
            <option value="">Choose a dimension…</option>
            {dimensions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={copyLink}
            className="ml-auto rounded border border-border bg-surface px-3 py-1"
          >
            Copy link to this view
          </button>
          <span role="status" className="text-xs text-muted">
            {copied}
          </span>
        </div>
        <EvidencePanel
          dimension={openDim}
          entries={factionEntries(factions, openDim)}
          footnotes={footnotes}
          paperTitle={paperTitle}
          placeholder={FACTION_EVIDENCE_PLACEHOLDER}
          onClose={() => setState((s) => ({ ...s, dim: null }))}
        />
      </div>
    </div>
  );
}
