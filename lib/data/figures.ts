import "server-only";
import raw from "@/data/figures.json";
import { figuresDataset } from "./datasets";

/** Every number the paper states about trade, deals, arms and budgets, each with its kind and caveat; validated once per server process. */
export const getFiguresData = figuresDataset.getter(raw);
