/**
 * Writes data/stored-sources.json from the front matter of the stored documents that the data
 * files cite (../shared/sources, or $STORED_SOURCES_PATH). The app reads only the generated
 * file, so it builds and runs without ../shared; rerun this after citing a new document.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { DATASETS } from "../lib/data/datasets";
import { collectEvidence } from "../lib/data/evidence-check";
import { readStoredDocument, resolveStoredSourcesDir } from "../lib/data/stored-source-check";
import { storedSourcesFileSchema } from "../lib/data/schemas/stored-sources";
import { formatIssues } from "../lib/data/schemas/common";

const dir = resolveStoredSourcesDir();
if (!dir) {
  console.error("Stored documents not found: set STORED_SOURCES_PATH or check out ../shared.");
  process.exit(1);
}

const cited = new Set<string>();
for (const { file } of DATASETS) {
  if (file === "data/stored-sources.json") continue;
  const data = JSON.parse(readFileSync(file, "utf8")) as unknown;
  for (const { evidence } of collectEvidence(data)) {
    if ("sourceId" in evidence) cited.add(evidence.sourceId);
  }
}
const available = new Set(readdirSync(dir).map((f) => f.replace(/\.md$/, "")));
const missing = [...cited].filter((id) => !available.has(id));
if (missing.length) {
  console.error(`Cited but not in ${dir}: ${missing.join(", ")}`);
  process.exit(1);
}

const sources = [...cited].sort().map((id) => {
  const { meta } = readStoredDocument(dir, id);
  return {
    id,
    title: meta.title ?? "",
    publisher: meta.publisher ?? "",
    date: meta.date ?? "",
    url: meta.url ?? "",
    summary: meta.summary ?? "",
  };
});
const file = { $schema: "./schema/stored-sources.schema.json", sources };
const result = storedSourcesFileSchema.safeParse(file);
if (!result.success) {
  for (const line of formatIssues(result.error)) console.error(`  ${line}`);
  process.exit(1);
}
writeFileSync("data/stored-sources.json", JSON.stringify(file, null, 2) + "\n");
console.log(`wrote data/stored-sources.json (${sources.length} documents)`);
