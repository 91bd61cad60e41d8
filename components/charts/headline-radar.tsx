"use client";

import { FACTION_IDS } from "@/lib/constants";
import type { FactionsResponse } from "@/lib/api/api-schemas";
import { toRadarRows } from "@/lib/charts/series";
import { campsView } from "@/lib/views/camps";
import { frameTexts } from "@/lib/views/view-model";
import { ChartFrame } from "./chart-frame";
import { Legend } from "./legend";
import { factionSeriesStyle, StanceRadar } from "./stance-radar";

/** The overview's version of the camps radar: all three camps, no controls beyond the table toggle. */
export function HeadlineRadar({ data }: { data: FactionsResponse }) {
  const view = campsView(data, { factions: [...FACTION_IDS] });
  return (
    <ChartFrame
      testId="stance-radar"
      {...frameTexts(view)}
      slide={view.token}
      controls={
        <Legend
          items={view.shown.map((f) => factionSeriesStyle({ id: f.id, name: f.shortName }))}
        />
      }
    >
      <StanceRadar rows={toRadarRows(view.dimensions, view.shown)} factions={view.shown} />
    </ChartFrame>
  );
}
