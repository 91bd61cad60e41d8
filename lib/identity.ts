/**
 * Who is who, once: every camp, actor and country the datasets name, with the name and short
 * name the interface prints and, for those drawn as a series, their look: a colour per theme
 * (light, dark, projector), a marker shape and a line dash. The charts, legends, cards and
 * exports read their look here; the CSS variables they paint with are generated from it
 * (identityCss, rendered by the root layout), so no stylesheet keeps a second copy.
 * Zod-free: client components read names and looks from it.
 *
 * Colours come from the Okabe–Ito palette, which stays distinct under the common forms of
 * colour blindness; the projector set is darker (at least 4.5:1 on white for a series line),
 * and every series also has a marker and dash of its own, so colour never works alone.
 */
export type MarkerShape = "circle" | "square" | "triangle" | "diamond";
export type ThemeName = "light" | "dark" | "projector";

export interface Look {
  colour: Record<ThemeName, string>;
  marker: MarkerShape;
  /** SVG stroke-dasharray; none for a solid line. */
  dash?: string;
}

export interface Identity {
  name: string;
  short: string;
  /** Only entities drawn as a series (a radar, a line, a bar of their own) need one. */
  look?: Look;
}

const c = (light: string, dark: string, projector: string) => ({ light, dark, projector });

/** Iran's three camps on Russia, as the 2016 paper names them. */
export const CAMPS = {
  "russia-leaners": {
    name: "The Russia-leaners",
    short: "Russia-leaners",
    look: { colour: c("#c44e00", "#f08a4b", "#a33a00"), marker: "circle" },
  },
  "re-balancers": {
    name: "The re-balancers",
    short: "Re-balancers",
    look: { colour: c("#0072b2", "#56b4e9", "#00559a"), marker: "square", dash: "7 4" },
  },
  "middle-way": {
    name: "The middle way",
    short: "Middle way",
    look: { colour: c("#007a5a", "#3fcf9f", "#006246"), marker: "triangle", dash: "2 3" },
  },
} as const satisfies Record<string, Identity>;

/**
 * Countries, organisations and groups. Moscow's balancing draws Israel, Saudi Arabia and
 * Turkey, with Iran as the reference (neutral colour, dashed); the series charts draw Iran's
 * trade and arms partners.
 */
export const PARTIES = {
  iran: {
    name: "Iran",
    short: "Iran",
    look: { colour: c("#3d4250", "#d3d7df", "#1f1f1f"), marker: "circle", dash: "4 2 1 2" },
  },
  russia: {
    name: "Russia",
    short: "Russia",
    look: { colour: c("#b3261e", "#ff8a80", "#9c1111"), marker: "square", dash: "1 3" },
  },
  china: {
    name: "China",
    short: "China",
    look: { colour: c("#0072b2", "#56b4e9", "#00559a"), marker: "circle", dash: "7 4" },
  },
  "united-states": { name: "United States", short: "US" },
  "european-union": {
    name: "European Union",
    short: "EU",
    look: { colour: c("#007a5a", "#3fcf9f", "#006246"), marker: "triangle" },
  },
  italy: {
    name: "Italy",
    short: "Italy",
    look: { colour: c("#8a6a00", "#e3bb3a", "#5c4700"), marker: "diamond", dash: "2 3" },
  },
  france: {
    name: "France",
    short: "France",
    look: { colour: c("#5a47b8", "#b3a6ff", "#4527a0"), marker: "square", dash: "4 2 1 2" },
  },
  germany: {
    name: "Germany",
    short: "Germany",
    look: { colour: c("#4a5060", "#c9ced8", "#333333"), marker: "circle", dash: "1 3" },
  },
  "united-kingdom": { name: "United Kingdom", short: "UK" },
  israel: {
    name: "Israel",
    short: "Israel",
    look: { colour: c("#5a47b8", "#b3a6ff", "#4527a0"), marker: "diamond" },
  },
  "saudi-arabia": {
    name: "Saudi Arabia",
    short: "Saudi Arabia",
    look: { colour: c("#8a6a00", "#e3bb3a", "#5c4700"), marker: "square", dash: "7 4" },
  },
  turkey: {
    name: "Turkey",
    short: "Turkey",
    look: { colour: c("#b03a7a", "#f08fc4", "#8c1a5a"), marker: "triangle", dash: "2 3" },
  },
  egypt: { name: "Egypt", short: "Egypt" },
  syria: { name: "Syria", short: "Syria" },
  iraq: { name: "Iraq", short: "Iraq" },
  india: { name: "India", short: "India" },
  algeria: { name: "Algeria", short: "Algeria" },
  azerbaijan: { name: "Azerbaijan", short: "Azerbaijan" },
  armenia: { name: "Armenia", short: "Armenia" },
  georgia: { name: "Georgia", short: "Georgia" },
  venezuela: { name: "Venezuela", short: "Venezuela" },
  "viet-nam": { name: "Viet Nam", short: "Viet Nam" },
  hezbollah: { name: "Hezbollah", short: "Hezbollah" },
  "p5-plus-1": { name: "P5+1", short: "P5+1" },
  "un-security-council": { name: "UN Security Council", short: "UNSC" },
  "syrian-kurds": { name: "Syrian Kurds", short: "Syrian Kurds" },
  "syrian-opposition": { name: "Syrian opposition", short: "Syrian opposition" },
  "islamic-state": { name: "Islamic State", short: "IS" },
} as const satisfies Record<string, Identity>;

export const IDENTITIES: Readonly<Record<string, Identity>> = { ...CAMPS, ...PARTIES };

export function identity(id: string): Identity | undefined {
  return Object.hasOwn(IDENTITIES, id) ? IDENTITIES[id] : undefined;
}

/** The CSS colour a series paints with: the variable identityCss defines for the theme. */
export const colourVar = (id: string) => `var(--color-${id})`;

/** The look a series is drawn with; an entity without one is drawn plain (never silently unknown: see the identity test). */
export function seriesLook(id: string): { colour: string; shape: MarkerShape; dash?: string } {
  const look = identity(id)?.look;
  return { colour: colourVar(id), shape: look?.marker ?? "circle", dash: look?.dash };
}

const THEME_SELECTORS: Record<ThemeName, string> = {
  light: ':root,[data-theme="light"]',
  dark: '[data-theme="dark"]',
  projector: '[data-theme="projector"]',
};

/** One custom property per drawn entity and theme, e.g. `--color-iran`; the layout renders it. */
export function identityCss(): string {
  return (Object.keys(THEME_SELECTORS) as ThemeName[])
    .map((theme) => {
      const vars = Object.entries(IDENTITIES).flatMap(([id, entry]) =>
        entry.look ? [`--color-${id}:${entry.look.colour[theme]}`] : [],
      );
      return `${THEME_SELECTORS[theme]}{${vars.join(";")}}`;
    })
    .join("\n");
}
