/**
 * One-off extraction of the paper's footnote list into data/sources.json.
 * Run again only if the paper changes: `npx tsx scripts/extract-footnotes.ts`.
 * Footnotes 72 and 73 are cited in the text but absent from the list; they are recorded as missing.
 */
import { writeFileSync } from "node:fs";
import { readPaper, resolvePaperPath } from "../lib/data/paper";

const paperPath = resolvePaperPath();
if (!paperPath) {
  console.error("Paper not found: set PAPER_PATH or place ../shared beside the checkout.");
  process.exit(1);
}
const paper = readPaper(paperPath);
const listStart = paper.indexOf("FOOTNOTES");
const list = paper.slice(listStart);
const footnotes = [];
for (let n = 1; n <= 99; n += 1) {
  const match = list.match(new RegExp(`^\\[${n}\\]\\s+(.+)$`, "m"));
  if (!match || !match[1]) {
    footnotes.push({
      number: n,
      citation: "Cited in the text but absent from the paper's footnote list.",
      url: null,
      urls: [],
      missing: true,
    });
    continue;
  }
  const citation = match[1].trim();
  const urls = [...citation.matchAll(/https?:\/\/[^\s,;]+/g)].map((m) =>
    m[0].replace(/[.)]+$/, ""),
  );
  footnotes.push({ number: n, citation, url: urls[0] ?? null, urls, missing: false });
}
writeFileSync(
  "data/sources.json",
  JSON.stringify({ $schema: "./schema/sources.schema.json", footnotes }, null, 2) + "\n",
);
console.log(
  `wrote ${footnotes.length} footnotes (${footnotes.filter((f) => f.missing).length} missing)`,
);
