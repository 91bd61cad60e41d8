/**
 * Build-time gate: validates every data file against its schema and fails the build with
 * the file, the path inside it and the reason. Runs before `next build` (npm "prebuild").
 * DATA_ROOT points it at another checkout's files (the tests use it on corrupted copies).
 */
const root = process.env.DATA_ROOT ?? process.cwd();
import { readFileSync } from "node:fs";
import path from "node:path";
import { DATASETS } from "../lib/data/datasets";
import { formatIssues } from "../lib/data/schemas/common";

let failed = false;
for (const { file, schema } of DATASETS) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(root, file), "utf8"));
  } catch (err) {
    console.error(`✗ ${file}: not valid JSON (${(err as Error).message})`);
    failed = true;
    continue;
  }
  const result = schema.safeParse(raw);
  if (result.success) {
    console.log(`✓ ${file}`);
  } else {
    failed = true;
    console.error(`✗ ${file}`);
    for (const line of formatIssues(result.error)) console.error(`    ${file} › ${line}`);
  }
}
if (failed) {
  console.error("Data validation failed: fix the files above (path › reason) and build again.");
  process.exit(1);
}
