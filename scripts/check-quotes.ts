/**
 * Authoring aid: checks every evidence item in the given data files and prints
 * "file › path: problem" lines. Paper quotes are checked against the paper (quote not found,
 * wrong section, footnote not cited there); stored-document quotes against the document's
 * fingerprints (DESIGN.md's 5-word rule).
 * Usage: npx tsx scripts/check-quotes.ts data/timeline.json [more files]
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  checkEvidence,
  collectPaperEvidence,
  collectStoredEvidence,
  indexPaper,
} from "../lib/data/evidence-check";
import { readPaper, resolvePaperPath } from "../lib/data/paper";
import {
  checkStoredQuote,
  readStoredDocument,
  resolveStoredSourcesDir,
} from "../lib/data/stored-source-check";

const paperPath = resolvePaperPath();
const storedDir = resolveStoredSourcesDir();
if (!paperPath || !storedDir) {
  console.error(
    "Paper or stored documents not found: set PAPER_PATH and STORED_SOURCES_PATH, or check out ../shared beside the project.",
  );
  process.exit(2);
}
const index = indexPaper(readPaper(paperPath));
let problems = 0;
let checked = 0;
const report = (file: string, where: string, problem: string) => {
  problems += 1;
  console.error(`${file} › ${where}: ${problem}`);
};
for (const file of process.argv.slice(2)) {
  const data = JSON.parse(readFileSync(file, "utf8")) as unknown;
  for (const { path: where, evidence } of collectPaperEvidence(data)) {
    checked += 1;
    for (const p of checkEvidence(index, evidence)) report(file, where, p);
  }
  for (const { path: where, evidence } of collectStoredEvidence(data)) {
    checked += 1;
    if (!existsSync(path.join(storedDir, `${evidence.sourceId}.md`))) {
      report(file, where, `no stored document "${evidence.sourceId}"`);
      continue;
    }
    const doc = readStoredDocument(storedDir, evidence.sourceId);
    for (const p of checkStoredQuote(doc, evidence.quote)) report(file, where, p);
  }
}
console.log(`${checked} evidence items checked, ${problems} problems`);
process.exit(problems ? 1 : 0);
