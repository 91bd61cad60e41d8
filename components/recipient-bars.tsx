import type { ExternalSource } from "@/lib/analysis-schemas";
import { sourceLineFor } from "@/lib/chart-data";
import type { RecipientRanking } from "@/lib/paper-vs-data";
import { BarChart } from "./bar-chart";
import { ChartFrame } from "./chart-frame";

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
}: {
  ranking: RecipientRanking;
  source: ExternalSource;
  testId?: string;
  /** The deck token of this view, for "Add to deck" (absent on a slide itself). */
  slide?: string;
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
      headingLevel="h3"
      title={title}
      description={`Total SIPRI TIV delivered by Russia over ${from}–${to}, ranked among all ${withDeliveries.length} recipients with recorded deliveries${iran ? `; Iran ranks ${iran.rank}` : ""}.`}
      source={sourceLineFor([source])}
      boxStyle={{ height: "auto" }}
      table={
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">
            Total TIV (millions) delivered by Russia, {from}–{to}, with each recipient&apos;s rank.
          </caption>
          <thead>
            <tr className="border-b border-border text-left">
              <th scope="col" className="py-1 pr-2">
                Rank
              </th>
              <th scope="col" className="px-2 py-1">
                Recipient
              </th>
              <th scope="col" className="px-2 py-1">
                TIV millions
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-border">
                <td className="py-1 pr-2 tabular-nums">{r.rank}</td>
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {r.name}
                </th>
                <td className="px-2 py-1 tabular-nums">{r.total.toLocaleString("en-GB")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart
        unitLabel="SIPRI TIV, millions (a volume measure, not money)"
        data={rows.map((r) => ({
          id: r.id,
          label: `${r.rank}. ${r.name}`,
          value: r.total,
          // Iran stands out; the others share Russia's colour as its customers.
          colour: r.id === iran?.id ? "var(--color-iran)" : "var(--color-russia)",
          display: `${r.total.toLocaleString("en-GB")}m TIV`,
        }))}
      />
    </ChartFrame>
  );
}
