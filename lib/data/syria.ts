import "server-only";
import raw from "@/data/syria.json";
import { syriaDataset } from "./datasets";

/** Where Russia and Iran converge and diverge in Syria, issue by issue; validated once per server process. */
export const getSyriaData = syriaDataset.getter(raw);
