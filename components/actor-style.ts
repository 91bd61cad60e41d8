import type { MarkerShape } from "./faction-marker";

/**
 * The look of each balancing actor, fixed here once so the radar, the bars, the cards and the
 * military-expenditure chart agree. Iran is the reference: neutral colour, dashed line.
 */
const ACTOR_LOOK: Record<string, { shape: MarkerShape; dash?: string }> = {
  israel: { shape: "diamond" },
  "saudi-arabia": { shape: "square", dash: "7 4" },
  turkey: { shape: "triangle", dash: "2 3" },
  iran: { shape: "circle", dash: "4 2 1 2" },
  russia: { shape: "square", dash: "1 3" },
  china: { shape: "circle", dash: "7 4" },
  "european-union": { shape: "triangle" },
  italy: { shape: "diamond", dash: "2 3" },
  france: { shape: "square", dash: "4 2 1 2" },
  germany: { shape: "circle", dash: "1 3" },
};

export function actorStyle(id: string, name: string) {
  const look = ACTOR_LOOK[id] ?? { shape: "circle" as const };
  return { id, name, colour: `var(--color-${id})`, ...look };
}
