/**
 * Writes JSON Schemas generated from the Zod schemas into data/schema/, so editors give
 * completion and inline checks in the data files (each file points at its schema via "$schema").
 * Cross-record rules (unique ids, every dimension scored) live only in Zod and the tests.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import { DATASETS } from "../lib/data/datasets";

for (const { jsonSchema, schema } of DATASETS) {
  mkdirSync(dirname(jsonSchema), { recursive: true });
  const out = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  writeFileSync(jsonSchema, JSON.stringify(out, null, 2) + "\n");
  console.log(`wrote ${jsonSchema}`);
}
