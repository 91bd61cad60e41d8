import type { ExternalSource } from "@/lib/data/schemas/common";
import { formatNumber } from "@/lib/charts/number-format";
import { armsRecipientsView } from "@/lib/views/arms-recipients";
import type { RecipientRanking } from "@/lib/views/paper-vs-data";
import { frameTexts } from "@/lib/views/view-model";
import { BarChart } from "./bar-chart";
import type { ChartLayouts } from "./radar-chart";
import { ChartFrame } from "./chart-frame";

/**
 * Russia's arms customers as bars, drawn from the view's definition (lib/views/arms-recipients):
 * the ten largest recipients, and Iran at its true rank.
 */
export function RecipientBars({
  view,
  testId = "recipients-chart",
  slide,
  layouts,
}: {
  view: ReturnType<typeof armsRecipientsView>;
  testId?: string;
  /** The deck token of this view, for "Add to deck" (absent on a slide itself). */
  slide?: string;
  layouts?: ChartLayouts;
}) {
  return (
    <ChartFrame
      testId={testId}
      slide={slide}
      headingLevel="h3"
      {...frameTexts(view)}
      boxStyle={{ height: "auto" }}
    >
      <BarChart
        layouts={layouts}
        unitLabel="SIPRI TIV, millions (a volume measure, not money)"
        data={view.rows.map((r) => ({
          id: r.id,
          label: `${r.rank}. ${r.name}`,
          value: r.total,
          // Iran stands out; the others share Russia's colour as its customers.
          colour: r.id === view.iranId ? "var(--color-iran)" : "var(--color-russia)",
          display: `${formatNumber(r.total)}m TIV`,
        }))}
      />
    </ChartFrame>
  );
}

/** The chart on the /figures page, from the ranking and its source. */
export function RecipientBarsFor({
  ranking,
  source,
}: {
  ranking: RecipientRanking;
  source: ExternalSource;
}) {
  const view = armsRecipientsView({ ranking, source });
  return <RecipientBars view={view} slide={view.token} />;
}
