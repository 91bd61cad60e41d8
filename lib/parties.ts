/**
 * Countries, organisations and groups the datasets name, keyed by kebab-case id. Figures,
 * series and timeline events may only name parties listed here, so a filter by party finds
 * every item that concerns it and the UI always has a readable name to print.
 * Kept free of Zod so client components can import the names.
 */
export const PARTY_NAMES = {
  iran: "Iran",
  russia: "Russia",
  china: "China",
  "united-states": "United States",
  "european-union": "European Union",
  italy: "Italy",
  france: "France",
  germany: "Germany",
  "united-kingdom": "United Kingdom",
  israel: "Israel",
  "saudi-arabia": "Saudi Arabia",
  turkey: "Turkey",
  egypt: "Egypt",
  syria: "Syria",
  iraq: "Iraq",
  india: "India",
  algeria: "Algeria",
  azerbaijan: "Azerbaijan",
  armenia: "Armenia",
  georgia: "Georgia",
  venezuela: "Venezuela",
  "viet-nam": "Viet Nam",
  hezbollah: "Hezbollah",
  "p5-plus-1": "P5+1",
  "un-security-council": "UN Security Council",
  "syrian-kurds": "Syrian Kurds",
  "syrian-opposition": "Syrian opposition",
  "islamic-state": "Islamic State",
} as const;

export type PartyId = keyof typeof PARTY_NAMES;
export const PARTY_IDS = Object.keys(PARTY_NAMES) as [PartyId, ...PartyId[]];

export function partyName(id: string): string {
  return (PARTY_NAMES as Record<string, string>)[id] ?? id;
}

/** The party an item is about, for its colour: Iran's counterpart, or Iran when it stands alone. */
export function counterpartOf(parties: readonly string[]): string {
  return parties.find((p) => p !== "iran") ?? "iran";
}
