// Reads the Vitest and Playwright JSON reports and prints the one closing line CI reads.
// Failed gates (lint, typecheck, build...) count as failures too, so the line never hides them.
import { existsSync, readFileSync } from "node:fs";

const gateFailures = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = gateFailures;
let skipped = 0;

if (existsSync("reports/unit.json")) {
  const unit = JSON.parse(readFileSync("reports/unit.json", "utf8"));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
} else {
  console.log("unit: no report (the unit run did not complete)");
  failed += 1;
}

if (existsSync("reports/e2e.json")) {
  const e2e = JSON.parse(readFileSync("reports/e2e.json", "utf8")).stats;
  passed += e2e.expected + e2e.flaky;
  failed += e2e.unexpected;
  skipped += e2e.skipped;
  console.log(
    `e2e: ${e2e.expected + e2e.flaky} passed (${e2e.flaky} flaky), ${e2e.unexpected} failed`,
  );
} else {
  console.log("e2e: no report (the browser tests did not run)");
  failed += 1;
}

if (gateFailures) console.log(`gates: ${gateFailures} failed (see above)`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
