"use client";

import { SCORE_UNIT } from "@/lib/charts/chart-data";
import useSWR from "swr";
import { FACTIONS_KEY } from "@/lib/constants";
import { PAPER_AS_OF } from "@/lib/data/paper-sections";
import type { FactionsResponse } from "@/lib/api/api-schemas";
import { toRadarRows } from "@/lib/charts/series";
import { ChartFrame } from "./chart-frame";
import { fetchJson } from "@/components/shell/fetch-json";
import { RadarTable } from "./radar-table";
import { Legend } from "./legend";
import { factionSeriesStyle, StanceRadar } from "./stance-radar";

/** The overview's version of the radar: all three camps, no controls beyond the table toggle. */
export function HeadlineRadar({ sourceLine }: { sourceLine: string }) {
  const { data } = useSWR<FactionsResponse>(FACTIONS_KEY, fetchJson, { revalidateOnFocus: false });
  if (!data)
    return <p role="alert">The faction data could not be loaded. Reload the page to try again.</p>;
  return (
    <ChartFrame
      testId="stance-radar"
      title="Iran's three camps on Russia at a glance"
      description="Coded positions of the Russia-leaners, re-balancers and middle way, 0 to 10; gaps mark what the paper does not state, hollow markers low-confidence scores, dashed rings scores we infer rather than read in the paper."
      source={sourceLine}
      asOf={PAPER_AS_OF}
      unit={SCORE_UNIT}
      slide="camps"
      table={<RadarTable dimensions={data.dimensions} factions={data.factions} />}
      controls={
        <Legend
          items={data.factions.map((f) => factionSeriesStyle({ id: f.id, name: f.shortName }))}
        />
      }
    >
      <StanceRadar rows={toRadarRows(data.dimensions, data.factions)} factions={data.factions} />
    </ChartFrame>
  );
}
