import "server-only";
import raw from "@/data/factions.json";
import { factionsDataset } from "./datasets";
import type { Faction } from "./schemas/factions";

/** The faction dimensions and the three camps, validated once per server process. */
export const getFactionsData = factionsDataset.getter(raw);

export function getFaction(id: string): Faction | undefined {
  return getFactionsData().factions.find((f) => f.id === id);
}
