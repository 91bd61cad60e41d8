import { readFileSync } from "node:fs";
import { expect, test, type Download, type Page } from "@playwright/test";
import { deckFileSchema } from "../../lib/deck/deck-schema";
import { readZipEntry, zipEntryNames } from "./zip-names";

const DECK = deckFileSchema.parse(JSON.parse(readFileSync("data/deck.json", "utf8")));
const COUNT = DECK.slides.length;
const titleOf = (n: number) => DECK.slides[n - 1]?.title ?? "";

/** The slide on screen: exactly one, and its title. */
async function expectSlide(page: Page, n: number) {
  await expect(page).toHaveURL(new RegExp(`/present/${n}(\\?|$)`));
  const shown = page.locator("[data-slide-wrapper][data-current]");
  await expect(shown).toHaveCount(1);
  await expect(shown).toHaveAttribute("data-slide-wrapper", String(n));
  await expect(shown.getByRole("heading", { level: 2 }).first()).toHaveText(titleOf(n));
  await expect(page.getByTestId("slide-counter")).toHaveText(`Slide ${n} of ${COUNT}`);
  await expect(page.getByRole("progressbar", { name: "Deck progress" })).toHaveAttribute(
    "aria-valuenow",
    String(n),
  );
}

async function openDeck(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await expect(page.locator(".deck")).toHaveAttribute("data-hydrated", "true");
}

async function readDownload(download: Download): Promise<Buffer> {
  const file = await download.path();
  return readFileSync(file);
}

test.describe("presenting a deck", () => {
  test("clicker and keyboard keys move through the deck, and the URL keeps the place", async ({
    page,
  }) => {
    await openDeck(page, "/present");
    await expect(page.getByTestId("slide-counter")).toHaveText(`Slide 1 of ${COUNT}`);
    await page.keyboard.press("ArrowRight");
    await expectSlide(page, 2);
    await page.keyboard.press("Space");
    await expectSlide(page, 3);
    await page.keyboard.press("PageDown");
    await expectSlide(page, 4);
    await page.keyboard.press("PageUp");
    await expectSlide(page, 3);
    await page.keyboard.press("ArrowLeft");
    await expectSlide(page, 2);
    await page.keyboard.press("End");
    await expectSlide(page, COUNT);
    // Past the end stays at the end rather than wrapping round in front of an audience.
    await page.keyboard.press("ArrowRight");
    await expectSlide(page, COUNT);
    await page.keyboard.press("Home");
    await expectSlide(page, 1);
    await page.keyboard.type("5");
    await page.keyboard.press("Enter");
    await expectSlide(page, 5);
    await page.reload();
    await expect(page.locator(".deck")).toHaveAttribute("data-hydrated", "true");
    await expectSlide(page, 5);
    // A clicked toolbar button keeps the focus, yet a typed number still jumps on Enter.
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expectSlide(page, 6);
    await page.keyboard.type("2");
    await page.keyboard.press("Enter");
    await expectSlide(page, 2);
  });

  test("every slide has a title, a takeaway, a drawn chart and a source line", async ({ page }) => {
    await openDeck(page, "/present");
    for (let n = 1; n <= COUNT; n++) {
      const slide = page.locator(`[data-slide-wrapper="${n}"]`);
      await expect(slide).toBeVisible();
      // The deck's own sentence, or (where it leaves the view to speak) the view's, never blank.
      const own = DECK.slides[n - 1]!.takeaway;
      await expect(slide.locator(".slide-takeaway")).toHaveText(own ?? /.{20,}/);
      const figure = slide.locator("figure[data-chart]").first();
      await expect(figure.locator("[data-chart-source]")).toContainText(/Source/);
      await expect(figure).toHaveAttribute("data-as-of", /\S/);
      // Named and described for screen readers, with the numbers as a table.
      await expect(figure).toHaveAccessibleName(/\S/);
      await expect(figure).toHaveAccessibleDescription(/.{20,}/);
      await expect(figure.locator(".sr-only table")).toHaveCount(1);
      // Drawn: an SVG with a real size, not an empty box.
      await expect
        .poll(() =>
          figure.evaluate((f) =>
            Math.max(
              0,
              ...[...f.querySelectorAll(".chart-box svg")].map(
                (s) => s.getBoundingClientRect().height,
              ),
            ),
          ),
        )
        .toBeGreaterThan(100);
      await page.keyboard.press("ArrowRight");
    }
  });

  test("a bad slide number or slide in the link opens the nearest real slide and says why", async ({
    page,
  }) => {
    // Past the default deck's end (a custom deck may be longer): its last slide, with a notice.
    await openDeck(page, `/present/${COUNT + 3}`);
    await expect(
      page.getByText(`This deck has ${COUNT} slides; showing the last one.`),
    ).toBeVisible();
    await expect(page.getByTestId("slide-counter")).toHaveText(`Slide ${COUNT} of ${COUNT}`);

    // The slide pages are prerendered: past the longest deck a link may hold, or not a number
    // at all, there is no such page.
    for (const url of ["/present/99", "/present/abc?slide=camps"]) {
      expect((await page.goto(url))?.status(), url).toBe(404);
    }

    // A custom deck, composed in the browser, says the same about its slide number and slides.
    await openDeck(page, "/present/5?slide=camps&slide=nonsense&slide=syria&theme=neon");
    await expect(page.getByText("This deck has 2 slides; showing the last one.")).toBeVisible();
    await expect(page.getByText(/1 slide in the link could not be shown/)).toBeVisible();
    await expect(page.getByText(/Unknown theme/)).toBeVisible();
    await expect(page.getByTestId("slide-counter")).toHaveText("Slide 2 of 2");
    await expect(page).toHaveURL(/\/present\/2\?slide=camps&slide=syria$/);
  });

  test("the projector theme chosen for a deck travels with its link", async ({ page }) => {
    await openDeck(page, "/present/2");
    await page.getByRole("combobox", { name: "Deck theme" }).selectOption("projector");
    await expect(page).toHaveURL(/\/present\/2\?theme=projector/);
    await expect(page.locator(".deck")).toHaveAttribute("data-theme", "projector");
    // Projector type is larger than the light theme's.
    const size = await page
      .locator("[data-slide-wrapper='2'] .slide-title")
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(40);
  });

  test("views added from the dashboard become a shareable deck that can be reordered and trimmed", async ({
    page,
    browser,
  }) => {
    await page.goto("/balancing");
    await expect(page.locator("[data-chart]").first()).toHaveAttribute("data-hydrated", "true");
    await page.getByTestId("balancing-chart").getByRole("button", { name: "Add to deck" }).click();
    await expect(page.getByText("Added as slide 1.")).toBeVisible();

    await page.goto("/figures");
    const imports = page.getByTestId("trade-imports-chart");
    await expect(imports).toHaveAttribute("data-hydrated", "true");
    await imports.getByRole("button", { name: "Add to deck" }).click();
    await imports.getByRole("link", { name: "Open your deck (2)" }).click();

    await expect(page.locator(".deck")).toHaveAttribute("data-hydrated", "true");
    await expect(page.getByTestId("slide-counter")).toHaveText("Slide 1 of 2");
    const url = new URL(page.url());
    expect(url.searchParams.getAll("slide")).toEqual([
      expect.stringMatching(/^balancing\?actors=/),
      "trade-imports",
    ]);

    // The link alone rebuilds the deck in a browser that has never seen it.
    const other = await browser.newContext();
    const shared = await other.newPage();
    await openDeck(shared, url.toString());
    await expect(shared.getByTestId("slide-counter")).toHaveText("Slide 1 of 2");
    await expect(shared.locator("[data-slide-wrapper='2'] h2").first()).toHaveText(
      /Russia is a minor trading partner/,
    );
    await other.close();

    await page.getByText("Deck and exports").click();
    await page.getByRole("button", { name: "Move slide 2 earlier" }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll("slide")[0])
      .toBe("trade-imports");
    // The manager stays open after the edit, with focus on the moved slide's next control.
    await expect(page.getByRole("button", { name: "Move slide 1 later" })).toBeFocused();
    await expect(page.getByTestId("deck-editor")).toBeVisible();
    await page.getByRole("button", { name: "Remove slide 2" }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll("slide"))
      .toEqual(["trade-imports"]);
    await expect(page.getByTestId("slide-counter")).toHaveText("Slide 1 of 1");
    const stored = await page.evaluate(() => localStorage.getItem("deck"));
    expect(JSON.parse(stored ?? "[]")).toEqual(["trade-imports"]);
  });

  test("full screen shows the audience the slide without the presenter's controls", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openDeck(page, "/present/4");
    const slide = page.locator('[data-slide-wrapper="4"]');
    await expect(slide.getByRole("button", { name: "Table", exact: true }).first()).toBeVisible();
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
    await expect(slide.getByRole("button", { name: "Table", exact: true }).first()).toBeHidden();
    await expect(slide.getByRole("link", { name: "Open this view in the dashboard" })).toBeHidden();
    await expect(slide.locator("figure[data-chart] [data-chart-source]").first()).toBeVisible();
  });

  test("a saved deck is offered on the default deck, never replaced silently, and an edit can be undone", async ({
    page,
  }) => {
    // The reader's own deck, as "Add to deck" leaves it.
    await page.goto("/balancing");
    await page.evaluate(() => localStorage.setItem("deck", JSON.stringify(["syria", "milex"])));
    await openDeck(page, "/present");
    const offer = page.getByTestId("saved-deck-offer");
    await expect(offer).toContainText("Your own deck of 2 slides");
    await expect(offer.getByRole("link", { name: "open your deck" })).toHaveAttribute(
      "href",
      "/present?slide=syria&slide=milex",
    );

    // Editing the default deck would replace it: the reader is asked, and "no" keeps it.
    page.once("dialog", (d) => void d.dismiss());
    await page.getByText("Deck and exports").click();
    await page.getByRole("button", { name: "Remove slide 2" }).click();
    await expect(
      page.getByText("Nothing changed: the deck saved in this browser is kept."),
    ).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem("deck"))).toBe('["syria","milex"]');
    expect(new URL(page.url()).searchParams.getAll("slide")).toEqual([]);

    // "Yes" replaces it, says so, and "Undo last change" brings it and the address back.
    page.once("dialog", (d) => {
      expect(d.message()).toMatch(/replaces the deck saved in this browser \(2 slides\)/);
      void d.accept();
    });
    await page.getByRole("button", { name: "Remove slide 2" }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll("slide").length)
      .toBeGreaterThan(2);
    const replaced = await page.evaluate(() => JSON.parse(localStorage.getItem("deck") ?? "[]"));
    expect(replaced).not.toContain("milex");
    await expect(page.getByRole("status").filter({ hasText: "was replaced" })).toBeVisible();
    // The replaced deck is kept aside, whatever later edits do.
    await expect(
      page.getByRole("button", { name: "Restore the deck you replaced (2 slides)" }),
    ).toBeVisible();
    // The manager stayed open, focus on the slide that took the removed one's place.
    await expect(page.getByRole("button", { name: "Remove slide 2" })).toBeFocused();
    await page.getByRole("button", { name: "Undo last change" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("slide")).toEqual([]);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem("deck")))
      .toBe('["syria","milex"]');
    await expect(page.getByRole("button", { name: /Restore the deck you replaced/ })).toHaveCount(
      0,
    );
  });

  test("an undo never wipes slides added after the edit it undoes", async ({ page }) => {
    await openDeck(page, "/present?slide=syria&slide=milex&slide=camps");
    await page.getByText("Deck and exports").click();
    await page.getByRole("button", { name: "Remove slide 3" }).click();
    await expect(page.getByRole("button", { name: "Undo last change" })).toBeVisible();
    // Another view is added from the dashboard (here, straight into storage, as in another tab).
    await page.evaluate(() => {
      localStorage.setItem("deck", JSON.stringify(["syria", "milex", "trade-imports"]));
      window.dispatchEvent(new StorageEvent("storage", { key: "deck" }));
    });
    await expect(page.getByRole("button", { name: "Undo last change" })).toHaveCount(0);
  });

  test("the speaker view follows the slides and can drive them", async ({ context }) => {
    const deck = await context.newPage();
    await openDeck(deck, "/present/3");
    const speaker = await context.newPage();
    await speaker.goto("/present/speaker");
    await expect(speaker.locator(".speaker")).toHaveAttribute("data-hydrated", "true");
    await expect(speaker.getByTestId("speaker-counter")).toHaveText(`Slide 3 of ${COUNT}`);
    await expect(speaker.getByTestId("speaker-next")).toContainText(titleOf(4));
    // Notes carry the paper's words with where they sit.
    await expect(
      speaker.getByTestId("speaker-notes").locator("blockquote:visible").first(),
    ).toContainText(/“.+” — ECFR/);
    await expect(speaker.getByTestId("speaker-timer")).toHaveText(/^\d\d:\d\d$/);

    await deck.keyboard.press("ArrowRight");
    await expect(speaker.getByTestId("speaker-counter")).toHaveText(`Slide 4 of ${COUNT}`);
    await speaker.keyboard.press("ArrowRight");
    await expectSlide(deck, 5);
    // A new theme for the slides does not make them a different deck to the speaker view.
    await deck.getByRole("combobox", { name: "Deck theme" }).selectOption("projector");
    await expect(deck).toHaveURL(/\/present\/5\?theme=projector/);
    await expect(deck.locator(".deck")).toHaveAttribute("data-theme", "projector");
    await deck.keyboard.press("ArrowRight");
    await expect(speaker.getByTestId("speaker-counter")).toHaveText(`Slide 6 of ${COUNT}`);
  });

  test("once opened, the deck keeps working without a network", async ({ page, context }) => {
    await openDeck(page, "/present");
    await context.setOffline(true);
    for (let n = 2; n <= COUNT; n++) {
      await page.keyboard.press("ArrowRight");
      const slide = page.locator(`[data-slide-wrapper="${n}"]`);
      await expect(slide).toBeVisible();
      await expect(slide.locator(".chart-box svg").first()).toBeAttached();
    }
    await expectSlide(page, COUNT);
    await context.setOffline(false);
  });
});

test.describe("exports", () => {
  test("a chart on a dark deck exports as a light PNG for print when asked", async ({ page }) => {
    await openDeck(page, "/present/3?theme=dark");
    const figure = page.locator("[data-slide-wrapper='3'] figure[data-chart]").first();
    const cornerOf = async (name: string) => {
      const button = figure.getByRole("button", { name });
      // The menu stays open after a download; open it only when it is closed.
      if (!(await button.isVisible())) await figure.getByText("Export", { exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
      const base64 = (await readDownload(download)).toString("base64");
      // The background's brightness, read back through a canvas in the page.
      return page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement("canvas");
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        const [r, g, b] = ctx.getImageData(3, 3, 1, 1).data;
        return (r! + g! + b!) / 3;
      }, base64);
    };
    expect(await cornerOf("PNG image (2×)")).toBeLessThan(100);
    expect(await cornerOf("PNG image, light (for print)")).toBeGreaterThan(200);
    // The screen keeps its dark theme.
    await expect(page.locator(".deck")).toHaveAttribute("data-theme", "dark");
  });

  test("a chart exports as a 2x PNG and an SVG with its title, source and date drawn in", async ({
    page,
  }) => {
    await openDeck(page, "/present/3");
    const figure = page.locator("[data-slide-wrapper='3'] figure[data-chart]").first();
    const title = (await figure.locator("[data-chart-title]").textContent()) ?? "";

    await figure.getByText("Export", { exact: true }).click();
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      figure.getByRole("button", { name: "PNG image (2×)" }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readDownload(png);
    expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    // Drawn at twice the chart's size: at least 2 × 640 wide.
    expect(width).toBeGreaterThanOrEqual(1280);
    expect(height).toBeGreaterThan(400);
    expect(bytes.length).toBeGreaterThan(10_000);

    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      figure.getByRole("button", { name: "SVG image" }).click(),
    ]);
    const text = (await readDownload(svg)).toString("utf8");
    const parsed = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror") !== null,
        root: doc.documentElement.nodeName,
        text: doc.documentElement.textContent ?? "",
      };
    }, text);
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe("svg");
    expect(parsed.text).toContain(title);
    expect(parsed.text).toContain("ECFR");
    expect(parsed.text).toMatch(/As of/);
  });

  test("CSV and JSON carry one row per point of the chart and a citation", async ({ page }) => {
    await openDeck(page, "/present/4");
    const figure = page.locator("[data-slide-wrapper='4'] figure[data-chart]").first();
    const tableRows = await figure.locator("table tbody tr").count();
    expect(tableRows).toBeGreaterThan(10);

    await figure.getByText("Export", { exact: true }).click();
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      figure.getByRole("button", { name: "CSV data" }).click(),
    ]);
    const lines = (await readDownload(csv)).toString("utf8").split(/\r\n/);
    const citation = lines.filter((l) => l.startsWith("# "));
    expect(citation.join(" ")).toMatch(/SIPRI/);
    // The unit travels with the numbers: TIV is a volume index, not money.
    expect(citation).toContainEqual(expect.stringMatching(/^# Unit: SIPRI trend-indicator value/));
    const data = lines.filter((l) => l && !l.startsWith("# "));
    expect(data[0]).toMatch(/^Year,Russia to Iran,China to Iran$/);
    expect(data.length - 1).toBe(tableRows);
    // The 2016 S-300 deliveries, as the chart draws them.
    expect(data).toContain("2016,413,0");

    const [json] = await Promise.all([
      page.waitForEvent("download"),
      figure.getByRole("button", { name: "JSON data" }).click(),
    ]);
    const body = JSON.parse((await readDownload(json)).toString("utf8")) as {
      citation: string;
      rows: Record<string, unknown>[];
    };
    expect(body.rows).toHaveLength(tableRows);
    expect(body.citation).toMatch(/SIPRI/);
  });

  test("the trade chart's CSV and JSON keep the estimate marks its table shows", async ({
    page,
  }) => {
    await page.goto("/figures");
    const figure = page.getByTestId("trade-exports-chart");
    await expect(figure).toHaveAttribute("data-hydrated", "true");
    const marked = await figure.locator("table td[data-estimate='true']").count();
    expect(marked).toBeGreaterThan(0);
    await figure.getByText("Export", { exact: true }).click();
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      figure.getByRole("button", { name: "CSV data" }).click(),
    ]);
    const lines = (await readDownload(csv)).toString("utf8").split(/\r\n/);
    expect(lines).toContainEqual(expect.stringMatching(/^# Unit: US\$ millions, current prices/));
    const [header = "", ...rows] = lines.filter((l) => l && !l.startsWith("# "));
    const columns = header.split(",");
    const flags = columns.flatMap((c, i) => (c.endsWith(": estimate") ? [i] : []));
    expect(flags.length).toBeGreaterThan(0);
    // Every estimate the table marks is a "true" in the file, and nothing else is.
    const trues = rows.reduce(
      (n, row) => n + flags.filter((i) => row.split(",")[i] === "true").length,
      0,
    );
    expect(trues).toBe(marked);

    const [json] = await Promise.all([
      page.waitForEvent("download"),
      figure.getByRole("button", { name: "JSON data" }).click(),
    ]);
    const body = JSON.parse((await readDownload(json)).toString("utf8")) as {
      unit: string;
      rows: Record<string, unknown>[];
    };
    expect(body.unit).toMatch(/US\$ millions/);
    const jsonTrues = body.rows.reduce(
      (n, r) =>
        n + Object.entries(r).filter(([k, v]) => k.endsWith(": estimate") && v === true).length,
      0,
    );
    expect(jsonTrues).toBe(marked);
  });

  test("the bar chart's CSV has one row per bar", async ({ page }) => {
    await openDeck(page, "/present/3");
    const figure = page.locator("[data-slide-wrapper='3'] figure[data-chart]").first();
    const bars = await figure.locator(".bar-wide g.bar").count();
    await figure.getByText("Export", { exact: true }).click();
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      figure.getByRole("button", { name: "CSV data" }).click(),
    ]);
    const data = (await readDownload(csv))
      .toString("utf8")
      .split(/\r\n/)
      .filter((l) => l && !l.startsWith("# "));
    expect(bars).toBe(3);
    expect(data.length - 1).toBe(bars);
  });

  test("the PPTX has one slide with speaker notes per deck slide", async ({ page }) => {
    test.setTimeout(60_000);
    await openDeck(page, "/present");
    await page.getByText("Deck and exports").click();
    const [pptx] = await Promise.all([
      page.waitForEvent("download", { timeout: 45_000 }),
      page.getByRole("button", { name: "Download PowerPoint (PPTX)" }).click(),
    ]);
    expect(pptx.suggestedFilename()).toMatch(/\.pptx$/);
    const bytes = await readDownload(pptx);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const names = zipEntryNames(bytes);
    const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const notes = names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    const images = names.filter((n) => /^ppt\/media\/.+\.png$/.test(n));
    // A cover, then one slide per deck slide.
    expect(slides).toHaveLength(COUNT + 1);
    expect(notes).toHaveLength(COUNT + 1);
    expect(images.length).toBe(COUNT);
    const cover = readZipEntry(bytes, "ppt/slides/slide1.xml").toString("utf8");
    expect(cover).toContain(`${COUNT} slides from the Russia–Iran Relations Dashboard`);
    // The file names the dashboard, not the library, as its author.
    const core = readZipEntry(bytes, "docProps/core.xml").toString("utf8");
    expect(core).toContain("<dc:creator>Russia–Iran Relations Dashboard</dc:creator>");
    // Each slide carries its title, source line and number; its notes the paper's words and where they sit.
    const first = readZipEntry(bytes, "ppt/slides/slide2.xml").toString("utf8");
    expect(first).toContain(titleOf(1));
    expect(first).toMatch(/Source: ECFR/);
    expect(first).toContain(`1 / ${COUNT}`);
    const firstNotes = readZipEntry(bytes, "ppt/notesSlides/notesSlide2.xml").toString("utf8");
    expect(firstNotes).toMatch(/section “[^”]+”/);
    expect(firstNotes).toContain("Russia-leaners");
  });

  test("the printed handout has one landscape page per slide", async ({ page }) => {
    await openDeck(page, "/present");
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString("latin1");
    const pages = text.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(COUNT);
    // Landscape: the media box is wider than tall.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
    expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2]));
  });
});
