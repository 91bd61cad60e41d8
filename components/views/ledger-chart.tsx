import type { ChartLayouts } from "@/components/charts/radar-chart";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFrame } from "@/components/charts/chart-frame";
import { frameTexts } from "@/lib/views/view-model";
import { VERDICT_COLOURS, VERDICT_OUTLINED, type ledgerView } from "@/lib/views/ledger";

/**
 * The ledger at a glance: entries by verdict, one bar each. The page and the slide draw this one
 * component from the one definition (lib/views/ledger.ts).
 */
export function LedgerChart({
  view,
  testId,
  layouts,
  slide,
}: {
  view: ReturnType<typeof ledgerView>;
  testId: string;
  layouts?: ChartLayouts;
  /** The deck token, on the page only ("Add to deck"). */
  slide?: string;
}) {
  return (
    <ChartFrame
      headingLevel={slide ? "h2" : "h3"}
      testId={testId}
      {...frameTexts(view)}
      slide={slide}
      boxStyle={{ height: "auto" }}
    >
      <BarChart
        layouts={layouts}
        unitLabel={view.unit}
        data={view.counts.map((c) => ({
          id: c.verdict,
          label: c.label,
          value: c.n,
          colour: VERDICT_COLOURS[c.verdict],
          display: String(c.n),
          outlined: VERDICT_OUTLINED.has(c.verdict),
        }))}
      />
    </ChartFrame>
  );
}
