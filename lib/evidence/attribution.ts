import { identity } from "@/lib/identity";
import type {
  Attribution,
  Evidence,
  PaperEvidence,
  StoredEvidence,
} from "@/lib/data/schemas/common";
import type { StoredSource } from "@/lib/data/schemas/stored-sources";

/**
 * A camp's name as it reads inside a sentence ("the re-balancers"), from the identity
 * registry. Zod-free (type imports only), so the evidence lists of client components can
 * label quotes without pulling the schemas into the browser.
 */
const campInSentence = (id: string) => (identity(id)?.name ?? id).replace(/^The /, "the ");

/** Whose claim a quote carries, as a reader sees it beside the quote and in a copied citation. */
export function attributionLabel(a: Attribution): string {
  switch (a.kind) {
    case "authors":
      return "The authors' own statement";
    case "camp":
      return `Argument the paper reports from ${campInSentence(a.who)}`;
    case "person":
      return `View of ${a.who}, as the paper reports it`;
    case "reported":
      return `Reported by the paper from ${a.who}`;
  }
}

/** Tells a stored document's quote from the paper's (Zod-free, so client lists can use it). */
export function isStoredEvidence(ev: Evidence): ev is StoredEvidence {
  return "sourceId" in ev;
}

export function isPaperEvidence(ev: Evidence): ev is PaperEvidence {
  return !isStoredEvidence(ev);
}

/**
 * A stored document as a citation: "Publisher, 2025-01-17, “Title”, https://…". An untitled
 * page is named by its address alone, and "undated" stays visible rather than guessed.
 */
export function storedSourceCitation(source: StoredSource): string {
  const title = source.title === "(untitled)" ? "untitled page" : `“${source.title}”`;
  return `${source.publisher}, ${source.date}, ${title}, ${source.url}`;
}

/**
 * Where a quote comes from and whose claim it is. The paper's: "section “…”, footnote 12; the
 * authors' own statement". A stored document's: "outside the paper: Publisher, date, “Title”, url"
 * (or its id when the caller has no metadata), so a copied citation never passes for the paper's.
 */
export function referenceText(ev: Evidence, source?: StoredSource): string {
  if (isStoredEvidence(ev)) {
    return `outside the paper: ${source ? storedSourceCitation(source) : `stored document ${ev.sourceId}`}`;
  }
  return `section “${ev.section}”${ev.footnote !== null ? `, footnote ${ev.footnote}` : ""}; ${lowerFirst(attributionLabel(ev.attribution))}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
