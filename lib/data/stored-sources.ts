import "server-only";
import raw from "@/data/stored-sources.json";
import { collectEvidence } from "./evidence-check";
import { storedSourcesDataset } from "./datasets";
import type { StoredSource } from "./schemas/stored-sources";

/** The stored public documents cited after the paper, validated once per server process. */
export const getStoredSources = storedSourcesDataset.getter(raw);

/** The stored documents a dataset's evidence cites, keyed by id, for its evidence lists. */
export function citedStoredSources(data: unknown): Record<string, StoredSource> {
  const wanted = new Set(
    collectEvidence(data).flatMap((e) => ("sourceId" in e.evidence ? [e.evidence.sourceId] : [])),
  );
  const out: Record<string, StoredSource> = {};
  for (const s of getStoredSources().sources) if (wanted.has(s.id)) out[s.id] = s;
  return out;
}
