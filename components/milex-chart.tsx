import type { Series } from "@/lib/analysis-schemas";
import { SeriesFrame } from "./series-frame";
import { seriesFrameProps } from "@/lib/views/series-views";

/** SIPRI military expenditure of Iran, Russia, Saudi Arabia, Israel and Turkey (the "milex" view). */
export function MilexChart({ series }: { series: Series[] }) {
  return <SeriesFrame {...seriesFrameProps("milex", series)} />;
}
