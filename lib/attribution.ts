import type { FactionId } from "./constants";
import type { Attribution } from "./schemas";

/**
 * Camp names as they read inside a sentence. Zod-free (type imports only), so the evidence lists
 * of client components can label quotes without pulling the schemas into the browser.
 */
const CAMP_IN_SENTENCE: Record<FactionId, string> = {
  "russia-leaners": "the Russia-leaners",
  "re-balancers": "the re-balancers",
  "middle-way": "the middle way",
};

/** Whose claim a quote carries, as a reader sees it beside the quote and in a copied citation. */
export function attributionLabel(a: Attribution): string {
  switch (a.kind) {
    case "authors":
      return "The authors' own statement";
    case "camp":
      return `Argument the paper reports from ${CAMP_IN_SENTENCE[a.who]}`;
    case "person":
      return `View of ${a.who}, as the paper reports it`;
    case "reported":
      return `Reported by the paper from ${a.who}`;
  }
}
