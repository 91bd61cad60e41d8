import "server-only";
import raw from "@/data/sources.json";
import { sourcesDataset } from "./datasets";
import type { Footnote } from "./schemas/sources";

/** The paper's footnotes [1]–[99], with [72] and [73] recorded as missing. */
export const getSources = sourcesDataset.getter(raw);

/** The footnotes a set of evidence items cites, keyed by number, for the evidence panel. */
export function footnotesByNumber(numbers: Iterable<number>): Record<number, Footnote> {
  const wanted = new Set(numbers);
  const out: Record<number, Footnote> = {};
  for (const f of getSources().footnotes) if (wanted.has(f.number)) out[f.number] = f;
  return out;
}
