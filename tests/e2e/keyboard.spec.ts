import { expect, test, type Page } from "@playwright/test";
import { openSettled } from "./helpers";
import { PAGE_ROUTES } from "./routes";

interface Stop {
  key: string;
  label: string;
  ringVisible: boolean;
  onScreen: boolean;
}

/** What is focused now, and whether a sighted keyboard user can see where they are. */
function describeFocus(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    // SVG controls draw their ring on the text inside (see globals.css).
    const inner = el.querySelector("text");
    const innerStyle = inner ? getComputedStyle(inner) : null;
    const ring =
      (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) ||
      style.boxShadow !== "none" ||
      (innerStyle !== null &&
        (innerStyle.textDecorationLine.includes("underline") ||
          (innerStyle.outlineStyle !== "none" && parseFloat(innerStyle.outlineWidth) >= 2) ||
          innerStyle.fontWeight === "700"));
    const box = el.getBoundingClientRect();
    const path: string[] = [];
    for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
      path.unshift(
        `${n.tagName}${n.id ? `#${n.id}` : ""}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`,
      );
    }
    return {
      key: path.join(">"),
      label: `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60)}"`,
      ringVisible: ring,
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
    };
  });
}

/** Tabs forward until focus comes back round, returning each stop once. */
async function walk(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 250; i += 1) {
    await page.keyboard.press("Tab");
    const stop = await describeFocus(page);
    if (!stop) continue;
    if (seen.has(stop.key)) break;
    seen.add(stop.key);
    stops.push(stop);
  }
  return stops;
}

for (const route of PAGE_ROUTES) {
  test(`keyboard walk on ${route}: every control is reachable and shows where focus is`, async ({
    page,
  }) => {
    await openSettled(page, route);
    const stops = await walk(page);
    expect(stops.length, "focusable controls").toBeGreaterThan(3);
    expect(stops[0]?.label, "first stop is the skip link").toMatch(/Skip to content/);
    const hidden = stops.filter((s) => !s.ringVisible || !s.onScreen).map((s) => s.label);
    expect(hidden, "stops without a visible focus ring or off screen").toEqual([]);

    // Nothing clickable is left out of the walk.
    const clickable = await page.evaluate(
      () =>
        [...document.querySelectorAll("a[href], button:not([disabled]), select, input, textarea")]
          .filter((el) => {
            const b = el.getBoundingClientRect();
            return b.width > 0 && b.height > 0 && getComputedStyle(el).visibility !== "hidden";
          })
          .filter((el) => !el.closest(".sr-only"))
          // Content of a closed <details> is not reachable until its summary opens it.
          .filter((el) => !el.closest("details:not([open]) > :not(summary)")).length,
    );
    expect(stops.length).toBeGreaterThanOrEqual(clickable);
  });
}

test("keyboard only: open a dimension's evidence on the comparison, then compare another pair", async ({
  page,
}) => {
  await openSettled(page, "/factions");
  // Tab until an axis label of the radar has focus, as a keyboard user would.
  let label = "";
  for (let i = 0; i < 60 && !label.startsWith("Open the evidence"); i += 1) {
    await page.keyboard.press("Tab");
    label = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  }
  expect(label).toMatch(/^Open the evidence for /);
  const dimension = label.replace("Open the evidence for ", "");
  await page.keyboard.press("Enter");

  const heading = page.locator("#evidence-heading");
  await expect(heading).toBeFocused();
  await expect(heading).toContainText(dimension);
  await expect(page).toHaveURL(/dim=/);
  await expect(page.getByTestId("evidence-panel").locator("blockquote").first()).toBeVisible();

  // Toggle a camp off with Space from the keyboard, and the chart follows.
  const toggle = page.getByTestId("stance-radar").getByRole("button", { name: "Middle way" });
  await toggle.focus();
  await page.keyboard.press("Space");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(
    page.getByTestId("stance-radar").locator("svg.radar-surface:visible .radar-series"),
  ).toHaveCount(2);
});
