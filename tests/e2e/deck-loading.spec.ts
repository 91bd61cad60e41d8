import { readFileSync } from "node:fs";
import { expect, test, type Page, type Route } from "@playwright/test";
import { deckFileSchema } from "../../lib/deck/deck-schema";

/*
 * The deck pages are static: their HTML is the default deck, drawn at build time, and a deck
 * named in the link is drawn in the browser from the API. These are that path's states:
 * loading, failed (with a retry) and loaded, in the slides window and the speaker view.
 */

const DECK = deckFileSchema.parse(JSON.parse(readFileSync("data/deck.json", "utf8")));
const COUNT = DECK.slides.length;
const SAVED = JSON.stringify(["milex", "balancing"]);

/** A deck of the reader's own, saved in this browser the way "Add to deck" leaves it. */
async function saveDeck(page: Page) {
  await page.goto("/methodology");
  await page.evaluate((v) => localStorage.setItem("deck", v), SAVED);
}

const savedDeck = (page: Page) => page.evaluate(() => localStorage.getItem("deck"));

test("the default deck is in the page's HTML, hydrates in place and needs no API request", async ({
  page,
  request,
}) => {
  // The HTML is the same whatever the link names: the default deck, drawn at build time.
  const html = await (await request.get("/present/2?slide=syria")).text();
  expect(html).toContain(`Slide 2 of ${COUNT}`);
  const api: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/api/")) api.push(r.url());
  });
  // The HTML's slide, kept to see whether the page hydrates it or draws it again.
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      const title = document.querySelector("[data-slide-wrapper='2'] .slide-title");
      Object.assign(window, { htmlTitle: title });
    });
  });
  await page.goto("/present/2");
  await expect(page.locator(".deck")).toHaveAttribute("data-hydrated", "true");
  // Hydrated in place: the element the HTML brought is the one on screen.
  expect(
    await page.evaluate(() => (window as { htmlTitle?: Element | null }).htmlTitle?.isConnected),
  ).toBe(true);
  await expect(page.getByTestId("slide-counter")).toHaveText(`Slide 2 of ${COUNT}`);
  await expect(page.locator("[data-slide-wrapper='2'] .slide-title")).toHaveText(
    DECK.slides[1]!.title,
  );
  expect(api).toEqual([]);
});

test("a custom deck says it is loading, fetches only what its slides need, then plays", async ({
  page,
}) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const api: string[] = [];
  page.on("request", (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith("/api/")) api.push(pathname);
  });
  await page.route("**/api/factions**", async (route: Route) => {
    await held;
    await route.continue();
  });
  await page.goto("/present/2?slide=camps&slide=syria&theme=projector");
  const loading = page.getByTestId("deck-loading");
  await expect(loading).toHaveText("Loading the data for your deck of 2 slides…");
  await expect(loading).toHaveAttribute("role", "status");
  await expect(page.locator("[data-slide-wrapper]")).toHaveCount(0);
  release();
  await expect(loading).toHaveCount(0);
  await expect(page.locator(".deck")).toHaveAttribute("data-hydrated", "true");
  await expect(page.locator(".deck")).toHaveAttribute("data-theme", "projector");
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 2 of 2");
  await expect(page.locator("[data-slide-wrapper='2'] .slide-title")).toHaveText(
    DECK.slides.find((s) => s.slide === "syria")!.title,
  );
  await expect(page.locator("[data-slide-wrapper='1'] .slide-title")).toHaveText(
    DECK.slides.find((s) => s.slide === "camps")!.title,
  );
  // Camps and Syria: two answers, each fetched once.
  expect([...api].sort()).toEqual(["/api/factions", "/api/syria"]);
});

for (const failure of ["aborted", "500"] as const) {
  test(`a custom deck whose data fails (${failure}) says so, offers a retry, and leaves the saved deck alone`, async ({
    page,
  }) => {
    await saveDeck(page);
    await page.route("**/api/factions**", (route) =>
      failure === "aborted"
        ? route.abort()
        : route.fulfill({
            status: 500,
            contentType: "application/json",
            body: '{"error":"down"}',
          }),
    );
    await page.goto("/present/2?slide=camps&slide=syria");
    const error = page.getByTestId("deck-error");
    await expect(error).toBeVisible();
    await expect(error).toHaveAttribute("role", "alert");
    await expect(error).toContainText("Your deck could not be loaded.");
    if (failure === "500") await expect(error).toContainText("status 500");
    await expect(
      error.getByRole("link", { name: "Play the default deck instead" }),
    ).toHaveAttribute("href", "/present/1");
    // No blank page and no half-drawn deck, and the reader's own deck is untouched.
    await expect(page.getByRole("heading", { level: 1, name: "Your deck" })).toBeVisible();
    await expect(page.locator("[data-slide-wrapper]")).toHaveCount(0);
    expect(await savedDeck(page)).toBe(SAVED);

    // Still down: trying again says so again.
    await error.getByRole("button", { name: "Try again" }).click();
    await expect(error.getByRole("button", { name: "Try again" })).toBeEnabled();
    await expect(error).toBeVisible();

    // Back up: the retry plays the deck.
    await page.unroute("**/api/factions**");
    await error.getByRole("button", { name: "Try again" }).click();
    await expect(error).toHaveCount(0);
    await expect(page.getByTestId("slide-counter")).toHaveText("Slide 2 of 2");
    await expect(page.locator("[data-slide-wrapper='1'] figure[data-chart]")).toHaveCount(1);
    expect(await savedDeck(page)).toBe(SAVED);
  });
}

test("the link's bad parameters are said while the deck loads and once it plays", async ({
  page,
}) => {
  await page.route("**/api/timeline**", (route) => route.abort());
  await page.goto("/present?slide=timeline&slide=nonsense&zz=1");
  await expect(page.getByTestId("deck-error")).toBeVisible();
  const notice = page.getByTestId("url-notice");
  await expect(notice).toContainText("1 slide in the link could not be shown");
  await expect(notice).toContainText('The link\'s parameter "zz" was ignored');
  await page.unroute("**/api/timeline**");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 1 of 1");
  await expect(page.getByTestId("url-notice")).toContainText(
    "1 slide in the link could not be shown",
  );
});

test("the speaker view composes a custom deck in the browser too, and says when it cannot", async ({
  page,
}) => {
  await page.route("**/api/syria**", (route) => route.abort());
  await page.goto("/present/speaker?slide=syria&slide=camps");
  await expect(page.getByTestId("deck-error")).toBeVisible();
  await page.unroute("**/api/syria**");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator(".speaker")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByTestId("speaker-counter")).toHaveText("Slide 1 of 2");
  await expect(page.getByTestId("speaker-next")).toContainText(
    DECK.slides.find((s) => s.slide === "camps")!.title,
  );
  await expect(page.getByTestId("speaker-notes")).toContainText("The paper's net judgement");
  // The laptop's window draws the wide layout only.
  const current = page.getByTestId("speaker-current");
  await expect(current.locator("figure[data-chart]")).toHaveCount(1);
  await expect(current.locator(".bar-compact, .radar-compact")).toHaveCount(0);
});

// The static HTML cannot carry a notice about the address; the browser says it, for the default
// deck and the speaker view as for any page (robustness.spec.ts checks the other pages' HTML).
for (const url of [
  "/present?zz=1",
  "/present/3?dim=zz",
  "/present/speaker?a=zz%3Cb%3E",
  "/present/speaker?slide=nonsense",
]) {
  test(`the deck says what it could not use in ${url}`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("url-notice")).toBeVisible();
    await expect(page.getByTestId("url-notice")).toContainText(/was ignored|could not be shown/);
    // The default deck still plays.
    await expect(page.locator(".deck, .speaker")).toHaveAttribute("data-hydrated", "true");
    await expect(page.getByTestId(/^(slide|speaker)-counter$/)).toContainText(`of ${COUNT}`);
  });
}
