import "server-only";
import raw from "@/data/arms-deals.json";
import { armsDealsDataset } from "./datasets";

/** SIPRI's Russia↔Iran deals, one block per register release, and the 2024 single-year volumes. */
export const getArmsDeals = armsDealsDataset.getter(raw);
