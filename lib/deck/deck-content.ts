import raw from "@/data/deck.json";
import { deckFileSchema, type DeckFile } from "./deck-schema";
import { parseDataset } from "@/lib/data/load-dataset";

let cache: DeckFile | undefined;

/** The default deck: the story told in order; validated once per server process. */
export function getDeckData(): DeckFile {
  cache ??= parseDataset("data/deck.json", deckFileSchema, raw);
  return cache;
}
