import raw from "@/data/syria.json";
import { parseDataset } from "./load-dataset";
import { syriaFileSchema, type SyriaFile } from "./schemas/syria";

let cache: SyriaFile | undefined;

/** Where Russia and Iran converge and diverge in Syria, issue by issue; validated once per server process. */
export function getSyriaData(): SyriaFile {
  cache ??= parseDataset("data/syria.json", syriaFileSchema, raw);
  return cache;
}
