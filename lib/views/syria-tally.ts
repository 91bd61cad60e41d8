import { SYRIA_GROUP_LABELS, SYRIA_GROUPS, type SyriaGroup } from "@/lib/constants";

export const SYRIA_ALIGNMENTS = ["converge", "mixed", "diverge"] as const;
export type SyriaAlignment = (typeof SYRIA_ALIGNMENTS)[number];

interface Tallied {
  group: SyriaGroup;
  alignment: SyriaAlignment;
}

export interface SyriaGroupTally<T extends Tallied> {
  group: SyriaGroup;
  label: string;
  issues: T[];
  byAlignment: Record<SyriaAlignment, T[]>;
}

/**
 * The Syrian issues counted within their kind, never across kinds: a 2016 episode that was
 * repaired within weeks does not weigh like a core aim, so a single tally across all issues
 * would lean towards divergence. Pure and Zod-free, for the page, the slide and the tests.
 */
export function syriaTally<T extends Tallied>(issues: readonly T[]): SyriaGroupTally<T>[] {
  return SYRIA_GROUPS.map((group) => {
    const inGroup = issues.filter((i) => i.group === group);
    const byAlignment = Object.fromEntries(
      SYRIA_ALIGNMENTS.map((a) => [a, inGroup.filter((i) => i.alignment === a)]),
    ) as Record<SyriaAlignment, T[]>;
    return { group, label: SYRIA_GROUP_LABELS[group], issues: inGroup, byAlignment };
  }).filter((g) => g.issues.length > 0);
}

/** "converge on 2, mixed on 1, diverge on none": one group's counts in words. */
export function tallyWords(t: SyriaGroupTally<Tallied>): string {
  return SYRIA_ALIGNMENTS.map((a) => {
    const n = t.byAlignment[a].length;
    return `${a} on ${n === 0 ? "none" : n}`;
  }).join(", ");
}
