import raw from "@/data/balancing.json";
import { parseDataset } from "./load-dataset";
import { balancingFileSchema, type BalancingFile } from "./schemas/balancing";

let cache: BalancingFile | undefined;

/** Moscow's balancing of Iran against Israel, Saudi Arabia and Turkey, with Iran for reference; validated once per server process. */
export function getBalancingData(): BalancingFile {
  cache ??= parseDataset("data/balancing.json", balancingFileSchema, raw);
  return cache;
}
