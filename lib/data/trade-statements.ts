import "server-only";
import raw from "@/data/trade-statements.json";
import { tradeStatementsDataset } from "./datasets";

/** Officials' trade statements after the paper, each with its stored quote; validated once per server process. */
export const getTradeStatements = tradeStatementsDataset.getter(raw);
