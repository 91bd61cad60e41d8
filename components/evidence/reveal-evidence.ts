/**
 * Takes the reader to the evidence panel after they pick a dimension: focus moves to its heading
 * (screen readers announce the new content) and the panel scrolls into view, without animation
 * for readers who asked for reduced motion.
 */
export function revealEvidence(anchorId: string): void {
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  document.getElementById("evidence-heading")?.focus({ preventScroll: true });
  document
    .getElementById(anchorId)
    ?.scrollIntoView({ behavior: reduceMotion ? "auto" : "smooth", block: "start" });
}
