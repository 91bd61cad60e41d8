import type { Outcome } from "@/lib/data/schemas/outcomes";
import type { Footnote } from "@/lib/data/schemas/sources";
import type { StoredSource } from "@/lib/data/schemas/stored-sources";
import { OUTCOME_TOPICS } from "@/lib/constants";
import { EvidenceDetails } from "@/components/evidence/evidence-list";
import { TOPIC_LABELS, VERDICT_LABELS } from "@/lib/views/ledger";
import { formatEventDate } from "@/lib/views/timeline-format";
import { itemId } from "@/lib/routes";

/**
 * Every ledger entry, rendered on the server with both sides' quotes one click away: the paper's
 * words (section, footnote) under the expectation, the stored documents' under what happened.
 * The filters (LedgerView) only hide and show entries, so the quotes are never hydrated.
 */
export function LedgerList({
  outcomes,
  footnotes,
  paperTitle,
  storedSources,
}: {
  outcomes: Outcome[];
  footnotes: Record<number, Footnote>;
  paperTitle: string;
  storedSources: Record<string, StoredSource>;
}) {
  const evidenceProps = { footnotes, paperTitle, storedSources, compact: true };
  return (
    <div data-testid="ledger">
      <p data-ledger-empty hidden>
        No entry matches these filters. Clear a filter to see more.
      </p>
      {OUTCOME_TOPICS.filter((t) => outcomes.some((o) => o.topic === t)).map((topic) => (
        <section
          key={topic}
          aria-labelledby={`topic-${topic}`}
          data-outcome-topic-group={topic}
          className="render-when-near mb-6"
        >
          <h2 id={`topic-${topic}`} className="text-lg font-semibold">
            {TOPIC_LABELS[topic]}
          </h2>
          <ol className="mt-2 space-y-3">
            {outcomes
              .filter((o) => o.topic === topic)
              .map((o) => (
                <li
                  key={o.id}
                  id={itemId("outcome", o.id)}
                  data-outcome-id={o.id}
                  data-verdict={o.verdict}
                  className="scroll-mt-4 rounded-lg border border-border p-3"
                >
                  <p className="text-xs text-muted">
                    {/* The verdict in words, in a bordered badge: never colour alone. */}
                    <span
                      data-testid="verdict"
                      className="mr-2 rounded border border-fg px-1 font-semibold text-fg"
                    >
                      {VERDICT_LABELS[o.verdict]}
                    </span>
                    {o.confidence} confidence · latest evidence{" "}
                    <time dateTime={o.asOf}>{formatEventDate(o.asOf)}</time>
                  </p>
                  <h3 className="mt-1 font-semibold">{o.title}</h3>
                  <div className="mt-2 grid gap-3 md:grid-cols-2">
                    <div>
                      <h4 className="text-sm font-semibold">
                        {o.expectation
                          ? o.expectation.voice === "authors"
                            ? "The authors expected"
                            : "The paper reports the expectation"
                          : "The paper did not anticipate this"}
                      </h4>
                      {o.expectation ? (
                        <>
                          <p className="text-sm">{o.expectation.text}</p>
                          <EvidenceDetails evidence={o.expectation.evidence} {...evidenceProps} />
                        </>
                      ) : (
                        <p className="text-sm text-muted">
                          No passage of the paper foresees it; see the methodology for how we
                          checked.
                        </p>
                      )}
                    </div>
                    <div>
                      <h4 className="text-sm font-semibold">What happened</h4>
                      <p className="text-sm">{o.outcome.summary}</p>
                      {o.outcome.evidence.length ? (
                        <EvidenceDetails evidence={o.outcome.evidence} {...evidenceProps} />
                      ) : null}
                      {o.outcome.missing ? (
                        <p className="mt-1 text-xs text-muted">
                          Not settled by the stored documents. What would settle it:{" "}
                          {o.outcome.missing}
                        </p>
                      ) : null}
                    </div>
                  </div>
                  <p className="mt-2 text-sm">
                    <strong>Our verdict, {VERDICT_LABELS[o.verdict].toLowerCase()}:</strong>{" "}
                    {o.rationale}
                  </p>
                </li>
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
