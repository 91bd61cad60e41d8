"use client";

import type { Series } from "@/lib/analysis-schemas";
import { sourceLineFor, totalsOver } from "@/lib/chart-data";
import { partyName } from "@/lib/parties";
import { ChartFrame } from "./chart-frame";
import { BarChart } from "./bar-chart";

/** Russia's deliveries per recipient summed over a window, Iran drawn in its own colour. */
export function RecipientBars({
  series,
  from,
  to,
}: {
  series: Series[];
  from: number;
  to: number;
}) {
  const totals = totalsOver(series, from, to);
  const byId = new Map(series.map((s) => [s.id, s]));
  const name = (id: string) => partyName(byId.get(id)?.parties.find((p) => p !== "russia") ?? id);
  return (
    <ChartFrame
      testId="recipients-chart"
      headingLevel="h3"
      title={`Russia's arms deliveries by recipient, ${from}–${to}`}
      description={`Total SIPRI TIV delivered by Russia over ${from}–${to} to its main recipients and to Iran, largest first.`}
      source={sourceLineFor(series.map((s) => s.source))}
      boxStyle={{ height: "auto" }}
      table={
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">
            Total TIV (millions) delivered by Russia, {from}–{to}.
          </caption>
          <thead>
            <tr className="border-b border-border text-left">
              <th scope="col" className="py-1 pr-2">
                Recipient
              </th>
              <th scope="col" className="px-2 py-1">
                TIV millions
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.map((t) => (
              <tr key={t.id} className="border-b border-border">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {name(t.id)}
                </th>
                <td className="px-2 py-1 tabular-nums">{t.total.toLocaleString("en-GB")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart
        unitLabel="TIV millions"
        data={totals.map((t) => ({
          id: t.id,
          label: name(t.id),
          value: t.total,
          // Iran stands out; the others share Russia's colour as its customers.
          colour: t.id.endsWith("-to-iran") ? "var(--color-iran)" : "var(--color-russia)",
          display: `${t.total.toLocaleString("en-GB")}m`,
        }))}
      />
    </ChartFrame>
  );
}
