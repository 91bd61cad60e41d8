import { PAPER_CITATION } from "@/lib/data/paper-sections";

/**
 * The source line of every chart of coded scores. In a module of its own, free of the data
 * getters, because the deck draws custom slides in the browser with it too.
 */
export const SCORES_SOURCE_LINE = `Source: ${PAPER_CITATION.short}. Scores are this dashboard's coded reading of the paper; each cites the section, footnote and verbatim quote it rests on.`;
