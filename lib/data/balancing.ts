import "server-only";
import raw from "@/data/balancing.json";
import { balancingDataset } from "./datasets";

/** Moscow's balancing of Iran against Israel, Saudi Arabia and Turkey, with Iran for reference; validated once per server process. */
export const getBalancingData = balancingDataset.getter(raw);
