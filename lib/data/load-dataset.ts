import type { z } from "zod";
import { formatIssues } from "./schemas/common";

export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid data file ${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "DatasetError";
  }
}

/**
 * Validates a data file's parsed JSON against its schema. A bad file throws with the file,
 * the path inside it and the reason, so a build that imports it fails loudly.
 */
export function parseDataset<S extends z.ZodType>(
  file: string,
  schema: S,
  raw: unknown,
): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new DatasetError(file, formatIssues(result.error));
  return result.data;
}
