import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ANCHORS,
  ITEM_ANCHORS,
  PAGES,
  anchorHref,
  dimensionHref,
  itemHref,
  type PagePath,
} from "@/lib/routes";
import { citationIndex } from "@/lib/evidence/citations";
import { runtimeImports } from "./import-graph";

const pageFile = (page: PagePath) => `app${page === "/" ? "" : page}/page.tsx`;

/** The source of a page and of every module it runs, where its elements' ids are written. */
function pageSources(page: PagePath): string {
  return [...runtimeImports(pageFile(page)).keys()]
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");
}

describe("the routes module", () => {
  it.each(Object.values(PAGES))("%s has a page in app/", (page) => {
    expect(existsSync(pageFile(page))).toBe(true);
  });

  // A static check that the owning page writes each id, either literally or through the module;
  // tests/e2e/anchors.spec.ts then finds every element on the built pages.
  it.each(Object.entries(ANCHORS))("anchor %s is rendered by its page", (name, { page, id }) => {
    const source = pageSources(page);
    expect(source.includes(`id="${id}"`) || source.includes(`anchorId("${name}")`)).toBe(true);
  });

  it.each(Object.entries(ITEM_ANCHORS))(
    "item anchor %s is rendered by its page",
    (kind, { page, prefix }) => {
      const source = pageSources(page);
      expect(source.includes(`id={\`${prefix}\${`) || source.includes(`itemId("${kind}"`)).toBe(
        true,
      );
    },
  );

  it("builds the addresses citations link to", () => {
    expect(anchorHref("debateFrame")).toBe("/factions#debate-frame");
    expect(itemHref("event", "s-300-delivered")).toBe("/timeline#event-s-300-delivered");
    expect(dimensionHref(PAGES.balancing, "economic-stakes")).toBe(
      "/balancing?dim=economic-stakes",
    );
  });

  it("leads every citation to a known page", () => {
    const pages = new Set<string>(Object.values(PAGES));
    const hrefs = [...citationIndex().values()].flat().map((p) => p.href);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !pages.has(h.replace(/[?#].*$/, "")))).toEqual([]);
  });
});
