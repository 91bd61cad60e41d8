import { seriesLook } from "@/lib/identity";

/**
 * The look of a balancing actor or series partner: its colour, marker and dash from the
 * identity registry (lib/identity.ts), so the radar, the bars, the cards and the charts agree.
 */
export function actorStyle(id: string, name: string) {
  return { id, name, ...seriesLook(id) };
}
