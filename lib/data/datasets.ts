import type { z } from "zod";
import { factionsFileSchema } from "./schemas/factions";
import { sourcesFileSchema } from "./schemas/sources";
import { armsRecipientsFileSchema } from "./schemas/arms-recipients";
import { balancingFileSchema } from "./schemas/balancing";
import { figuresFileSchema } from "./schemas/figures";
import { seriesFileSchema } from "./schemas/series";
import { syriaFileSchema } from "./schemas/syria";
import { timelineFileSchema } from "./schemas/timeline";
import { deckFileSchema } from "@/lib/deck/deck-schema";

/**
 * Every data file with the schema it must satisfy. The build-time validator, the JSON Schema
 * generator and the data-integrity tests all read this one list, so a new dataset is checked
 * everywhere once it is added here.
 */
export const DATASETS: { file: string; schema: z.ZodType; jsonSchema: string }[] = [
  ["factions", factionsFileSchema],
  ["sources", sourcesFileSchema],
  ["balancing", balancingFileSchema],
  ["figures", figuresFileSchema],
  ["series", seriesFileSchema],
  ["arms-recipients", armsRecipientsFileSchema],
  ["timeline", timelineFileSchema],
  ["syria", syriaFileSchema],
  ["deck", deckFileSchema],
].map(([name, schema]) => ({
  file: `data/${name as string}.json`,
  schema: schema as z.ZodType,
  jsonSchema: `data/schema/${name as string}.schema.json`,
}));
