"use client";

import { useId, useState } from "react";
import { EvidenceList } from "@/components/evidence/evidence-list";
import type { ChartEvents } from "@/lib/views/chart-events";

/**
 * The key to a time chart's event markers: one button per event (its number, date and label, as
 * drawn on the chart), which opens the event's evidence, the paper's or a stored document's
 * words with their source, under the key. The drawn markers are pictures; this is where a
 * keyboard, a screen reader or a phone reaches them.
 */
export function EventKey({
  events,
  testId,
  collapsed = false,
}: {
  events: ChartEvents;
  testId: string;
  /**
   * Folded into one line (slides and embeds): there the chart's own labels name the events, and
   * every line of key would be taken from a chart box sized to keep its type legible at the back
   * of a room.
   */
  collapsed?: boolean;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const panelId = useId();
  const shown = events.items.find((e) => e.id === open);
  if (!events.items.length) return null;
  const n = events.items.length;
  const key = (
    <div data-testid={`${testId}-events`} className="mt-2 text-sm">
      <p className="text-xs text-muted">
        Events marked on the chart: a solid line is dated by the paper, a dashed one comes after it,
        from stored public documents. Choose one for its evidence.
      </p>
      <ol className="mt-1 flex list-none flex-wrap gap-2 p-0">
        {events.items.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              data-event={e.id}
              aria-expanded={open === e.id}
              aria-controls={panelId}
              onClick={() => setOpen((v) => (v === e.id ? null : e.id))}
              className="inline-flex items-center gap-1.5 rounded border border-border bg-surface px-2 py-1 text-left text-sm text-fg hover:border-accent aria-expanded:border-accent"
            >
              <svg width="14" height="14" aria-hidden="true" className="shrink-0">
                <line
                  x1="7"
                  x2="7"
                  y1="0"
                  y2="14"
                  stroke={e.afterPaper ? "var(--accent)" : "var(--fg)"}
                  strokeWidth="2"
                  strokeDasharray={e.afterPaper ? "4 3" : undefined}
                />
              </svg>
              <span className="font-semibold">{e.n}</span>
              <span>
                {e.when}: {e.label}
                {e.afterPaper ? <span className="text-muted"> (after the paper)</span> : null}
              </span>
            </button>
          </li>
        ))}
      </ol>
      <div id={panelId} aria-live="polite">
        {shown ? (
          <div
            data-event-evidence={shown.id}
            className={`mt-2 rounded border p-3 ${shown.afterPaper ? "border-l-4 border-fg bg-surface" : "border-border"}`}
          >
            <p className="font-medium">
              {shown.n}. {shown.title} <span className="text-muted">({shown.when})</span>
            </p>
            <EvidenceList
              evidence={shown.evidence}
              footnotes={events.footnotes}
              paperTitle={events.paperTitle}
              storedSources={events.storedSources}
            />
          </div>
        ) : null}
      </div>
    </div>
  );
  return collapsed ? (
    <details className="slide-events text-sm">
      {/* py-1: a 24 px target (WCAG 2.5.8). */}
      <summary className="cursor-pointer py-1 text-xs text-muted">
        The {n} marked event{n === 1 ? "" : "s"} and their evidence
      </summary>
      {key}
    </details>
  ) : (
    key
  );
}
