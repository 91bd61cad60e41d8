/**
 * The dashboard's addresses: its pages and the in-page anchors that citations and links point
 * at. Links are built from these names, so a misspelt page or anchor is a type error, and
 * tests/unit/routes.test.ts and tests/e2e/anchors.spec.ts hold each one to a page that exists
 * and an element that page renders. Free of Zod and data, so client code may import it.
 */

/** Every page a reader opens, by name; each is `app/<path>/page.tsx`. */
export const PAGES = {
  overview: "/",
  factions: "/factions",
  balancing: "/balancing",
  figures: "/figures",
  timeline: "/timeline",
  ledger: "/ledger",
  sources: "/sources",
  methodology: "/methodology",
  present: "/present",
} as const;
export type PageName = keyof typeof PAGES;
export type PagePath = (typeof PAGES)[PageName];

/** Fixed anchors: one element per page, with the id it carries. */
export const ANCHORS = {
  /** The paper's framing of the debate (consensus, arbiter, outlook). */
  debateFrame: { page: PAGES.factions, id: "debate-frame" },
  /** The table of where two camps differ. */
  differences: { page: PAGES.factions, id: "diff-heading" },
  /** The Syria issues, converging and diverging. */
  syria: { page: PAGES.balancing, id: "syria-heading" },
  /** The paper's SIPRI claims set against the data. */
  paperVsData: { page: PAGES.figures, id: "pvd-heading" },
} as const satisfies Record<string, { page: PagePath; id: string }>;
export type AnchorName = keyof typeof ANCHORS;

/** Anchors one per record: the element's id is the prefix and the record's id. */
export const ITEM_ANCHORS = {
  /** A balancing actor's card (Israel, Saudi Arabia, Turkey). */
  actor: { page: PAGES.balancing, prefix: "actor-" },
  /** One Syria issue. */
  syriaIssue: { page: PAGES.balancing, prefix: "syria-" },
  /** One figure's card. */
  figure: { page: PAGES.figures, prefix: "figure-" },
  /** One timeline event. */
  event: { page: PAGES.timeline, prefix: "event-" },
  /** One entry of the expectations ledger. */
  outcome: { page: PAGES.ledger, prefix: "outcome-" },
} as const satisfies Record<string, { page: PagePath; prefix: string }>;
export type ItemAnchorKind = keyof typeof ITEM_ANCHORS;

/** The element id of a fixed anchor, for the component that renders it. */
export function anchorId(name: AnchorName): string {
  return ANCHORS[name].id;
}

/** A link to a fixed anchor, from anywhere. */
export function anchorHref(name: AnchorName): string {
  const { page, id } = ANCHORS[name];
  return `${page}#${id}`;
}

/** The element id of one record's anchor, for the component that renders it. */
export function itemId(kind: ItemAnchorKind, id: string): string {
  return `${ITEM_ANCHORS[kind].prefix}${id}`;
}

/** A link to one record's anchor, from anywhere. */
export function itemHref(kind: ItemAnchorKind, id: string): string {
  return `${ITEM_ANCHORS[kind].page}#${itemId(kind, id)}`;
}

/** The radar pages open with one dimension's evidence shown when the address names it. */
export function dimensionHref(
  page: typeof PAGES.factions | typeof PAGES.balancing,
  dimension: string,
): string {
  return `${page}?dim=${encodeURIComponent(dimension)}`;
}

/** The address that embeds a view in a given state (a deck token: "view" or "view?state"). */
export function embedPath(token: string): string {
  return `/embed/${token}`;
}
