import type { MarkerShape } from "./faction-marker";
import { Swatch } from "./faction-marker";

export interface LegendItem {
  id: string;
  name: string;
  colour: string;
  shape: MarkerShape;
  dash?: string;
}

/**
 * A chart's key: swatch (colour, marker and line pattern) and name per series. Items carry
 * `data-legend-item`, so exported images draw the same key.
 */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
      {items.map((s) => (
        <li key={s.id} data-legend-item className="inline-flex items-center gap-2">
          <Swatch shape={s.shape} colour={s.colour} dash={s.dash} />
          {s.name}
        </li>
      ))}
    </ul>
  );
}
