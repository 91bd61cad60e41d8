import { FACTION_DASHES, FACTION_MARKERS, type FactionId } from "@/lib/constants";

export const factionColour = (id: FactionId) => `var(--color-${id})`;

interface MarkerProps {
  id: FactionId;
  cx: number;
  cy: number;
  size?: number;
  /** Hollow markers flag low-confidence scores. */
  hollow?: boolean;
  /** Hover text (an SVG <title>), e.g. the value the marker stands for. */
  title?: string;
}

/** The faction's marker shape, drawn in SVG; shared by the radar and the legends. */
export function FactionMarker({ id, cx, cy, size = 5, hollow = false, title }: MarkerProps) {
  const colour = factionColour(id);
  const common = {
    stroke: colour,
    strokeWidth: 2,
    fill: hollow ? "var(--bg)" : colour,
  };
  const label = title ? <title>{title}</title> : null;
  switch (FACTION_MARKERS[id]) {
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
    default:
      return (
        <circle cx={cx} cy={cy} r={size} {...common}>
          {label}
        </circle>
      );
  }
}

/** A small legend swatch: the faction's line pattern with its marker on top. */
export function FactionSwatch({ id, hollow = false }: { id: FactionId; hollow?: boolean }) {
  return (
    <svg width="34" height="16" viewBox="0 0 34 16" aria-hidden="true" className="shrink-0">
      <line
        x1="1"
        y1="8"
        x2="33"
        y2="8"
        stroke={factionColour(id)}
        strokeWidth="2.5"
        strokeDasharray={FACTION_DASHES[id]}
      />
      <FactionMarker id={id} cx={17} cy={8} size={4.5} hollow={hollow} />
    </svg>
  );
}
