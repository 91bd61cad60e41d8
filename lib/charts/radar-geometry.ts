import type { Confidence } from "@/lib/data/schemas/scores";

/**
 * Pure geometry of a radar chart: where the grid, the axis labels, the series lines and the
 * markers go. The radar component only draws what this returns, so the chart can render on
 * the server (it is in the first paint, with no chart library to download) and its geometry
 * can be unit-tested: a null value must leave a gap, never a point at the centre.
 */

export interface RadarLayout {
  width: number;
  height: number;
  /** Space between the outer ring and an axis label. */
  labelGap: number;
  fontSize: number;
  lineHeight: number;
  /** Characters per label line, and lines per label, before wrapping stops. */
  wrapAt: number;
  maxLines: number;
  /** Horizontal and vertical room kept for labels outside the outer ring. */
  padX: number;
  padY: number;
}

/**
 * Layouts switched by CSS: a phone gets its own geometry rather than a shrunken desktop one, and
 * a slide gets a short, wide one. A slide's chart box is wide but short (about 1270 × 330 px on a
 * 1366 × 768 projector), so a radar scales to its height: the slide layout is laid out for that
 * height, with type large enough to come out at 12 px or more once scaled.
 */
export const RADAR_LAYOUTS = {
  wide: {
    width: 640,
    height: 512,
    labelGap: 14,
    fontSize: 12,
    lineHeight: 14,
    wrapAt: 16,
    maxLines: 2,
    padX: 130,
    padY: 66,
  },
  // About a phone's chart box (≈ 300–340 px wide), so its type is drawn at 10–12 px rather
  // than shrunk to 7–8 px with a wider view box.
  compact: {
    width: 350,
    height: 350,
    labelGap: 10,
    fontSize: 12,
    lineHeight: 14,
    wrapAt: 10,
    maxLines: 3,
    padX: 84,
    padY: 64,
  },
  slide: {
    width: 960,
    height: 400,
    labelGap: 14,
    fontSize: 17,
    lineHeight: 19,
    wrapAt: 20,
    maxLines: 2,
    padX: 215,
    padY: 78,
  },
} as const satisfies Record<string, RadarLayout>;
export type RadarLayoutName = keyof typeof RADAR_LAYOUTS;

export interface RadarInputRow<K extends string> {
  dimension: string;
  label: string;
  values: Partial<Record<K, number | null>>;
  confidence: Partial<Record<K, Confidence>>;
  /** Points that are our inference rather than what the source states: drawn with a dashed ring. */
  inferred?: Partial<Record<K, boolean>>;
  /** Series for which the axis does not apply: a gap, but not flagged "not stated". */
  notApplicable?: Partial<Record<K, boolean>>;
}

export interface RadarAxis<K extends string> {
  dimension: string;
  label: string;
  lines: string[];
  /** Position of the first text line's baseline. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  /** Series with no value on this axis (shown as "not stated" beneath the label). */
  missing: K[];
  /** The outer end of the axis spoke. */
  spoke: { x: number; y: number };
}

export interface RadarPoint {
  dimension: string;
  label: string;
  value: number;
  confidence: Confidence | undefined;
  inferred: boolean;
  x: number;
  y: number;
}

export interface RadarSeriesShape<K extends string> {
  id: K;
  /** SVG path data: one move-to per run of consecutive stated values, so nulls are gaps. */
  path: string;
  /** Every axis has a value: the shape is closed and may be filled. */
  closed: boolean;
  points: RadarPoint[];
}

export interface RadarGeometry<K extends string> {
  width: number;
  height: number;
  centre: { x: number; y: number };
  radius: number;
  rings: { level: number; points: string }[];
  ticks: { value: number; x: number; y: number }[];
  axes: RadarAxis<K>[];
  series: RadarSeriesShape<K>[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Splits a label into short lines; the last line takes what is left rather than dropping words. */
export function wrapLabel(label: string, max: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(" ")) {
    if (line && (line + " " + word).length > max && lines.length < maxLines - 1) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines;
}

export function radarGeometry<K extends string>(
  rows: RadarInputRow<K>[],
  seriesIds: readonly K[],
  layout: RadarLayout,
  max: number,
  tickStep = 2,
): RadarGeometry<K> {
  const n = rows.length;
  const centre = { x: layout.width / 2, y: layout.height / 2 };
  const radius = Math.max(10, Math.min(centre.x - layout.padX, centre.y - layout.padY));
  // First axis at the top, then clockwise, as a reader scans a clock face.
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
  const at = (i: number, r: number) => ({
    x: round(centre.x + r * Math.cos(angle(i))),
    y: round(centre.y + r * Math.sin(angle(i))),
  });

  const rings: RadarGeometry<K>["rings"] = [];
  const ticks: RadarGeometry<K>["ticks"] = [];
  for (let level = tickStep; level <= max; level += tickStep) {
    const r = (radius * level) / max;
    rings.push({
      level,
      points: rows
        .map((_, i) => at(i, r))
        .map((p) => `${p.x},${p.y}`)
        .join(" "),
    });
  }
  for (let value = 0; value <= max; value += tickStep) {
    ticks.push({ value, x: round(centre.x + 4), y: round(centre.y - (radius * value) / max + 4) });
  }

  const axes = rows.map((row, i): RadarAxis<K> => {
    const cos = Math.cos(angle(i));
    const sin = Math.sin(angle(i));
    const anchor = cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle";
    const lines = wrapLabel(row.label, layout.wrapAt, layout.maxLines);
    const p = at(i, radius + layout.labelGap);
    // Labels above the centre grow upwards and those below start a line lower, so no label
    // runs into the chart whatever its number of lines.
    let y = p.y + layout.fontSize / 3;
    if (sin < -0.2) y = p.y - (lines.length - 1) * layout.lineHeight;
    else if (sin > 0.2) y = p.y + layout.fontSize;
    const missing = seriesIds.filter(
      (id) => (row.values[id] ?? null) === null && !row.notApplicable?.[id],
    );
    return {
      dimension: row.dimension,
      label: row.label,
      lines,
      x: p.x,
      y: round(y),
      anchor,
      missing,
      spoke: at(i, radius),
    };
  });

  const series = seriesIds.map((id): RadarSeriesShape<K> => {
    const points: (RadarPoint | null)[] = rows.map((row, i) => {
      const value = row.values[id] ?? null;
      if (value === null) return null;
      const p = at(i, (radius * Math.min(Math.max(value, 0), max)) / max);
      return {
        dimension: row.dimension,
        label: row.label,
        value,
        confidence: row.confidence[id],
        inferred: row.inferred?.[id] === true,
        ...p,
      };
    });
    const closed = points.length > 0 && points.every((p) => p !== null);
    let path = "";
    points.forEach((p, i) => {
      if (!p) return;
      const prev = points[(i - 1 + n) % n];
      path += `${prev && (i > 0 || closed) && path ? "L" : "M"}${p.x},${p.y} `;
    });
    // A line from the last axis back to the first, when both are stated.
    const first = points[0];
    const last = points[n - 1];
    if (closed) path += "Z";
    else if (first && last && n > 2) path += `M${last.x},${last.y} L${first.x},${first.y}`;
    return {
      id,
      path: path.trim(),
      closed,
      points: points.filter((p): p is RadarPoint => p !== null),
    };
  });

  return { width: layout.width, height: layout.height, centre, radius, rings, ticks, axes, series };
}
