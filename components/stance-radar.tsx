"use client";

import { useSyncExternalStore } from "react";

import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from "recharts";
import { FACTION_DASHES, SCORE_MAX, type FactionId } from "@/lib/constants";
import type { RadarRow } from "@/lib/series";
import { FactionMarker, factionColour } from "./faction-marker";

export interface StanceRadarProps {
  rows: RadarRow[];
  factions: { id: FactionId; name: string }[];
  onSelectDimension?: (dimension: string) => void;
  selectedDimension?: string | null;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: string;
  cy?: number | string;
  payload?: { value?: unknown; index?: number };
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: RadarRow;
}

/** Splits an axis label into at most two short lines so it fits around the radar. */
function wrapLabel(label: string, max: number, maxLines: number): string[] {
  const words = label.split(" ");
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line && (line + " " + w).length > max && lines.length < maxLines - 1) {
      lines.push(line);
      line = w;
    } else {
      line = line ? `${line} ${w}` : w;
    }
  }
  lines.push(line);
  return lines;
}

// Recharts keeps its own config per series; the visual encoding per faction lives here once.
const radarSeriesStyle = {
  strokeWidth: 2.5,
  fillOpacity: 0.08,
  connectNulls: false,
  isAnimationActive: false,
} satisfies Partial<React.ComponentProps<typeof Radar>>;

const NARROW = "(max-width: 480px)";
const subscribeNarrow = (onChange: () => void) => {
  const mq = window.matchMedia(NARROW);
  mq.addEventListener("change", onChange);
  return () => mq.removeEventListener("change", onChange);
};

/** True on phone-width screens, where labels wrap tighter and margins shrink to give the radar room. */
function useCompact(): boolean {
  return useSyncExternalStore(
    subscribeNarrow,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

export function StanceRadar({
  rows,
  factions,
  onSelectDimension,
  selectedDimension,
}: StanceRadarProps) {
  const compact = useCompact();
  const renderTick = (tick: TickProps) => {
    const row = rows[tick.payload?.index ?? -1];
    if (!row) return <g />;
    const missing = factions.filter((f) => row.values[f.id] === null);
    const lines = compact ? wrapLabel(row.label, 10, 3) : wrapLabel(row.label, 16, 2);
    // Labels above the centre grow upwards, so extra lines never run into the chart.
    const rawY = Number(tick.y ?? 0);
    const above = tick.cy !== undefined && rawY < Number(tick.cy) - 10;
    const props = { x: Number(tick.x ?? 0), y: above ? rawY - (lines.length - 1) * 14 : rawY };
    const selected = row.dimension === selectedDimension;
    const anchor =
      tick.textAnchor === "start" || tick.textAnchor === "end" ? tick.textAnchor : "middle";
    const markerStart =
      anchor === "end" ? props.x - 60 : anchor === "start" ? props.x : props.x - 30;
    return (
      <g
        className={onSelectDimension ? "radar-axis-button cursor-pointer" : undefined}
        {...(onSelectDimension
          ? {
              role: "button",
              tabIndex: 0,
              "aria-label": `Open the evidence for ${row.label}`,
              "aria-pressed": selected,
              onClick: () => onSelectDimension(row.dimension),
              onKeyDown: (e: React.KeyboardEvent) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  onSelectDimension(row.dimension);
                }
              },
            }
          : {})}
      >
        <text
          x={props.x}
          y={props.y}
          textAnchor={anchor}
          className="radar-axis-label"
          fontWeight={selected ? 700 : 500}
        >
          {lines.map((l, i) => (
            <tspan key={i} x={props.x} dy={i === 0 ? 0 : 14}>
              {l}
            </tspan>
          ))}
        </text>
        {missing.length ? (
          // A row of hollow faction markers plus "not stated", aligned like the label above it.
          <g>
            {missing.map((f, i) => (
              <FactionMarker
                key={f.id}
                id={f.id}
                cx={markerStart + 5 + i * 12}
                cy={props.y + lines.length * 14 + 1}
                size={4}
                hollow
              />
            ))}
            <text
              x={markerStart + missing.length * 12 + 2}
              y={props.y + lines.length * 14 + 5}
              fontSize={11}
              fill="var(--muted)"
              textAnchor="start"
            >
              not stated
            </text>
          </g>
        ) : null}
      </g>
    );
  };

  const names: Partial<Record<FactionId, string>> = Object.fromEntries(
    factions.map((f) => [f.id, f.name]),
  );
  // A native SVG <title> gives hover values without shipping Recharts' tooltip to the browser.
  const renderDot = (id: FactionId, props: DotProps) => {
    const value = props.payload?.values[id];
    if (
      value === null ||
      value === undefined ||
      props.cx === undefined ||
      props.cy === undefined ||
      Number.isNaN(props.cx)
    ) {
      return <g key={`${id}-${props.payload?.dimension ?? "gap"}`} />;
    }
    return (
      <FactionMarker
        key={`${id}-${props.payload?.dimension}`}
        id={id}
        cx={props.cx}
        cy={props.cy}
        hollow={props.payload?.confidence[id] === "low"}
        title={`${names[id] ?? id}, ${props.payload?.label}: ${value} / ${SCORE_MAX} (${props.payload?.confidence[id]} confidence)`}
      />
    );
  };

  return (
    <ResponsiveContainer width="100%" height="100%">
      <RadarChart
        data={rows}
        // Recharts' keyboard layer adds unnamed tab stops that do nothing here; the axis
        // labels are the chart's real controls, and the Table view gives every number.
        accessibilityLayer={false}
        outerRadius={compact ? "78%" : "74%"}
        margin={
          compact
            ? { top: 36, right: 46, bottom: 40, left: 46 }
            : { top: 28, right: 56, bottom: 36, left: 56 }
        }
      >
        <PolarGrid stroke="var(--grid)" />
        <PolarAngleAxis dataKey="label" tick={renderTick} />
        <PolarRadiusAxis
          domain={[0, SCORE_MAX]}
          tickCount={6}
          angle={90}
          axisLine={false}
          tick={{ fontSize: 10 }}
        />
        {factions.map((f) => {
          const hasGap = rows.some((r) => r.values[f.id] === null);
          return (
            <Radar
              key={f.id}
              name={f.name}
              dataKey={(row: RadarRow) => row.values[f.id] ?? null}
              stroke={factionColour(f.id)}
              fill={factionColour(f.id)}
              strokeDasharray={FACTION_DASHES[f.id]}
              dot={(p: DotProps) => renderDot(f.id, p)}
              {...radarSeriesStyle}
              // An open polygon (a series with a gap) would be filled across the gap: skip the fill.
              fillOpacity={hasGap ? 0 : radarSeriesStyle.fillOpacity}
            />
          );
        })}
      </RadarChart>
    </ResponsiveContainer>
  );
}
