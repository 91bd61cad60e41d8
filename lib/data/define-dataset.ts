import type { z } from "zod";
import { parseDataset } from "./load-dataset";

/** An entry of the API index: where to ask, what to ask with, what comes back. */
export interface ApiEndpoint {
  path: `/api/${string}`;
  query: string;
  returns: string;
}

/**
 * One data file as a module: where it lives, the schema it must satisfy, the JSON Schema an
 * editor checks it with, and the API endpoints that serve it. Pure: it holds no data, so the
 * build-time validator, the JSON Schema generator and the tests can read it outside Next.
 */
export interface Dataset<S extends z.ZodType = z.ZodType> {
  name: string;
  file: `data/${string}.json`;
  jsonSchema: `data/schema/${string}.schema.json`;
  schema: S;
  api: readonly ApiEndpoint[];
  /**
   * A getter over the file's imported JSON, validated on first call and then cached for the
   * life of the process. Called once, from the dataset's server-only module (the one that
   * imports the JSON), so the data and its getter never reach a client bundle.
   */
  getter(raw: unknown): () => z.output<S>;
}

export function defineDataset<S extends z.ZodType>(definition: {
  name: string;
  schema: S;
  api?: readonly ApiEndpoint[];
}): Dataset<S> {
  const { name, schema, api = [] } = definition;
  const file = `data/${name}.json` as const;
  return {
    name,
    file,
    jsonSchema: `data/schema/${name}.schema.json`,
    schema,
    api,
    getter(raw) {
      // Validation waits for the first call, so a page that never reads a dataset never pays for it.
      let cache: { value: z.output<S> } | undefined;
      return () => (cache ??= { value: parseDataset(file, schema, raw) }).value;
    },
  };
}
