import type { ReactNode } from "react";
import type { Dimension, Score } from "@/lib/data/schemas/scores";
import type { Faction } from "@/lib/data/schemas/factions";
import type { Footnote } from "@/lib/data/schemas/sources";
import { scoreFor, scoreText } from "@/lib/charts/series";
import { EvidenceList } from "./evidence-list";
import { FactionSwatch } from "@/components/charts/faction-marker";

export interface EvidenceEntry {
  id: string;
  name: string;
  /** The series' legend swatch, so the panel reads like the chart. */
  swatch?: (hollow: boolean) => ReactNode;
  score: Score | undefined;
}

interface EvidencePanelProps {
  dimension: Dimension | null;
  entries: EvidenceEntry[];
  footnotes: Record<number, Footnote>;
  paperTitle: string;
  /** What to do to fill the panel, shown while no dimension is chosen. */
  placeholder: string;
  /** Closes the open dimension (the "Close" button and Escape inside the panel). */
  onClose?: () => void;
}

/** The camps' entries for one dimension, each with its legend swatch. */
export function factionEntries(factions: Faction[], dimension: Dimension | null): EvidenceEntry[] {
  return factions.map((f) => ({
    id: f.id,
    name: f.name,
    swatch: (hollow) => <FactionSwatch id={f.id} hollow={hollow} />,
    score: dimension ? scoreFor(f, dimension.id) : undefined,
  }));
}

export const FACTION_EVIDENCE_PLACEHOLDER =
  "Choose a dimension in the difference table, on the chart or in the list above to see each camp's score, the reasoning behind it and the paper's own words.";

const confidenceText = {
  low: "Low confidence",
  medium: "Medium confidence",
  high: "High confidence",
} as const;

/** Everything behind one dimension's scores: the paper's words, our reading, and where to check. */
export function EvidencePanel({
  dimension,
  entries,
  footnotes,
  paperTitle,
  placeholder,
  onClose,
}: EvidencePanelProps) {
  const close = () => {
    onClose?.();
    // The heading stays; focus waits there rather than falling to the page.
    document.getElementById("evidence-heading")?.focus();
  };
  return (
    <section
      data-testid="evidence-panel"
      aria-labelledby="evidence-heading"
      className="rounded-lg border border-border bg-bg p-4"
      onKeyDown={(e) => {
        if (e.key === "Escape" && dimension && onClose) {
          e.preventDefault();
          close();
        }
      }}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        {/* Focus moves here when a dimension is chosen, so screen readers land on the new content. */}
        <h2 id="evidence-heading" tabIndex={-1} className="text-lg font-semibold">
          Evidence{dimension ? `: ${dimension.label}` : ""}
        </h2>
        {dimension && onClose ? (
          <button
            type="button"
            onClick={close}
            className="rounded border border-border bg-surface px-2 py-0.5 text-sm"
            aria-keyshortcuts="Escape"
          >
            Close (Esc)
          </button>
        ) : null}
      </div>
      {!dimension ? (
        <p className="text-sm text-muted">{placeholder}</p>
      ) : (
        <>
          <p className="text-sm text-muted">{dimension.description}</p>
          <p className="mt-1 text-xs text-muted">
            Scale: 0 = {dimension.low}; 10 = {dimension.high}.
          </p>
          <div className="mt-3 grid gap-4 lg:grid-cols-3">
            {entries.map(({ id, name, swatch, score }) => (
              <article key={id} className="rounded border border-border bg-surface p-3">
                <h3 className="flex items-center gap-2 font-semibold">
                  {swatch?.(score?.confidence === "low")}
                  {name}
                </h3>
                <p className="mt-1 text-sm">
                  <span className="text-2xl font-bold tabular-nums">{scoreText(score)}</span>
                  {score?.value !== null && score?.value !== undefined ? (
                    <span className="text-muted"> / 10</span>
                  ) : null}
                  {score ? (
                    <span className="ml-2 rounded border border-border px-1.5 py-0.5 text-xs">
                      {score.notApplicable
                        ? "Does not apply"
                        : score.value === null
                          ? "Paper is silent"
                          : confidenceText[score.confidence]}
                    </span>
                  ) : null}
                </p>
                {score ? <p className="mt-2 text-sm">{score.rationale}</p> : null}
                {score?.review ? (
                  <p className="mt-2 text-xs text-muted">
                    <span className="font-medium">Second reading:</span> {score.review.note}
                  </p>
                ) : null}
                {score && score.evidence.length ? (
                  <EvidenceList
                    evidence={score.evidence}
                    footnotes={footnotes}
                    paperTitle={paperTitle}
                  />
                ) : null}
              </article>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
