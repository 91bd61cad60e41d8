import type { PaperSection } from "./paper-sections";
import { normaliseText } from "./normalise";
import { splitSections } from "./paper";
import type { Evidence, PaperEvidence, StoredEvidence } from "./schemas/common";

export interface LocatedEvidence {
  /** Where the item sits in its data file, e.g. "factions.0.scores.2.evidence.1". */
  path: string;
  evidence: Evidence;
}

/** An evidence item of either kind: the paper's (section and footnote) or a stored document's. */
function isEvidence(value: unknown): value is Evidence {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.quote !== "string") return false;
  return (typeof v.section === "string" && "footnote" in v) || typeof v.sourceId === "string";
}

/** Walks any parsed data file and yields every evidence item in it, with its path. */
export function collectEvidence(data: unknown, path: string[] = []): LocatedEvidence[] {
  if (isEvidence(data)) return [{ path: path.join("."), evidence: data }];
  if (Array.isArray(data))
    return data.flatMap((item, i) => collectEvidence(item, [...path, String(i)]));
  if (typeof data === "object" && data !== null) {
    return Object.entries(data).flatMap(([k, v]) => collectEvidence(v, [...path, k]));
  }
  return [];
}

export interface LocatedPaperEvidence {
  path: string;
  evidence: PaperEvidence;
}

export interface LocatedStoredEvidence {
  path: string;
  evidence: StoredEvidence;
}

/** Only the paper's quotes: what the paper check and the footnote checks read. */
export function collectPaperEvidence(data: unknown): LocatedPaperEvidence[] {
  return collectEvidence(data).flatMap(({ path, evidence }) =>
    "sourceId" in evidence ? [] : [{ path, evidence }],
  );
}

/** Only the stored documents' quotes: what the fingerprint check reads. */
export function collectStoredEvidence(data: unknown): LocatedStoredEvidence[] {
  return collectEvidence(data).flatMap(({ path, evidence }) =>
    "sourceId" in evidence ? [{ path, evidence }] : [],
  );
}

export interface PaperIndex {
  whole: string;
  sections: Map<PaperSection, string>;
}

export function indexPaper(paper: string): PaperIndex {
  const sections = new Map<PaperSection, string>();
  for (const [name, text] of splitSections(paper)) sections.set(name, normaliseText(text));
  return { whole: normaliseText(paper), sections };
}

/**
 * Checks one evidence item against the paper: the quote must be a contiguous substring
 * after normalisation, it must lie in the section it names, and a named footnote must be
 * cited in that section. Returns the problems found (empty when the item holds).
 */
export function checkEvidence(
  index: PaperIndex,
  ev: Pick<PaperEvidence, "section" | "footnote" | "quote">,
): string[] {
  const problems: string[] = [];
  const quote = normaliseText(ev.quote);
  if (!index.whole.includes(quote)) {
    problems.push(`quote not found in the paper: "${ev.quote.slice(0, 80)}…"`);
    return problems;
  }
  const sectionText = index.sections.get(ev.section);
  if (!sectionText || !sectionText.includes(quote)) {
    problems.push(`quote is in the paper but not in section "${ev.section}"`);
  }
  if (ev.footnote !== null && sectionText && !sectionText.includes(`[${ev.footnote}]`)) {
    problems.push(`footnote [${ev.footnote}] is not cited in section "${ev.section}"`);
  }
  return problems;
}
