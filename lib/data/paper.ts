import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PAPER_SECTIONS, type PaperSection } from "./paper-sections";
import { normaliseText } from "./normalise";

/**
 * The paper is not shipped with the project; tests and data scripts read it from
 * $PAPER_PATH or from the shared folder beside the checkout.
 */
export function resolvePaperPath(): string | null {
  const candidates = [
    process.env.PAPER_PATH,
    path.resolve(process.cwd(), "../shared/seeds/000_36a16895de510b07.txt"),
  ].filter((p): p is string => typeof p === "string" && p.length > 0);
  return candidates.find((p) => existsSync(p)) ?? null;
}

export function readPaper(paperPath: string): string {
  return readFileSync(paperPath, "utf8");
}

/** Splits the paper into its sections by heading lines (a heading stands alone on its line). */
export function splitSections(paper: string): Map<PaperSection, string> {
  const lines = paper.split(/\r?\n/);
  const sections = new Map<PaperSection, string>();
  let current: PaperSection = "Summary";
  let buffer: string[] = [];
  const headingByText = new Map(PAPER_SECTIONS.map((s) => [normaliseText(s), s] as const));
  for (const line of lines) {
    const heading = headingByText.get(normaliseText(line));
    if (heading) {
      sections.set(current, (sections.get(current) ?? "") + "\n" + buffer.join("\n"));
      current = heading;
      buffer = [];
    } else {
      buffer.push(line);
    }
  }
  sections.set(current, (sections.get(current) ?? "") + "\n" + buffer.join("\n"));
  return sections;
}
