/**
 * Authoring aid: checks every evidence item in the given data files against the paper and
 * prints "file › path: problem" lines (quote not found, wrong section, footnote not cited there).
 * Usage: npx tsx scripts/check-quotes.ts data/timeline.json [more files]
 */
import { readFileSync } from "node:fs";
import { checkEvidence, collectPaperEvidence, indexPaper } from "../lib/data/evidence-check";
import { readPaper, resolvePaperPath } from "../lib/data/paper";

const paperPath = resolvePaperPath();
if (!paperPath) {
  console.error("Paper not found: set PAPER_PATH or check out ../shared beside the project.");
  process.exit(2);
}
const index = indexPaper(readPaper(paperPath));
let problems = 0;
let checked = 0;
for (const file of process.argv.slice(2)) {
  const data = JSON.parse(readFileSync(file, "utf8")) as unknown;
  for (const { path, evidence } of collectPaperEvidence(data)) {
    checked += 1;
    for (const p of checkEvidence(index, evidence)) {
      problems += 1;
      console.error(`${file} › ${path}: ${p}`);
    }
  }
}
console.log(`${checked} evidence items checked, ${problems} problems`);
process.exit(problems ? 1 : 0);
