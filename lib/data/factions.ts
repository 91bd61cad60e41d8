import raw from "@/data/factions.json";
import { parseDataset } from "./load-dataset";
import { factionsFileSchema, type Faction, type FactionsFile } from "./schemas/factions";

let cache: FactionsFile | undefined;

/** The faction dimensions and the three camps, validated once per server process. */
export function getFactionsData(): FactionsFile {
  cache ??= parseDataset("data/factions.json", factionsFileSchema, raw);
  return cache;
}

export function getFaction(id: string): Faction | undefined {
  return getFactionsData().factions.find((f) => f.id === id);
}
