import type { Stated } from "@/lib/data/schemas/common";
import type { Footnote } from "@/lib/data/schemas/sources";
import { EvidenceDetails } from "@/components/evidence/evidence-list";

/** A judgment in our words, with the paper's quotes behind it one click away. */
export function StatedBlock({
  heading,
  stated,
  footnotes,
  paperTitle,
}: {
  heading: string;
  stated: Stated;
  footnotes: Record<number, Footnote>;
  paperTitle: string;
}) {
  return (
    <div className="mt-3">
      <h4 className="text-sm font-semibold">{heading}</h4>
      <p className="text-sm">{stated.notStated ? "Not stated in the paper." : stated.summary}</p>
      {stated.evidence.length ? (
        <EvidenceDetails
          evidence={stated.evidence}
          footnotes={footnotes}
          paperTitle={paperTitle}
          compact
        />
      ) : null}
    </div>
  );
}
