import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import {
  ANCHORS,
  ITEM_ANCHORS,
  anchorHref,
  itemId,
  type ItemAnchorKind,
  type PagePath,
} from "../../lib/routes";

/**
 * Every anchor of lib/routes.ts, found on the built page that owns it: the fixed ones by
 * opening their address, the per-record ones by listing the ids the page renders against the
 * records of the data file. A renamed id, or a record a page stops rendering, breaks the links
 * the sources page and the citations build from the module.
 */

const ids = (file: string, key: string): string[] => {
  const data = JSON.parse(readFileSync(`data/${file}.json`, "utf8")) as Record<string, unknown>;
  return (data[key] as { id: string }[]).map((x) => x.id);
};

// Typed by kind, so a new kind of anchor cannot be added to the module without its records here.
const RECORDS: Record<ItemAnchorKind, string[]> = {
  actor: ids("balancing", "actors"),
  syriaIssue: ids("syria", "issues"),
  figure: ids("figures", "figures"),
  event: ids("timeline", "events"),
  outcome: ids("outcomes", "outcomes"),
};

for (const name of Object.keys(ANCHORS) as (keyof typeof ANCHORS)[]) {
  test(`${anchorHref(name)} opens on its element`, async ({ page }) => {
    const response = await page.goto(anchorHref(name));
    expect(response?.status()).toBe(200);
    await expect(page.locator(`[id="${ANCHORS[name].id}"]`)).toHaveCount(1);
  });
}

const itemPages = [...new Set(Object.values(ITEM_ANCHORS).map((a) => a.page))] as PagePath[];
for (const path of itemPages) {
  test(`${path} renders an anchor for every record it links to`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const rendered = new Set(
      await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id)),
    );
    const kinds = (Object.keys(ITEM_ANCHORS) as ItemAnchorKind[]).filter(
      (k) => ITEM_ANCHORS[k].page === path,
    );
    for (const kind of kinds) {
      expect(RECORDS[kind].length, kind).toBeGreaterThan(0);
      const missing = RECORDS[kind].map((id) => itemId(kind, id)).filter((id) => !rendered.has(id));
      expect(missing, `${kind} anchors missing on ${path}`).toEqual([]);
    }
  });
}
