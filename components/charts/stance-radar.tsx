import { FACTION_DASHES, FACTION_MARKERS, SCORE_MAX, type FactionId } from "@/lib/constants";
import type { RadarRow } from "@/lib/charts/series";
import { factionColour } from "./faction-marker";
import { RadarChart, type RadarSeriesStyle } from "./radar-chart";

export interface StanceRadarProps {
  rows: RadarRow[];
  factions: { id: FactionId; name: string }[];
  onSelectDimension?: (dimension: string) => void;
  selectedDimension?: string | null;
}

/** Each camp keeps one colour, one marker shape and one line pattern in every view. */
export function factionSeriesStyle(f: {
  id: FactionId;
  name: string;
}): RadarSeriesStyle<FactionId> {
  return {
    id: f.id,
    name: f.name,
    colour: factionColour(f.id),
    dash: FACTION_DASHES[f.id],
    shape: FACTION_MARKERS[f.id],
  };
}

/** The camps' coded positions on the faction dimensions, 0–10. */
export function StanceRadar({
  rows,
  factions,
  onSelectDimension,
  selectedDimension,
}: StanceRadarProps) {
  return (
    <RadarChart
      rows={rows}
      series={factions.map(factionSeriesStyle)}
      max={SCORE_MAX}
      onSelectDimension={onSelectDimension}
      selectedDimension={selectedDimension}
    />
  );
}
