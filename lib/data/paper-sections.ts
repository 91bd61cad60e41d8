/**
 * The headings of the ECFR paper, in reading order. Evidence must name one of these,
 * so a reader can find the passage and the quote test can check it lies in that section.
 */
export const PAPER_SECTIONS = [
  "Summary",
  "Introduction",
  "Reading international relations in Tehran and Moscow",
  "Syria – The crucible of cooperation",
  "Areas of convergence",
  "Areas of divergence",
  "Moscow’s lens on Tehran",
  "The 2012 shift",
  "Balancing regional actors",
  "Iran’s hedging debate on Russia",
  "The “Russia-leaners”",
  "The “Re-balancers”",
  "The middle way",
  "The future of Tehran–Moscow relations",
  "What should Europe do?",
  "Engage Russia and Iran together to end the violence in Syria",
  "Develop a more constructive relationship with Iran",
  "Understand Russia’s approach to MENA",
  "Use sanctions policy wisely",
  "Finding opportunity in the Russian-Iranian axis",
  "FOOTNOTES",
] as const;

export type PaperSection = (typeof PAPER_SECTIONS)[number];

export const PAPER_CITATION = {
  title: "The new power couple: Russia and Iran in the Middle East",
  publisher: "European Council on Foreign Relations (ECFR)",
  year: 2016,
  short: "ECFR, “The new power couple: Russia and Iran in the Middle East” (2016)",
} as const;

/** What an exported chart of the paper's content is dated to: the paper, not the day of export. */
export const PAPER_AS_OF = `As of the paper (${PAPER_CITATION.year}); its latest events date from September 2016`;

/** The paper as every citation names it. */
export const PAPER_TITLE = `ECFR, “${PAPER_CITATION.title}” (${PAPER_CITATION.year})`;
