import { attributionLabel, isStoredEvidence, referenceText } from "@/lib/evidence/attribution";
import type { Evidence, StoredEvidence } from "@/lib/data/schemas/common";
import type { Footnote } from "@/lib/data/schemas/sources";
import type { StoredSource } from "@/lib/data/schemas/stored-sources";
import { CopyCitationButton } from "./copy-citation-button";

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "link";
  }
}

/**
 * A quote from a stored public document (after the paper): labelled "Outside the paper", with a
 * solid accent rule instead of the paper's grey one, and its publisher, date, title and link, so
 * an analyst never mistakes it for the paper's words.
 */
function StoredEvidenceItem({ ev, source }: { ev: StoredEvidence; source?: StoredSource }) {
  return (
    <li className="text-sm" data-evidence-kind="stored" data-source-id={ev.sourceId}>
      <p className="text-xs font-medium text-muted">
        Outside the paper: a stored public document
        {source ? <> ({source.publisher})</> : null}:
      </p>
      <blockquote className="border-l-4 border-fg pl-3 italic">“{ev.quote}”</blockquote>
      <p className="mt-1 text-xs text-muted">
        {source ? (
          <>
            {source.publisher}, {source.date === "undated" ? "undated" : source.date},{" "}
            {source.title === "(untitled)" ? "untitled page" : <>“{source.title}”</>}.{" "}
            <a href={source.url} rel="noopener noreferrer" target="_blank" className="break-all">
              Open source ({hostOf(source.url)})
            </a>
          </>
        ) : (
          <>Stored document {ev.sourceId}</>
        )}
        <CopyCitationButton reference={referenceText(ev, source)} />
      </p>
    </li>
  );
}

/**
 * The paper's own words behind a judgment: quote, section, footnote with its source, copy button.
 * `compact` lists link each footnote to /sources instead of repeating its citation: long pages
 * (the timeline, the Syria issues) stay light enough to load fast on a phone.
 */
export function EvidenceList({
  evidence,
  footnotes,
  paperTitle,
  storedSources = {},
  compact = false,
}: {
  evidence: Evidence[];
  footnotes: Record<number, Footnote>;
  paperTitle: string;
  /** Metadata of the stored documents the list cites, by id (only lists after the paper need it). */
  storedSources?: Record<string, StoredSource>;
  compact?: boolean;
}) {
  return (
    <ul className="mt-3 space-y-3">
      {evidence.map((ev, i) => {
        if (isStoredEvidence(ev)) {
          return <StoredEvidenceItem key={i} ev={ev} source={storedSources[ev.sourceId]} />;
        }
        const note = ev.footnote !== null ? footnotes[ev.footnote] : undefined;
        return (
          <li key={i} className="text-sm" data-evidence-kind="paper">
            <p className="text-xs font-medium text-muted" data-attribution={ev.attribution.kind}>
              {attributionLabel(ev.attribution)}:
            </p>
            <blockquote className="border-l-4 border-border pl-3 italic">“{ev.quote}”</blockquote>
            <p className="mt-1 text-xs text-muted">
              {paperTitle}, § {ev.section}
              {ev.footnote !== null ? (
                compact ? (
                  <>
                    {/* A plain link, not next/link: a page can list hundreds of these, and each
                        Link would hydrate and prefetch on its own; the browser's own jump to
                        the note is also the most reliable. */}
                    , <a href={`/sources#fn-${ev.footnote}`}>footnote [{ev.footnote}]</a>
                  </>
                ) : (
                  <>, footnote [{ev.footnote}]</>
                )
              ) : null}
              <CopyCitationButton reference={referenceText(ev)} />
            </p>
            {note && !compact ? (
              <p className="mt-1 text-xs text-muted">
                [{note.number}]{" "}
                {note.missing ? "This footnote is missing from the paper's list." : note.citation}{" "}
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
  );
}

/** A closed "Evidence (n quotes)" toggle over an EvidenceList: the quotes one click away. */
export function EvidenceDetails({
  className = "mt-1",
  ...list
}: Parameters<typeof EvidenceList>[0] & { className?: string }) {
  const n = list.evidence.length;
  return (
    <details className={`${className} text-sm`}>
      {/* py-1: a 24 px target (WCAG 2.5.8) even where a neighbouring card's link sits close. */}
      <summary className="cursor-pointer py-1 text-xs text-muted">
        Evidence ({n} quote{n === 1 ? "" : "s"})
      </summary>
      <EvidenceList {...list} />
    </details>
  );
}
