import type { Evidence, Footnote } from "@/lib/schemas";
import { CopyCitation } from "./copy-citation";

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "link";
  }
}

/** The full reference a reader pastes into a briefing note. */
export function citationText(ev: Evidence, paperTitle: string): string {
  return `“${ev.quote}” (${paperTitle}, section “${ev.section}”${ev.footnote !== null ? `, footnote ${ev.footnote}` : ""})`;
}

/** The paper's own words behind a judgment: quote, section, footnote with its source, copy button. */
export function EvidenceList({
  evidence,
  footnotes,
  paperTitle,
}: {
  evidence: Evidence[];
  footnotes: Record<number, Footnote>;
  paperTitle: string;
}) {
  return (
    <ul className="mt-3 space-y-3">
      {evidence.map((ev, i) => {
        const note = ev.footnote !== null ? footnotes[ev.footnote] : undefined;
        return (
          <li key={i} className="text-sm">
            <blockquote className="border-l-4 border-border pl-3 italic">“{ev.quote}”</blockquote>
            <p className="mt-1 text-xs text-muted">
              {paperTitle}, § {ev.section}
              {ev.footnote !== null ? <>, footnote [{ev.footnote}]</> : null}
              <CopyCitation text={citationText(ev, paperTitle)} />
            </p>
            {note ? (
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
