import type { Dimension, Faction, Footnote } from "@/lib/schemas";
import { formatScore, scoreFor } from "@/lib/series";
import { CopyCitation } from "./copy-citation";
import { FactionSwatch } from "./faction-marker";

interface EvidencePanelProps {
  dimension: Dimension | null;
  factions: Faction[];
  footnotes: Record<number, Footnote>;
  paperTitle: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "link";
  }
}

const confidenceText = {
  low: "Low confidence",
  medium: "Medium confidence",
  high: "High confidence",
} as const;

/** Everything behind one dimension's scores: the paper's words, our reading, and where to check. */
export function EvidencePanel({ dimension, factions, footnotes, paperTitle }: EvidencePanelProps) {
  return (
    <section
      data-testid="evidence-panel"
      aria-labelledby="evidence-heading"
      className="rounded-lg border border-border bg-bg p-4"
    >
      {/* Focus moves here when a dimension is chosen, so screen readers land on the new content. */}
      <h2 id="evidence-heading" tabIndex={-1} className="text-lg font-semibold">
        Evidence{dimension ? `: ${dimension.label}` : ""}
      </h2>
      {!dimension ? (
        <p className="text-sm text-muted">
          Choose a dimension in the difference table, on the chart or in the list above to see each
          camp&apos;s score, the reasoning behind it and the paper&apos;s own words.
        </p>
      ) : (
        <>
          <p className="text-sm text-muted">{dimension.description}</p>
          <p className="mt-1 text-xs text-muted">
            Scale: 0 = {dimension.low}; 10 = {dimension.high}.
          </p>
          <div className="mt-3 grid gap-4 lg:grid-cols-3">
            {factions.map((faction) => {
              const score = scoreFor(faction, dimension.id);
              return (
                <article key={faction.id} className="rounded border border-border bg-surface p-3">
                  <h3 className="flex items-center gap-2 font-semibold">
                    <FactionSwatch id={faction.id} hollow={score?.confidence === "low"} />
                    {faction.name}
                  </h3>
                  <p className="mt-1 text-sm">
                    <span className="text-2xl font-bold tabular-nums">
                      {formatScore(score?.value)}
                    </span>
                    {score?.value !== null && score?.value !== undefined ? (
                      <span className="text-muted"> / 10</span>
                    ) : null}
                    {score ? (
                      <span className="ml-2 rounded border border-border px-1.5 py-0.5 text-xs">
                        {score.value === null
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
                    <ul className="mt-3 space-y-3">
                      {score.evidence.map((ev, i) => {
                        const note = ev.footnote !== null ? footnotes[ev.footnote] : undefined;
                        return (
                          <li key={i} className="text-sm">
                            <blockquote className="border-l-4 border-border pl-3 italic">
                              “{ev.quote}”
                            </blockquote>
                            <p className="mt-1 text-xs text-muted">
                              {paperTitle}, § {ev.section}
                              {ev.footnote !== null ? <>, footnote [{ev.footnote}]</> : null}
                              <CopyCitation
                                text={`“${ev.quote}” (${paperTitle}, section “${ev.section}”${ev.footnote !== null ? `, footnote ${ev.footnote}` : ""})`}
                              />
                            </p>
                            {note ? (
                              <p className="mt-1 text-xs text-muted">
                                [{note.number}]{" "}
                                {note.missing
                                  ? "This footnote is missing from the paper's list."
                                  : note.citation}{" "}
                                {note.urls.map((url) => (
                                  <a
                                    key={url}
                                    href={url}
                                    rel="noopener noreferrer"
                                    target="_blank"
                                    className="mr-2 break-all"
                                  >
                                    Open source ({hostOf(url)})
                                  </a>
                                ))}
                              </p>
                            ) : null}
                          </li>
                        );
                      })}
                    </ul>
                  ) : null}
                </article>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
