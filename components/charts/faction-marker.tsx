import { FACTION_DASHES, FACTION_MARKERS, type FactionId } from "@/lib/constants";
import { colourVar, type MarkerShape } from "@/lib/identity";

export type { MarkerShape };

export const factionColour = (id: FactionId) => colourVar(id);

interface ShapeProps {
  shape: MarkerShape;
  colour: string;
  cx: number;
  cy: number;
  size?: number;
  /** Hollow markers flag low-confidence scores. */
  hollow?: boolean;
  /** Hover text (an SVG <title>), e.g. the value the marker stands for. */
  title?: string;
}

/** A series marker drawn in SVG; shared by every chart and legend so shapes match everywhere. */
export function Marker({ shape, colour, cx, cy, size = 5, hollow = false, title }: ShapeProps) {
  const common = { stroke: colour, strokeWidth: 2, fill: hollow ? "var(--bg)" : colour };
  const label = title ? <title>{title}</title> : null;
  switch (shape) {
    case "square":
      return (
        <rect x={cx - size} y={cy - size} width={size * 2} height={size * 2} {...common}>
          {label}
        </rect>
      );
    case "triangle":
      return (
        <polygon
          points={`${cx},${cy - size * 1.2} ${cx + size * 1.1},${cy + size * 0.9} ${cx - size * 1.1},${cy + size * 0.9}`}
          {...common}
        >
          {label}
        </polygon>
      );
    case "diamond":
      return (
        <polygon
          points={`${cx},${cy - size * 1.3} ${cx + size * 1.3},${cy} ${cx},${cy + size * 1.3} ${cx - size * 1.3},${cy}`}
          {...common}
        >
          {label}
        </polygon>
      );
    default:
      return (
        <circle cx={cx} cy={cy} r={size} {...common}>
          {label}
        </circle>
      );
  }
}

/** A small legend swatch: a line pattern with its marker on top. */
export function Swatch({
  shape,
  colour,
  dash,
  hollow = false,
}: {
  shape: MarkerShape;
  colour: string;
  dash?: string;
  hollow?: boolean;
}) {
  return (
    <svg width="34" height="16" viewBox="0 0 34 16" aria-hidden="true" className="shrink-0">
      <line x1="1" y1="8" x2="33" y2="8" stroke={colour} strokeWidth="2.5" strokeDasharray={dash} />
      <Marker shape={shape} colour={colour} cx={17} cy={8} size={4.5} hollow={hollow} />
    </svg>
  );
}

export function FactionSwatch({ id, hollow = false }: { id: FactionId; hollow?: boolean }) {
  return (
    <Swatch
      shape={FACTION_MARKERS[id]}
      colour={factionColour(id)}
      dash={FACTION_DASHES[id]}
      hollow={hollow}
    />
  );
}
