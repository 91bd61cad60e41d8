import "server-only";
import raw from "@/data/arms-totals.json";
import { armsTotalsDataset } from "./datasets";

/** Iran's arms imports from all suppliers, one block per SIPRI release. */
export const getArmsTotals = armsTotalsDataset.getter(raw);
