import { OUTCOME_VERDICTS } from "@/lib/constants";
import { VERDICT_LABELS, VERDICT_MEANINGS } from "@/lib/views/ledger";

/** What each of the ledger's verdicts means: on the ledger page and in the methodology. */
export function VerdictKey({ className = "mt-2 space-y-1" }: { className?: string }) {
  return (
    <dl className={className}>
      {OUTCOME_VERDICTS.map((v) => (
        <div key={v}>
          <dt className="inline font-semibold">{VERDICT_LABELS[v]}:</dt>{" "}
          <dd className="inline">{VERDICT_MEANINGS[v]}.</dd>
        </div>
      ))}
    </dl>
  );
}
