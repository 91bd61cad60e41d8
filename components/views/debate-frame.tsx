import type { DebateNote } from "@/lib/data/schemas/common";
import type { Footnote } from "@/lib/data/schemas/sources";
import { EvidenceDetails } from "@/components/evidence/evidence-list";
import { anchorId } from "@/lib/routes";

/**
 * The frame the paper puts around its three camps: a consensus that ties with Moscow are
 * valuable, a Supreme Leader in no camp at whom the arguments are aimed, and an expectation that
 * the re-balancers move towards the middle. Shown wherever the camps are compared, so their
 * differences are never read without it.
 */
export function DebateFrame({
  response: { consensus, arbiter, outlook },
  footnotes,
  paperTitle,
}: {
  /** The factions view's data (getFactionViewData), of which only the framing notes are drawn. */
  response: Record<"consensus" | "arbiter" | "outlook", DebateNote>;
  footnotes: Record<number, Footnote>;
  paperTitle: string;
}) {
  const notes = [
    { id: "consensus", heading: "What the camps share", note: consensus },
    { id: "arbiter", heading: "Who the arguments are aimed at", note: arbiter },
    { id: "outlook", heading: "Where the paper expects the debate to go", note: outlook },
  ];
  return (
    <section
      id={anchorId("debateFrame")}
      aria-label="The frame of the debate"
      data-testid="debate-frame"
      className="grid gap-4 md:grid-cols-3"
    >
      {notes.map(({ id, heading, note }) => (
        <div key={id} className="rounded-lg border border-border bg-surface p-4" data-note={id}>
          <h2 className="text-base font-semibold">{heading}</h2>
          <p className="mt-1 text-sm">{note.summary}</p>
          <EvidenceDetails evidence={note.evidence} footnotes={footnotes} paperTitle={paperTitle} />
        </div>
      ))}
    </section>
  );
}
