import { z } from "zod";
import { checkUniqueIds, kebabCase, nonEmpty, requireIds, statedSchema } from "./common";
import { checkScores, dimensionSchema, scoreSchema } from "./scores";

/** data/balancing.json: Moscow's balancing of Iran against Israel, Saudi Arabia and Turkey. */

export const REQUIRED_BALANCING_DIMENSIONS = [
  "leverage-over-moscow",
  "russian-accommodation",
  "friction-with-iran",
  "economic-stakes",
  "syria-alignment-with-moscow",
] as const;
export const REQUIRED_BALANCING_ACTORS = ["israel", "saudi-arabia", "turkey"] as const;

export const balancingActorSchema = z.object({
  id: kebabCase,
  name: nonEmpty("name"),
  summary: nonEmpty("summary"),
  /** What the actor holds over Moscow: what Russia wants from it or fears losing. */
  holds: statedSchema,
  /** What Moscow concedes or offers it, often at Tehran's expense. */
  concessions: statedSchema,
  iranResponse: statedSchema,
  scores: z.array(scoreSchema),
});
export type BalancingActor = z.infer<typeof balancingActorSchema>;

/** Iran scored on the same axes, for reference only where the paper allows (else null). */
export const balancingReferenceSchema = z.object({
  id: z.literal("iran"),
  name: nonEmpty("name"),
  note: nonEmpty("note"),
  scores: z.array(scoreSchema),
});
export type BalancingReference = z.infer<typeof balancingReferenceSchema>;

export const balancingFileSchema = z
  .object({
    $schema: z.string().optional(),
    dimensions: z.array(dimensionSchema).min(1),
    actors: z.array(balancingActorSchema).min(1),
    reference: balancingReferenceSchema,
  })
  .superRefine((file, ctx) => {
    const dimIds = file.dimensions.map((d) => d.id);
    checkUniqueIds(ctx, dimIds, "dimensions");
    requireIds(
      ctx,
      dimIds,
      REQUIRED_BALANCING_DIMENSIONS,
      "dimensions",
      (id) => `required dimension "${id}" is missing`,
    );
    const actorIds = file.actors.map((a) => a.id);
    checkUniqueIds(ctx, actorIds, "actors");
    requireIds(
      ctx,
      actorIds,
      REQUIRED_BALANCING_ACTORS,
      "actors",
      (id) => `actor "${id}" is missing: the contract needs Israel, Saudi Arabia and Turkey`,
    );
    checkScores(ctx, dimIds, file.actors, "actors");
    checkScores(ctx, dimIds, [file.reference], "reference");
  });
export type BalancingFile = z.infer<typeof balancingFileSchema>;
