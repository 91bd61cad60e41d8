import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DATASETS } from "@/lib/data/datasets";

const tsx = path.resolve("node_modules/.bin/tsx");

describe("build-time data validation", () => {
  it("passes on the shipped data", () => {
    const out = execFileSync(tsx, ["scripts/validate-data.ts"], { encoding: "utf8" });
    expect(out).toContain("✓ data/factions.json");
  });

  it("fails on a bad file, naming the file, the path inside it and the reason", () => {
    const root = mkdtempSync(path.join(tmpdir(), "data-"));
    cpSync("data", path.join(root, "data"), { recursive: true });
    const file = path.join(root, "data/factions.json");
    const data = JSON.parse(readFileSync(file, "utf8"));
    data.factions[1].scores[2].value = 14;
    data.factions[0].scores[0].evidence[0].quote = "word ".repeat(45);
    writeFileSync(file, JSON.stringify(data));
    const run = spawnSync(tsx, ["scripts/validate-data.ts"], {
      encoding: "utf8",
      env: { ...process.env, DATA_ROOT: root },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "data/factions.json › factions.1.scores.2.value: score must be between 0 and 10",
    );
    expect(run.stderr).toContain("factions.0.scores.0.evidence.0.quote: quote has 45 words");
  }, 20_000);

  it("fails on a file that is not JSON", () => {
    const root = mkdtempSync(path.join(tmpdir(), "data-"));
    cpSync("data", path.join(root, "data"), { recursive: true });
    writeFileSync(path.join(root, "data/sources.json"), "{ not json");
    const run = spawnSync(tsx, ["scripts/validate-data.ts"], {
      encoding: "utf8",
      env: { ...process.env, DATA_ROOT: root },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/data\/sources\.json: not valid JSON/);
  }, 20_000);
});

describe("generated JSON Schemas", () => {
  it.each(DATASETS)(
    "$jsonSchema is up to date with its Zod schema (run npm run gen-schemas)",
    ({ schema, jsonSchema }) => {
      const expected = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
      expect(JSON.parse(readFileSync(jsonSchema, "utf8"))).toEqual(expected);
    },
  );

  it("lets an editor catch an out-of-range score", () => {
    const generated = JSON.parse(readFileSync("data/schema/factions.schema.json", "utf8"));
    const value = generated.properties.factions.items.properties.scores.items.properties.value;
    expect(JSON.stringify(value)).toMatch(/"maximum":10/);
  });
});
