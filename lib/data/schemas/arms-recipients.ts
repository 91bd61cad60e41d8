import { z } from "zod";
import { checkUniqueIds, externalSourceSchema, kebabCase, nonEmpty, partyIdSchema } from "./common";
import { seriesPointSchema } from "./series";

/** data/arms-recipients.json: every recipient of one supplier's arms, year by year, for rankings. */

/**
 * SIPRI marks non-state actors with "*" and international organisations with "**" after the
 * name; a ranking of countries must be able to set those rows (and "Unknown recipient(s)") apart.
 */
export const RECIPIENT_CATEGORIES = [
  "state",
  "non-state-actor",
  "international-organisation",
  "unknown",
] as const;
export type RecipientCategory = (typeof RECIPIENT_CATEGORIES)[number];

export const armsRecipientSchema = z.object({
  id: kebabCase,
  name: nonEmpty("name"),
  /** The row label exactly as the source table has it, markers included ("NATO**"). */
  sourceRow: nonEmpty("sourceRow"),
  category: z.enum(RECIPIENT_CATEGORIES),
  /** The party id, where lib/data/parties.ts knows the recipient. */
  party: partyIdSchema.optional(),
  points: z.array(seriesPointSchema).min(1),
});
export type ArmsRecipient = z.infer<typeof armsRecipientSchema>;

export const armsRecipientsFileSchema = z
  .object({
    $schema: z.string().optional(),
    supplier: partyIdSchema,
    unit: z.literal("tiv_m"),
    /** The source table the rows come from. */
    sourceFile: nonEmpty("sourceFile"),
    source: externalSourceSchema,
    from: z.number().int().min(1950).max(2030),
    to: z.number().int().min(1950).max(2030),
    recipients: z.array(armsRecipientSchema).min(1),
  })
  .superRefine((file, ctx) => {
    checkUniqueIds(
      ctx,
      file.recipients.map((r) => r.id),
      "recipients",
    );
    const expected = Array.from({ length: file.to - file.from + 1 }, (_, i) => file.from + i);
    file.recipients.forEach((r, i) => {
      // Rankings sum every recipient over the same years, so each row must cover them all.
      const years = r.points.map((p) => p.year);
      if (years.join() !== expected.join()) {
        ctx.addIssue({
          code: "custom",
          path: ["recipients", i, "points"],
          message: `points must cover every year from ${file.from} to ${file.to} once, in order`,
        });
      }
      // In a SIPRI TIV table an empty cell is a recorded zero, so a TIV row never has a gap.
      r.points.forEach((p, pi) => {
        if (p.value === null) {
          ctx.addIssue({
            code: "custom",
            path: ["recipients", i, "points", pi, "value"],
            message: "a TIV table has no gaps: an empty cell means no deliveries, stored as 0",
          });
        }
      });
    });
  });
export type ArmsRecipientsFile = z.infer<typeof armsRecipientsFileSchema>;
