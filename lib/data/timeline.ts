import "server-only";
import raw from "@/data/timeline.json";
import { timelineDataset } from "./datasets";

/** Events the paper dates, 1953 to September 2016, plus what it expects later; validated once per server process. */
export const getTimelineData = timelineDataset.getter(raw);
