import "server-only";
import raw from "@/data/deck.json";
import { deckDataset } from "@/lib/data/datasets";

/** The default deck: the story told in order; validated once per server process. */
export const getDeckData = deckDataset.getter(raw);
