import { z } from "zod";
import { externalSourceSchema, nonEmpty } from "./common";
import { seriesPointSchema } from "./series";

/**
 * data/arms-totals.json (npm run import-external): Iran's arms imports from all suppliers, year
 * by year, as each SIPRI release that gives them states them: the 2023 release's country totals
 * table and the sum of the 2024 release's register rows. One block per release, never joined:
 * the page lists the years the two disagree.
 */

export const ARMS_TOTALS_RELEASES = ["sipri-at-2023", "sipri-at-2024"] as const;
export type ArmsTotalsRelease = (typeof ARMS_TOTALS_RELEASES)[number];

export const armsTotalsBlockSchema = z
  .object({
    release: z.enum(ARMS_TOTALS_RELEASES),
    generated: nonEmpty("generated"),
    sourceRow: nonEmpty("sourceRow"),
    source: externalSourceSchema,
    points: z.array(seriesPointSchema).min(1),
  })
  .superRefine((b, ctx) => {
    if (b.points.some((p, i) => i > 0 && p.year !== (b.points[i - 1]?.year ?? 0) + 1)) {
      ctx.addIssue({ code: "custom", path: ["points"], message: "one point per year, in order" });
    }
  });
export type ArmsTotalsBlock = z.infer<typeof armsTotalsBlockSchema>;

export const armsTotalsFileSchema = z
  .object({
    $schema: z.string().optional(),
    unit: z.literal("tiv_m"),
    /** What every block measures: the same flow in each release. */
    flow: z.literal("arms imports of Iran from all suppliers"),
    releases: z.array(armsTotalsBlockSchema).min(2),
  })
  .superRefine((file, ctx) => {
    const releases = file.releases.map((r) => r.release);
    if (new Set(releases).size !== releases.length) {
      ctx.addIssue({
        code: "custom",
        path: ["releases"],
        message: "one block per release: two releases are never merged",
      });
    }
  });
export type ArmsTotalsFile = z.infer<typeof armsTotalsFileSchema>;
