/**
 * Builds a PowerPoint deck from the dashboard's slides in the browser. Loaded lazily, and it in
 * turn loads pptxgenjs (and JSZip) only when a deck is exported, so neither weighs on the page.
 */

import type PptxGenJS from "pptxgenjs";
import { chartPng, downloadBlob, type ImageTexts } from "./chart-export";
import { collapseWhitespace, exportFileName } from "@/lib/export/chart-export";

export interface DeckSlideExport {
  title: string;
  takeaway: string;
  source: string;
  asOf: string;
  notes: string;
  figure: HTMLElement | null;
}

const PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

// LAYOUT_WIDE is 13.33 × 7.5 inches; positions below are in inches.
const SLIDE = { width: 13.333, height: 7.5 } as const;
const MARGIN = 0.5;
const TITLE_BOX = { y: 0.35, h: 0.9 } as const;
const TAKEAWAY_BOX = { y: 1.25, h: 0.8 } as const;
const FOOT_BOX = { h: 0.55 } as const;
const GAP = 0.15;
const FONT = "Arial";
const TEXT_COLOUR = "16181D";
const MUTED_COLOUR = "4A5060";

// PowerPoint reports a damaged file when slide XML holds control characters, which can come in
// with text copied from the page.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function clean(text: string): string {
  return collapseWhitespace(text.replace(CONTROL_CHARS, ""));
}

function cleanNotes(text: string): string {
  // Notes keep their line breaks: speakers format them as short paragraphs.
  return text.replace(CONTROL_CHARS, "").replace(/\r\n?/g, "\n").trim();
}

/** The largest box of the image's aspect ratio that fits the area, centred horizontally. */
function fitImage(
  imageWidth: number,
  imageHeight: number,
  area: { x: number; y: number; w: number; h: number },
): { x: number; y: number; w: number; h: number } {
  const ratio = Math.min(area.w / imageWidth, area.h / imageHeight);
  const w = imageWidth * ratio;
  const h = imageHeight * ratio;
  return { x: area.x + (area.w - w) / 2, y: area.y, w, h };
}

async function addChartImage(
  slide: PptxGenJS.Slide,
  figure: HTMLElement,
  texts: ImageTexts,
  area: { x: number; y: number; w: number; h: number },
): Promise<void> {
  try {
    const png = await chartPng(figure, texts, 2);
    if (png.width <= 0 || png.height <= 0 || area.w <= 0 || area.h <= 0) return;
    slide.addImage({
      data: png.dataUrl,
      ...fitImage(png.width, png.height, area),
      altText: texts.title,
    });
  } catch (error) {
    // One chart that cannot be drawn (say its table view is open) should not cost the whole
    // deck; the slide keeps its title, takeaway, source and notes.
    console.warn(`Deck export: no image for "${texts.title}"`, error);
  }
}

export const DECK_AUTHOR = "Russia–Iran Relations Dashboard";
/** Room for "12 / 40" at the bottom right of a slide, in inches. */
const NUMBER_WIDTH = 0.9;

/** A 16:9 deck, one slide per entry: title, takeaway, chart image, source line, speaker notes. */
export async function buildDeckPptx(slides: DeckSlideExport[], deckTitle: string): Promise<Blob> {
  const { default: PptxGen } = await import("pptxgenjs");
  const pptx = new PptxGen();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = clean(deckTitle);
  // The file names the dashboard as its author, not the library that wrote it.
  pptx.author = DECK_AUTHOR;
  pptx.company = DECK_AUTHOR;
  pptx.subject = "Slides with their sources and speaker notes";
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  const contentWidth = SLIDE.width - 2 * MARGIN;
  const footY = SLIDE.height - MARGIN - FOOT_BOX.h + 0.15;

  // A cover: the deck's title, how many slides follow, and where every number comes from.
  const cover = pptx.addSlide();
  cover.addText(clean(deckTitle), {
    x: MARGIN,
    y: 2.2,
    w: contentWidth,
    h: 1.6,
    fontFace: FONT,
    fontSize: 36,
    bold: true,
    color: TEXT_COLOUR,
    valign: "bottom",
    fit: "shrink",
  });
  cover.addText(
    `${slides.length} slide${slides.length === 1 ? "" : "s"} from the ${DECK_AUTHOR}. Each slide names its source and as-of date; the speaker notes give the reasoning and the sources' own words.`,
    {
      x: MARGIN,
      y: 4.0,
      w: contentWidth,
      h: 1.2,
      fontFace: FONT,
      fontSize: 16,
      color: MUTED_COLOUR,
      valign: "top",
      fit: "shrink",
    },
  );

  for (const [n, entry] of slides.entries()) {
    const title = clean(entry.title);
    const takeaway = clean(entry.takeaway);
    const slide = pptx.addSlide();
    // Numbered as in the deck on screen ("3 / 9"; the cover is not counted), bottom right.
    slide.addText(`${n + 1} / ${slides.length}`, {
      x: SLIDE.width - MARGIN - NUMBER_WIDTH,
      y: footY,
      w: NUMBER_WIDTH,
      h: FOOT_BOX.h,
      fontFace: FONT,
      fontSize: 10,
      color: MUTED_COLOUR,
      align: "right",
      valign: "bottom",
    });

    slide.addText(title, {
      x: MARGIN,
      y: TITLE_BOX.y,
      w: contentWidth,
      h: TITLE_BOX.h,
      fontFace: FONT,
      fontSize: 28,
      bold: true,
      color: TEXT_COLOUR,
      valign: "top",
      fit: "shrink",
    });

    let imageTop = TITLE_BOX.y + TITLE_BOX.h + GAP;
    if (takeaway) {
      slide.addText(takeaway, {
        x: MARGIN,
        y: TAKEAWAY_BOX.y,
        w: contentWidth,
        h: TAKEAWAY_BOX.h,
        fontFace: FONT,
        fontSize: 16,
        color: TEXT_COLOUR,
        valign: "top",
        fit: "shrink",
      });
      imageTop = TAKEAWAY_BOX.y + TAKEAWAY_BOX.h + GAP;
    }

    if (entry.figure) {
      // The image carries the slide's own title, source and date, as the slide states them.
      await addChartImage(slide, entry.figure, entry, {
        x: MARGIN,
        y: imageTop,
        w: contentWidth,
        h: footY - GAP - imageTop,
      });
    }

    // The source sits on the slide itself, not only in the image, so it survives the image
    // being cropped or replaced.
    const foot = [clean(entry.source), clean(entry.asOf)].filter(Boolean).join(" · ");
    if (foot) {
      slide.addText(foot, {
        x: MARGIN,
        y: footY,
        w: contentWidth - NUMBER_WIDTH - GAP,
        h: FOOT_BOX.h,
        fontFace: FONT,
        fontSize: 10,
        color: MUTED_COLOUR,
        valign: "bottom",
        fit: "shrink",
      });
    }

    const notes = cleanNotes(entry.notes);
    if (notes) slide.addNotes(notes);
  }

  const out = await pptx.write({ outputType: "blob" });
  // JSZip labels its blob application/zip; the PowerPoint type lets the OS pick the right app.
  if (out instanceof Blob) return new Blob([out], { type: PPTX_TYPE });
  // Only reached if pptxgenjs ever hands back raw bytes despite the requested output type.
  if (typeof out === "string") throw new Error("The deck came back as text, not a file");
  const bytes = out instanceof Uint8Array ? Uint8Array.from(out) : new Uint8Array(out);
  return new Blob([bytes], { type: PPTX_TYPE });
}

/** Builds the deck and downloads it as `<deck-title>.pptx`; returns the file name. */
export async function exportDeckPptx(
  slides: DeckSlideExport[],
  deckTitle: string,
): Promise<string> {
  const blob = await buildDeckPptx(slides, deckTitle);
  const fileName = exportFileName(deckTitle, "pptx");
  downloadBlob(blob, fileName);
  return fileName;
}
