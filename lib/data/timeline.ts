import raw from "@/data/timeline.json";
import { parseDataset } from "./load-dataset";
import { timelineFileSchema, type TimelineFile } from "./schemas/timeline";

let cache: TimelineFile | undefined;

/** Events the paper dates, 1953 to September 2016, plus what it expects later; validated once per server process. */
export function getTimelineData(): TimelineFile {
  cache ??= parseDataset("data/timeline.json", timelineFileSchema, raw);
  return cache;
}
