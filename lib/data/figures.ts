import raw from "@/data/figures.json";
import { parseDataset } from "./load-dataset";
import { figuresFileSchema, type FiguresFile } from "./schemas/figures";

let cache: FiguresFile | undefined;

/** Every number the paper states about trade, deals, arms and budgets, each with its kind and caveat; validated once per server process. */
export function getFiguresData(): FiguresFile {
  cache ??= parseDataset("data/figures.json", figuresFileSchema, raw);
  return cache;
}
