/**
 * DESIGN.md's quote-matching normalisation, and nothing more: curly quotes to straight,
 * en/em dashes to '-', the ellipsis character to '...', runs of white space to one space.
 * Anything looser would let an edited quote pass as verbatim.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\s+/g, " ")
    .trim();
}

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}
