import type { Evidence } from "@/lib/data/schemas/common";
import type { Score } from "@/lib/data/schemas/scores";
import { PAPER_CITATION } from "@/lib/data/paper-sections";
import { referenceText } from "@/lib/evidence/attribution";
import { scoreText } from "@/lib/charts/series";
import type { TableSpec } from "./table";

/**
 * What every view definition (lib/views/*.ts) gives its page, its slide and its embed: the texts,
 * the table and the speaker notes, computed once from the data and the view's state. The slide
 * renderers and the page components only turn this into markup.
 */

/** One line of speaker notes: what a judgment rests on, in our words and the paper's. */
export interface SlideNote {
  heading: string;
  text?: string;
  quote?: string;
  /** Where the quote sits in the paper: section and footnote. */
  cite?: string;
}

export interface ViewTexts {
  title: string;
  /** One sentence saying what the chart shows; also its accessible description. */
  description: string;
  /** The sentence a slide leads with. */
  takeaway: string;
  /** The source line as plain text: under the chart, on the slide, in every export. */
  source: string;
  asOf: string;
  /** What the numbers are counted in. */
  unit: string;
  /** The dashboard page this view comes from, in the same state. */
  href: string;
  /** The view as a deck token, in the same state (also its embed address). */
  token: string;
  table: TableSpec;
  notes: SlideNote[];
}

/** The raw query of a view's address, as view-state reads it. */
export type RawState = Record<string, string | string[] | undefined>;

/** How many notes a slide carries at most. */
export const MAX_NOTES = 6;

export function cite(ev: Evidence | undefined): Pick<SlideNote, "quote" | "cite"> {
  if (!ev) return {};
  // A stored document's quote is never credited to the paper.
  if ("sourceId" in ev) return { quote: ev.quote, cite: referenceText(ev) };
  return { quote: ev.quote, cite: `${PAPER_CITATION.short}, ${referenceText(ev)}` };
}

export function scoreNote(who: string, dimension: string, score: Score | undefined): SlideNote {
  return {
    heading: `${who} — ${dimension}: ${scoreText(score)}${score && score.value !== null ? ` (${score.confidence} confidence)` : ""}`,
    text: score?.rationale,
    ...cite(score?.evidence[0]),
  };
}

export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
/** "Opening to the West" → "opening to the West": proper nouns inside a label keep their capitals. */
export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** A camp's name inside a sentence: "the re-balancers", "the Russia-leaners". */
export const inSentence = (f: { name: string }) => f.name.replace(/^The /, "the ");

/**
 * The texts and table a chart frame shows, taken as they are from a view definition. Here rather
 * than beside ChartFrame: that module is a client one, and the server draws slides with this too.
 */
export function frameTexts(
  view: Pick<ViewTexts, "title" | "description" | "source" | "asOf" | "unit" | "table">,
) {
  const { title, description, source, asOf, unit, table } = view;
  return { title, description, source, asOf, unit, table };
}

/**
 * Speaker notes as plain text, one paragraph per note and its parts on their own lines
 * (heading, rationale, quote with its citation): what the PPTX export writes as a slide's
 * notes, straight from the view definition.
 */
export function notesText(notes: readonly SlideNote[]): string {
  return notes
    .map((n) =>
      [n.heading, n.text, n.quote ? `“${n.quote}”${n.cite ? ` — ${n.cite}` : ""}` : undefined]
        .filter((line): line is string => !!line && line.trim() !== "")
        .join("\n"),
    )
    .join("\n\n");
}
