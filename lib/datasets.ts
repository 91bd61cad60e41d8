import type { z } from "zod";
import { factionsFileSchema, sourcesFileSchema } from "./schemas";

/**
 * Every data file with the schema it must satisfy. The build-time validator, the JSON Schema
 * generator and the data-integrity tests all read this one list, so a new dataset is checked
 * everywhere once it is added here.
 */
export const DATASETS: { file: string; schema: z.ZodType; jsonSchema: string }[] = [
  {
    file: "data/factions.json",
    schema: factionsFileSchema,
    jsonSchema: "data/schema/factions.schema.json",
  },
  {
    file: "data/sources.json",
    schema: sourcesFileSchema,
    jsonSchema: "data/schema/sources.schema.json",
  },
];
