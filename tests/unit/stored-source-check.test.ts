import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import {
  checkStoredQuote,
  comparableWords,
  parseFrontMatter,
  readStoredDocument,
  resolveStoredSourcesDir,
} from "@/lib/data/stored-source-check";
import { requireSource } from "./source-guard";

/** The reference implementation's exports used here (../shared/tools/source-quote.mjs). */
interface ReferenceChecker {
  loadSource(id: string, dir?: string): unknown;
  quoteInSource(quote: string, source: unknown): boolean;
}

// True quotes are verbatim from the stored pages; false ones edit a word, reorder, or are too short.
const CASES: { id: string; quote: string; found: boolean }[] = [
  {
    id: "theiranproject-2017-04-28-rostec-s300-fulfilled",
    quote: "We also completed the S-300 deliveries to Iran. We fulfilled all our commitments",
    found: true,
  },
  {
    id: "theiranproject-2017-04-28-rostec-s300-fulfilled",
    quote: "We also completed the S-400 deliveries to Iran",
    found: false,
  },
  {
    id: "indiatoday-2025-10-02-russia-rejects-snapback",
    // Curly quotes and the dash in the page must not matter: the words are compared.
    quote: "We do not recognise the snapback as coming into force",
    found: true,
  },
  {
    id: "indiatoday-2025-10-02-russia-rejects-snapback",
    quote: "We do recognise the snapback as coming into force",
    found: false,
  },
  {
    id: "hurriyet-2025-06-23-putin-no-support-to-iran",
    quote: "THIS ABSOLUTELY UNPROVOKED AGGRESSION AGAINST IRAN IS UNJUSTIFIED!",
    found: true,
  },
  {
    id: "hurriyet-2025-06-23-putin-no-support-to-iran",
    quote: "unprovoked aggression",
    found: false,
  },
  {
    id: "sputnik-2023-07-04-iran-sco-full-member",
    quote: "the admission of Iran to the SCO as a full member state",
    found: true,
  },
  {
    id: "sputnik-2023-07-04-iran-sco-full-member",
    quote: "the admission of Iran to the SCO as a full observer state",
    found: false,
  },
];

describe("words as the fingerprints compare them", () => {
  it("folds case, curly quotes, dashes and punctuation", () => {
    // "Rogozin’s" splits at the apostrophe, as the reference does: punctuation never joins words.
    expect(comparableWords("“Half,” he said — Rogozin’s S-300…")).toEqual([
      "half",
      "he",
      "said",
      "rogozin",
      "s",
      "s",
      "300",
    ]);
  });

  it("reads quoted front-matter values", () => {
    expect(parseFrontMatter('---\ntitle: "A: b"\ndate: undated\n---\nfingerprints:\n')).toEqual({
      title: "A: b",
      date: "undated",
    });
  });
});

describe("the project's check agrees with ../shared/tools/source-quote.mjs", async () => {
  const dir = resolveStoredSourcesDir();
  const tool = path.resolve(dir ?? ".", "../tools/source-quote.mjs");
  if (!requireSource(dir !== null, "the stored documents", "STORED_SOURCES_PATH") || !dir) return;
  const reference = (await import(pathToFileURL(tool).href)) as ReferenceChecker;

  it.each(CASES)("$id: “$quote” found=$found", ({ id, quote, found }) => {
    const ours = checkStoredQuote(readStoredDocument(dir, id), quote).length === 0;
    const theirs = reference.quoteInSource(quote, reference.loadSource(id, dir));
    expect(ours).toBe(found);
    expect(theirs).toBe(found);
  });
});
