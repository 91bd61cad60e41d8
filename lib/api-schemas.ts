import { z } from "zod";
import { commaList } from "./api";
import { FACTION_IDS } from "./constants";
import { dimensionSchema, factionSchema, footnoteSchema } from "./schemas";

/** Query and response schemas of the API routes (DESIGN.md's API contract). */

export const factionsQuerySchema = z.object({
  ids: commaList("faction id", FACTION_IDS).optional(),
});

export const factionsResponseSchema = z.object({
  dimensions: z.array(dimensionSchema),
  factions: z.array(factionSchema),
});
export type FactionsResponse = z.infer<typeof factionsResponseSchema>;

export const noQuerySchema = z.object({});

export const sourcesQuerySchema = z.object({
  number: z
    .string()
    .transform((s, ctx) => {
      const parts = s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean);
      const numbers = parts.map(Number);
      const bad = parts.find((p, i) => !/^\d{1,2}$/.test(p) || (numbers[i] ?? 0) < 1);
      if (parts.length === 0 || bad !== undefined) {
        ctx.addIssue({
          code: "custom",
          message: `number must be footnote numbers from 1 to 99, comma-separated (got "${(bad ?? s).slice(0, 40)}").`,
        });
        return z.NEVER;
      }
      return [...new Set(numbers)];
    })
    .optional(),
  missing: z
    .enum(["true", "false"], { error: 'missing must be "true" or "false".' })
    .transform((v) => v === "true")
    .optional(),
});

export const sourcesResponseSchema = z.object({ footnotes: z.array(footnoteSchema) });
export type SourcesResponse = z.infer<typeof sourcesResponseSchema>;

export const apiIndexSchema = z.object({
  endpoints: z.array(z.object({ path: z.string(), query: z.string(), returns: z.string() })),
});
