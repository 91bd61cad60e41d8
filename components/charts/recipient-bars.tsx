import type { ExternalSource } from "@/lib/data/schemas/common";
import { SERIES_UNIT_LABELS, sourceLineFor } from "@/lib/charts/chart-data";
import type { RecipientRanking } from "@/lib/views/paper-vs-data";
import { BarChart } from "./bar-chart";
import type { ChartLayouts } from "./radar-chart";
import { ChartFrame } from "./chart-frame";
import { DataTable } from "./data-table";
import { formatNumber } from "@/lib/charts/number-format";

const SHOWN = 10;

/**
 * Russia's arms deliveries per recipient over a window, ranked among ALL its recipients: the
 * ten largest, and Iran at its true rank when it is not among them (a chart of a few chosen
 * countries would make Iran look higher than it is).
 */
export function RecipientBars({
  ranking,
  source,
  testId = "recipients-chart",
  slide,
  layouts,
}: {
  ranking: RecipientRanking;
  source: ExternalSource;
  testId?: string;
  /** The deck token of this view, for "Add to deck" (absent on a slide itself). */
  slide?: string;
  layouts?: ChartLayouts;
}) {
  const withDeliveries = ranking.ranking.filter((r) => r.total > 0);
  const top = withDeliveries.slice(0, SHOWN);
  const iran = ranking.iran;
  const rows = iran && !top.some((r) => r.id === iran.id) ? [...top, iran] : top;
  const { from, to } = ranking;
  const title = `Russia's arms deliveries: the ten largest recipients and Iran, ${from}–${to}`;
  return (
    <ChartFrame
      testId={testId}
      slide={slide}
      asOf={`Data as published: ${source.vintage}`}
      unit={SERIES_UNIT_LABELS.tiv_m}
      headingLevel="h3"
      title={title}
      description={`Total SIPRI TIV delivered by Russia over ${from}–${to}, ranked among all ${withDeliveries.length} recipients with recorded deliveries${iran ? `; Iran ranks ${iran.rank}` : ""}.`}
      source={sourceLineFor([source])}
      boxStyle={{ height: "auto" }}
      table={
        <DataTable
          caption={`Total TIV (millions) delivered by Russia, ${from}–${to}, with each recipient's rank.`}
          columns={["Rank", "Recipient", "TIV millions"]}
          rows={rows.map((r) => ({
            key: r.id,
            cells: [
              { content: r.rank },
              { content: r.name, header: true },
              { content: formatNumber(r.total), value: r.total },
            ],
          }))}
        />
      }
    >
      <BarChart
        layouts={layouts}
        unitLabel="SIPRI TIV, millions (a volume measure, not money)"
        data={rows.map((r) => ({
          id: r.id,
          label: `${r.rank}. ${r.name}`,
          value: r.total,
          // Iran stands out; the others share Russia's colour as its customers.
          colour: r.id === iran?.id ? "var(--color-iran)" : "var(--color-russia)",
          display: `${formatNumber(r.total)}m TIV`,
        }))}
      />
    </ChartFrame>
  );
}
