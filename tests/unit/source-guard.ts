import { it } from "vitest";

/**
 * Source files the project does not ship (the paper, the external data) must be present in CI.
 * Outside CI a missing one skips the checks that read it, with a message naming the variable
 * that points to it (DESIGN.md). Returns whether the checks can run.
 */
export function requireSource(found: boolean, what: string, variable: string): boolean {
  if (found) return true;
  if (process.env.CI) {
    it(`needs ${what} in CI`, () => {
      throw new Error(
        `${what} not found: set ${variable} or check out ../shared beside the project.`,
      );
    });
  } else {
    it.skip(`skipped: ${what} not found (set ${variable} to run these checks)`, () => {});
  }
  return false;
}
