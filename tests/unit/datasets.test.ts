import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATASETS } from "@/lib/data/datasets";
import { API_ENDPOINTS } from "@/lib/api/api";
import { getBalancingData } from "@/lib/data/balancing";
import { getArmsRecipients, getSeriesData } from "@/lib/data/external-data";
import { getArmsDeals } from "@/lib/data/arms-deals";
import { getArmsTotals } from "@/lib/data/arms-totals";
import { getFactionsData } from "@/lib/data/factions";
import { getFiguresData } from "@/lib/data/figures";
import { getSources } from "@/lib/data/sources";
import { getSyriaData } from "@/lib/data/syria";
import { getOutcomesData } from "@/lib/data/outcomes";
import { getStoredSources } from "@/lib/data/stored-sources";
import { getTimelineData } from "@/lib/data/timeline";
import { getTradeStatements } from "@/lib/data/trade-statements";
import { getDeckData } from "@/lib/deck/deck-content";
import { runtimeImports } from "./import-graph";

// The getter each definition is served by; the JSON import inside it must be the defined file.
const GETTERS: Record<string, () => unknown> = {
  factions: getFactionsData,
  sources: getSources,
  balancing: getBalancingData,
  figures: getFiguresData,
  series: getSeriesData,
  "arms-recipients": getArmsRecipients,
  "arms-deals": getArmsDeals,
  "arms-totals": getArmsTotals,
  timeline: getTimelineData,
  syria: getSyriaData,
  outcomes: getOutcomesData,
  "trade-statements": getTradeStatements,
  "stored-sources": getStoredSources,
  deck: getDeckData,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.relative(process.cwd(), path.join(e.parentPath, e.name)));
}
const APP_SOURCES = ["app", "components", "lib"].flatMap(sourceFiles);

describe("dataset definitions", () => {
  it("cover every data file, each once", () => {
    const files = readdirSync("data")
      .filter((f) => f.endsWith(".json"))
      .map((f) => `data/${f}`);
    expect(DATASETS.map((d) => d.file).sort()).toEqual(files.sort());
    expect(new Set(DATASETS.map((d) => d.name)).size).toBe(DATASETS.length);
  });

  it.each(DATASETS)("$name has a JSON Schema and a getter serving its own file", (d) => {
    expect(existsSync(d.jsonSchema)).toBe(true);
    const getter = GETTERS[d.name];
    expect(getter, `no getter for ${d.name}`).toBeDefined();
    expect(getter?.()).toEqual(d.schema.parse(JSON.parse(readFileSync(d.file, "utf8"))));
  });

  it("list API endpoints that each have a route handler", () => {
    expect(API_ENDPOINTS.length).toBeGreaterThan(0);
    for (const { path: p } of API_ENDPOINTS) {
      const dir = p.replace(/\{(\w+)\}/g, "[$1]");
      expect(existsSync(`app${dir}/route.ts`), `${p} has no app${dir}/route.ts`).toBe(true);
    }
  });
});

describe("data getters are server-only", () => {
  it("every module that imports a data file is marked server-only", () => {
    const readers = APP_SOURCES.filter((f) =>
      /^import \w+ from "@\/data\/[\w-]+\.json";$/m.test(readFileSync(f, "utf8")),
    );
    expect(readers.length).toBeGreaterThanOrEqual(DATASETS.length - 1);
    const unmarked = readers.filter(
      (f) => !/^import "server-only";$/m.test(readFileSync(f, "utf8")),
    );
    expect(unmarked).toEqual([]);
  });

  it("no client module reaches a getter, Zod or the dataset definitions", () => {
    const clients = APP_SOURCES.filter((f) =>
      /^["']use client["'];?$/m.test(readFileSync(f, "utf8").split("\n", 3).join("\n")),
    );
    // The walk needs client modules to walk from, or a pass means nothing.
    expect(clients.length).toBeGreaterThan(5);
    const forbidden = /^(server-only|zod)$|^lib\/data\/(schemas\/|datasets|define-dataset)/;
    const bad = clients.flatMap((entry) =>
      [...runtimeImports(entry).entries()]
        .filter(([file]) => forbidden.test(path.relative(process.cwd(), file) || file))
        .map(([, chain]) => chain.join(" → ")),
    );
    expect(bad).toEqual([]);
  });
});
