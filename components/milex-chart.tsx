import type { Series } from "@/lib/analysis-schemas";
import { SeriesFrame } from "./series-frame";

/** SIPRI military expenditure of Iran, Russia, Saudi Arabia, Israel and Turkey, 2005–2016, at constant 2015 prices. */
export function MilexChart({ series }: { series: Series[] }) {
  return (
    <SeriesFrame
      series={series.filter((s) => s.kind === "milex")}
      testId="milex-chart"
      title="Military expenditure, 2005–2016"
      description="SIPRI military expenditure in US$ millions at constant 2015 prices for Iran, Russia, Saudi Arabia, Israel and Turkey; hollow markers are SIPRI estimates."
      from={2005}
      to={2016}
      slide="milex"
    />
  );
}
