import { z } from "zod";
import { FACTION_IDS } from "@/lib/constants";
import { debateNoteSchema, duplicates, nonEmpty, paperEvidenceSchema, requireIds } from "./common";
import { checkScores, dimensionSchema, scoreSchema } from "./scores";

/** data/factions.json: Iran's three camps on Russia, scored on shared axes, and the debate's frame. */

export const REQUIRED_FACTION_DIMENSIONS = [
  "alignment-with-moscow",
  "arms-dependence",
  "western-opening",
  "distrust-of-russia",
  "syria-military-cooperation",
  "economy-of-resistance",
  "supplier-diversification",
  "energy-rivalry-concern",
] as const;

export const personSchema = z.object({
  name: nonEmpty("name"),
  role: nonEmpty("role"),
  /** "stated": the paper puts the person in this camp; "inferred": our reading of it. */
  placement: z.enum(["stated", "inferred"]),
  evidence: z.array(paperEvidenceSchema).min(1, "each person needs evidence for their placement"),
});
export type Person = z.infer<typeof personSchema>;

export const factionSchema = z.object({
  id: z.enum(FACTION_IDS, {
    error: (issue) =>
      `unknown faction id ${JSON.stringify(issue.input)}: use one of ${FACTION_IDS.join(", ")}`,
  }),
  name: nonEmpty("name"),
  shortName: nonEmpty("shortName"),
  summary: nonEmpty("summary"),
  base: z.array(nonEmpty("base entry")).min(1, "name at least one institutional base"),
  people: z.array(personSchema),
  scores: z.array(scoreSchema),
});
export type Faction = z.infer<typeof factionSchema>;

/** The factions data file: cross-checks that no per-item schema can see. */
export const factionsFileSchema = z
  .object({
    $schema: z.string().optional(),
    dimensions: z.array(dimensionSchema).min(1),
    /** What the camps share: the paper frames a hedging debate inside a consensus. */
    consensus: debateNoteSchema,
    /** Who the arguments are aimed at: the Supreme Leader, placed in no camp. */
    arbiter: debateNoteSchema,
    /** Where the paper expects the debate to go. */
    outlook: debateNoteSchema,
    factions: z.array(factionSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const dimIds = file.dimensions.map((d) => d.id);
    for (const id of duplicates(dimIds)) {
      ctx.addIssue({
        code: "custom",
        path: ["dimensions"],
        message: `duplicate dimension id "${id}"`,
      });
    }
    requireIds(
      ctx,
      dimIds,
      REQUIRED_FACTION_DIMENSIONS,
      "dimensions",
      (id) => `required dimension "${id}" is missing`,
    );
    for (const id of FACTION_IDS) {
      if (!file.factions.some((f) => f.id === id)) {
        ctx.addIssue({
          code: "custom",
          path: ["factions"],
          message: `faction "${id}" is missing: the contract needs all three camps`,
        });
      }
    }
    for (const id of duplicates(file.factions.map((f) => f.id))) {
      ctx.addIssue({ code: "custom", path: ["factions"], message: `duplicate faction id "${id}"` });
    }
    checkScores(ctx, dimIds, file.factions, "factions");
  });
export type FactionsFile = z.infer<typeof factionsFileSchema>;
