import { z } from "zod";
import { ARMS_REGISTER_RELEASES } from "@/lib/constants";
import { externalSourceSchema, nonEmpty, partyIdSchema } from "./common";

/**
 * data/arms-deals.json (npm run import-external): the Russia↔Iran deals of SIPRI's deal-level
 * trade registers, one block per release, exactly as each register states them, and the one
 * year of SIPRI's 2024 volume tables. A deal-level register gives deals, not years: a deal that
 * delivered over several years keeps its delivery years as a list and one delivered TIV, never a
 * value per year.
 */

const year = z.number().int().min(1950).max(2030);
const count = z.number().int().min(0);
/** SIPRI TIV in millions as the register writes it (per unit it may be 0.04). */
const tiv = z.number().finite().min(0);

export const armsDealSchema = z
  .object({
    /** 1-based line of the row in the register file, so a reader can find it. */
    line: z.number().int().min(1),
    supplier: partyIdSchema,
    recipient: partyIdSchema,
    designation: nonEmpty("designation"),
    description: nonEmpty("description"),
    orderYear: year,
    /** SIPRI's "?" beside the year of order. */
    orderYearUncertain: z.boolean(),
    /** null: the register leaves "Number ordered" empty ("data is not yet available"). */
    numberOrdered: count.nullable(),
    numberOrderedUncertain: z.boolean(),
    numberDelivered: count,
    numberDeliveredUncertain: z.boolean(),
    /** The register's "Year(s) of delivery", in order; empty when nothing was delivered. */
    deliveryYears: z.array(year),
    /** "New", "Second hand" or "Second hand but modernized". */
    status: nonEmpty("status"),
    /** The register's comments, verbatim; null when the cell is empty. */
    comments: z.string().min(1).nullable(),
    tivPerUnit: tiv,
    /** null: "data (on the number ordered and/or the TIV per unit) is not available". */
    tivOrder: tiv.nullable(),
    /** null: "no deliveries have been identified"; 0: between 0 and 0.5m TIV. */
    tivDelivered: tiv.nullable(),
  })
  .superRefine((d, ctx) => {
    if (d.supplier === d.recipient) {
      ctx.addIssue({ code: "custom", path: ["recipient"], message: "a deal has two parties" });
    }
    if (d.deliveryYears.some((y, i) => i > 0 && y <= (d.deliveryYears[i - 1] ?? 0))) {
      ctx.addIssue({
        code: "custom",
        path: ["deliveryYears"],
        message: "delivery years are in increasing order",
      });
    }
    if (d.deliveryYears.some((y) => y < d.orderYear)) {
      ctx.addIssue({
        code: "custom",
        path: ["deliveryYears"],
        message: "no delivery comes before the order",
      });
    }
    if (d.numberDelivered > 0 && d.deliveryYears.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["deliveryYears"],
        message: "a delivered deal names its delivery years",
      });
    }
  });
export type ArmsDeal = z.infer<typeof armsDealSchema>;

export const armsRegisterSchema = z.object({
  release: z.enum(ARMS_REGISTER_RELEASES),
  /** The register's "Data generated: …" stamp. */
  generated: nonEmpty("generated"),
  /** The last delivery year the release covers. */
  deliveriesTo: year,
  file: nonEmpty("file"),
  source: externalSourceSchema,
  deals: z.array(armsDealSchema).min(1),
});
export type ArmsRegister = z.infer<typeof armsRegisterSchema>;

export const armsVolumeRowSchema = z.object({
  /** The supplier table the row comes from. */
  supplier: partyIdSchema,
  /** A recipient's row, or null for the table's "Total exports from …" row. */
  recipient: partyIdSchema.nullable(),
  /** The row label as the file writes it. */
  label: nonEmpty("label"),
  line: z.number().int().min(1),
  value: tiv,
  /** The file's "0": between 0 and 0.5m TIV. */
  lessThanHalf: z.boolean(),
});
export type ArmsVolumeRow = z.infer<typeof armsVolumeRowSchema>;

export const armsVolumeYearSchema = z.object({
  release: z.enum(ARMS_REGISTER_RELEASES),
  year,
  generated: nonEmpty("generated"),
  file: nonEmpty("file"),
  source: externalSourceSchema,
  rows: z.array(armsVolumeRowSchema).min(1),
});
export type ArmsVolumeYear = z.infer<typeof armsVolumeYearSchema>;

export const armsDealsFileSchema = z
  .object({
    $schema: z.string().optional(),
    unit: z.literal("tiv_m"),
    registers: z.array(armsRegisterSchema).min(1),
    latestYear: armsVolumeYearSchema,
  })
  .superRefine((file, ctx) => {
    const releases = file.registers.map((r) => r.release);
    if (new Set(releases).size !== releases.length) {
      ctx.addIssue({
        code: "custom",
        path: ["registers"],
        message: "one block per release: two releases are never merged",
      });
    }
  });
export type ArmsDealsFile = z.infer<typeof armsDealsFileSchema>;
