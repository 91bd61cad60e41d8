import "server-only";
import raw from "@/data/outcomes.json";
import { outcomesDataset } from "./datasets";

/** The expectations ledger, validated once per server process. */
export const getOutcomesData = outcomesDataset.getter(raw);
