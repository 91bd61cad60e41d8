import { identity } from "@/lib/identity";
import type { Attribution, Evidence } from "@/lib/data/schemas/common";

/**
 * A camp's name as it reads inside a sentence ("the re-balancers"), from the identity
 * registry. Zod-free (type imports only), so the evidence lists of client components can
 * label quotes without pulling the schemas into the browser.
 */
const campInSentence = (id: string) => (identity(id)?.name ?? id).replace(/^The /, "the ");

/** Whose claim a quote carries, as a reader sees it beside the quote and in a copied citation. */
export function attributionLabel(a: Attribution): string {
  switch (a.kind) {
    case "authors":
      return "The authors' own statement";
    case "camp":
      return `Argument the paper reports from ${campInSentence(a.who)}`;
    case "person":
      return `View of ${a.who}, as the paper reports it`;
    case "reported":
      return `Reported by the paper from ${a.who}`;
  }
}

/** Where a quote sits in the paper and whose claim it is: "section “…”, footnote 12; the authors' own statement". */
export function referenceText(ev: Evidence): string {
  return `section “${ev.section}”${ev.footnote !== null ? `, footnote ${ev.footnote}` : ""}; ${lowerFirst(attributionLabel(ev.attribution))}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
