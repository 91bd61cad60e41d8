/**
 * Countries, organisations and groups the datasets name, keyed by kebab-case id (defined in
 * lib/identity.ts). Figures, series and timeline events may only name parties listed there,
 * so a filter by party finds every item that concerns it and the UI always has a readable
 * name to print. Kept free of Zod so client components can import the names.
 */
import { identity, PARTIES } from "@/lib/identity";

export const PARTY_NAMES: { readonly [K in PartyId]: string } = Object.fromEntries(
  Object.entries(PARTIES).map(([id, p]) => [id, p.name]),
) as { readonly [K in PartyId]: string };

export type PartyId = keyof typeof PARTIES;
export const PARTY_IDS = Object.keys(PARTIES) as [PartyId, ...PartyId[]];

export function partyName(id: string): string {
  return identity(id)?.name ?? id;
}

/** The party an item is about, for its colour: Iran's counterpart, or Iran when it stands alone. */
export function counterpartOf(parties: readonly string[]): string {
  return parties.find((p) => p !== "iran") ?? "iran";
}
