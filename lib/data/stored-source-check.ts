import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { MIN_STORED_QUOTE_WORDS } from "./schemas/common";

/**
 * The project's own check of DESIGN.md's rule for quotes from stored documents: a stored
 * document keeps no text, only a fingerprint (first 16 hex digits of SHA-256) of every run of
 * 5 consecutive words, so a quote is found when each of its 5-word runs has a fingerprint in the
 * file. Written from the rule, not copied from ../shared/tools/source-quote.mjs; a test checks
 * the two agree. Node-only (fs, crypto): used by tests and scripts, never by pages.
 */

/** The run length the documents were fingerprinted with; a shorter quote has nothing to match. */
export const RUN_LENGTH = MIN_STORED_QUOTE_WORDS;

/**
 * The stored documents are not shipped with the project; tests and scripts read them from
 * $STORED_SOURCES_PATH or from the shared folder beside the checkout (as the paper is found).
 */
export function resolveStoredSourcesDir(): string | null {
  const candidates = [
    process.env.STORED_SOURCES_PATH,
    path.resolve(process.cwd(), "../shared/sources"),
  ].filter((p): p is string => typeof p === "string" && p.length > 0);
  return candidates.find((p) => existsSync(p)) ?? null;
}

/**
 * Words as the fingerprints compare them: Unicode-compatible forms folded (NFKC, which also
 * turns non-breaking spaces into spaces), DESIGN.md's quote and dash normalisation, case folded,
 * and split on anything that is neither a letter nor a digit, so punctuation never counts.
 */
export function comparableWords(text: string): string[] {
  const folded = text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\u2026/g, "...")
    .toLowerCase();
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

function fingerprintOf(run: readonly string[]): string {
  return createHash("sha256").update(run.join(" ")).digest("hex").slice(0, 16);
}

/** Every 5-word run of a text, fingerprinted the way the stored documents are. */
export function runFingerprints(text: string): string[] {
  const words = comparableWords(text);
  const out: string[] = [];
  for (let i = 0; i + RUN_LENGTH <= words.length; i++) {
    out.push(fingerprintOf(words.slice(i, i + RUN_LENGTH)));
  }
  return out;
}

export interface StoredDocument {
  id: string;
  /** The front matter's fields as written (id, title, publisher, date, url, summary, ...). */
  meta: Record<string, string>;
  fingerprints: ReadonlySet<string>;
}

/** Front matter fields, one `key: value` a line; a value wrapped in double quotes is unwrapped. */
export function parseFrontMatter(text: string): Record<string, string> | null {
  const block = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1];
  if (block === undefined) return null;
  const meta: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (!m?.[1]) continue;
    const value = (m[2] ?? "").trim();
    meta[m[1]] = /^".*"$/.test(value) ? value.slice(1, -1).replace(/\\"/g, '"') : value;
  }
  return meta;
}

/** Reads one stored document: its front matter and the fingerprints listed after it. */
export function readStoredDocument(dir: string, id: string): StoredDocument {
  const text = readFileSync(path.join(dir, `${id}.md`), "utf8");
  const meta = parseFrontMatter(text);
  if (!meta) throw new Error(`${id}.md has no front matter`);
  const after = text.split(/^fingerprints:\s*$/m)[1] ?? "";
  const fingerprints = new Set(after.split(/\s+/).filter((t) => /^[0-9a-f]{16}$/.test(t)));
  return { id, meta, fingerprints };
}

/**
 * Checks a quote against a stored document. Returns the problems found (empty when it holds):
 * too few words to check, or the first run of words the document does not hold.
 */
export function checkStoredQuote(doc: StoredDocument, quote: string): string[] {
  const words = comparableWords(quote);
  if (words.length < RUN_LENGTH) {
    return [`quote has ${words.length} words; at least ${RUN_LENGTH} are needed to check it`];
  }
  for (let i = 0; i + RUN_LENGTH <= words.length; i++) {
    const run = words.slice(i, i + RUN_LENGTH);
    if (!doc.fingerprints.has(fingerprintOf(run))) {
      return [`"${run.join(" ")}" (words ${i + 1}–${i + RUN_LENGTH}) is not in ${doc.id}`];
    }
  }
  return [];
}
