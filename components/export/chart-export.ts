/**
 * The browser half of chart export: turns a chart into PNG, SVG, CSV or JSON downloads. The
 * texts and the table come from the chart's own data (ChartExportData, handed down through
 * props); only the drawing itself (its SVG and legend swatches) is read off the page. Loaded lazily from an
 * export button's click handler, so none of this ships with the page itself. The layout and file
 * formats live in lib/export/chart-export.ts, where they are unit-tested.
 */

import {
  chartExportInput,
  collapseWhitespace,
  composeExportSvg,
  exportFileName,
  resolveCssVars,
  toCsv,
  toJsonExport,
  withFontFallback,
  type ChartExportData,
  type ComposedSvg,
} from "@/lib/export/chart-export";

export type ChartExportFormat = "png" | "png-light" | "svg" | "csv" | "json";

export interface ChartLegendEntry {
  swatch: SVGSVGElement | null;
  label: string;
}

/** The texts drawn around an exported image: the chart's own, never read off the page. */
export type ImageTexts = Pick<ChartExportData, "title" | "source" | "asOf">;

interface Size {
  width: number;
  height: number;
}

type VarLookup = (name: string) => string;

const INHERITED_PROPS = [
  "fill",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "fill-opacity",
  "stroke-opacity",
  "font-size",
  "font-family",
  "font-weight",
  "text-anchor",
] as const;

// Not inherited, so writing their initial value on every element would only bloat the file.
const OWN_PROPS: Record<string, string> = {
  opacity: "1",
  "dominant-baseline": "auto",
};

const STOP_PROPS = ["stop-color", "stop-opacity"] as const;

// Layout of the root on the page (set by the chart wrapper's CSS or Recharts) means nothing in a
// file and would fight the width and height the export gives it.
const ROOT_LAYOUT_PROPS = [
  "display",
  "position",
  "left",
  "top",
  "width",
  "height",
  "max-width",
  "max-height",
];

const DROPPED_ATTRS = new Set([
  "tabindex",
  "class",
  "focusable",
  "aria-pressed",
  "aria-expanded",
  "aria-controls",
]);

function textOf(el: Element | null | undefined): string {
  return collapseWhitespace(el?.textContent ?? "");
}

function styleOf(el: Element): CSSStyleDeclaration | null {
  return el instanceof SVGElement || el instanceof HTMLElement ? el.style : null;
}

function classOf(el: Element): string {
  return el.getAttribute("class") ?? "";
}

function varLookup(scope: Element): VarLookup {
  const own = getComputedStyle(scope);
  const root = getComputedStyle(document.documentElement);
  return (name) => own.getPropertyValue(name).trim() || root.getPropertyValue(name).trim();
}

function widthAttr(svg: SVGSVGElement): number {
  const n = lengthAttr(svg.getAttribute("width"));
  return n ?? 0;
}

/**
 * The drawing to export. Charts may render a wide and a compact layout with one hidden by CSS,
 * and Recharts puts small svgs in its legend, so the largest displayed top-level svg wins. A
 * chart in a hidden slide shows none, and then the wide layout is the one that reads best.
 */
export function pickChartSvg(figure: HTMLElement): SVGSVGElement | null {
  const box = figure.querySelector(".chart-box");
  if (!box) return null;
  const svgs = Array.from(box.querySelectorAll("svg")).filter(
    (svg) => !svg.parentElement?.closest("svg") && !svg.closest("[data-legend-item]"),
  );
  const displayed = svgs.filter((svg) => svg.getClientRects().length > 0);
  if (displayed.length > 0) {
    return displayed.reduce((best, svg) =>
      svg.getBoundingClientRect().width > best.getBoundingClientRect().width ? svg : best,
    );
  }
  const wide = svgs.find((svg) => classOf(svg).includes("-wide"));
  if (wide) return wide;
  const surfaces = svgs.filter((svg) => classOf(svg).includes("recharts-surface"));
  if (surfaces.length > 0) {
    return surfaces.reduce((best, svg) => (widthAttr(svg) > widthAttr(best) ? svg : best));
  }
  return svgs[0] ?? null;
}

function readLegend(figure: HTMLElement): ChartLegendEntry[] {
  return Array.from(figure.querySelectorAll("[data-legend-item]")).map((item) => {
    // The label is the item's text without anything inside the swatch (titles, markers).
    const copy = item.cloneNode(true) as Element;
    copy.querySelectorAll("svg").forEach((svg) => svg.remove());
    return { swatch: item.querySelector("svg"), label: textOf(copy) };
  });
}

function lengthAttr(value: string | null): number | null {
  // Percentages and relative units say nothing about the drawing's own size.
  const match = /^\s*([\d.]+)\s*(px)?\s*$/.exec(value ?? "");
  const n = match ? Number(match[1]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

function viewBoxOf(svg: SVGSVGElement): [number, number, number, number] | null {
  const parts = (svg.getAttribute("viewBox") ?? "")
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x = 0, y = 0, w = 0, h = 0] = parts;
  return w > 0 && h > 0 ? [x, y, w, h] : null;
}

/** The drawing's size in user units: viewBox, else width/height attributes, else its box. */
export function svgSize(svg: SVGSVGElement): Size | null {
  const vb = viewBoxOf(svg);
  if (vb) return { width: vb[2], height: vb[3] };
  const width = lengthAttr(svg.getAttribute("width"));
  const height = lengthAttr(svg.getAttribute("height"));
  if (width && height) return { width, height };
  const rect = svg.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 ? { width: rect.width, height: rect.height } : null;
}

function resolveStyleVars(style: CSSStyleDeclaration, lookup: VarLookup): void {
  const names = Array.from({ length: style.length }, (_, i) => style.item(i));
  for (const name of names) {
    const value = style.getPropertyValue(name);
    if (!value.includes("var(")) continue;
    const resolved = resolveCssVars(value, lookup);
    if (resolved) style.setProperty(name, resolved, style.getPropertyPriority(name));
    else style.removeProperty(name);
  }
}

function cleanAttributes(clone: Element, lookup: VarLookup, color: string): void {
  for (const attr of Array.from(clone.attributes)) {
    const name = attr.name.toLowerCase();
    if (
      name.startsWith("on") ||
      DROPPED_ATTRS.has(name) ||
      (name === "role" && attr.value === "button")
    ) {
      clone.removeAttribute(attr.name);
    } else if (name !== "style" && attr.value.includes("var(")) {
      const resolved = resolveCssVars(attr.value, lookup);
      if (resolved) clone.setAttribute(attr.name, resolved);
      else clone.removeAttribute(attr.name);
    } else if (name !== "style" && color && /currentcolor/i.test(attr.value)) {
      clone.setAttribute(attr.name, attr.value.replace(/currentcolor/gi, color));
    }
  }
}

/**
 * Copies the look of `orig` onto `clone` as inline style, so the clone renders the same without
 * the page's stylesheet and CSS variables. Inherited properties equal to the parent's are left to
 * inheritance (the parent's clone carries them), except on the root, which must carry them all.
 */
function inlinePresentation(
  orig: Element,
  clone: Element,
  lookup: VarLookup,
  parent: CSSStyleDeclaration | null,
  isRoot: boolean,
): void {
  const tag = orig.localName;
  if (tag === "script") {
    clone.remove();
    return;
  }
  if (tag === "title" || tag === "desc" || tag === "metadata") return;

  const cs = getComputedStyle(orig);
  const style = styleOf(clone);
  cleanAttributes(clone, lookup, cs.color);
  if (style) {
    resolveStyleVars(style, lookup);
    style.removeProperty("cursor");
    if (isRoot) ROOT_LAYOUT_PROPS.forEach((p) => style.removeProperty(p));
    const set = (prop: string, value: string) =>
      style.setProperty(prop, prop === "font-family" ? withFontFallback(value) : value);
    const carried = (prop: string) =>
      clone.hasAttribute(prop) || style.getPropertyValue(prop) !== "";

    for (const prop of INHERITED_PROPS) {
      const value = cs.getPropertyValue(prop).trim();
      if (!value) {
        // A computed style can come back empty where the element is not rendered; the original
        // attribute (with its variables resolved above) is then the best remaining answer.
        continue;
      }
      if (isRoot || carried(prop) || parent?.getPropertyValue(prop).trim() !== value) {
        set(prop, value);
      }
    }
    for (const [prop, initial] of Object.entries(OWN_PROPS)) {
      const value = cs.getPropertyValue(prop).trim();
      if (value && (value !== initial || carried(prop))) set(prop, value);
    }
    if (tag === "stop") {
      for (const prop of STOP_PROPS) {
        const value = cs.getPropertyValue(prop).trim();
        if (value) set(prop, value);
      }
    }
    // Visibility inherited from outside the drawing (a hidden slide) must not hide the export;
    // only what the drawing itself hides stays hidden.
    const visibility = cs.visibility;
    const parentVisibility = isRoot
      ? orig.parentElement
        ? getComputedStyle(orig.parentElement).visibility
        : "visible"
      : (parent?.visibility ?? "visible");
    if (visibility && visibility !== parentVisibility) style.setProperty("visibility", visibility);
    else if (isRoot) style.removeProperty("visibility");
    // Elements hidden by a class (a toggled-off series) would reappear without the stylesheet.
    if (!isRoot && cs.display === "none") style.setProperty("display", "none");
  }

  const origChildren = Array.from(orig.children);
  const cloneChildren = Array.from(clone.children);
  origChildren.forEach((child, i) => {
    const twin = cloneChildren[i];
    if (twin) inlinePresentation(child, twin, lookup, cs, false);
  });
}

/**
 * A stand-alone copy of `svg`: presentation inlined from the computed style of the original,
 * variables resolved, interactive attributes removed, titles kept, sized to `size`.
 */
export function cleanSvgClone(svg: SVGSVGElement, size: Size, lookup: VarLookup): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlinePresentation(svg, clone, lookup, null, true);
  clone.removeAttribute("aria-hidden");
  clone.removeAttribute("x");
  clone.removeAttribute("y");
  if (!viewBoxOf(clone)) clone.setAttribute("viewBox", `0 0 ${size.width} ${size.height}`);
  clone.setAttribute("width", String(size.width));
  clone.setAttribute("height", String(size.height));
  return clone;
}

function swatchMarkup(swatch: SVGSVGElement | null, lookup: VarLookup): string {
  if (!swatch) return "";
  const size = svgSize(swatch) ?? { width: 34, height: 16 };
  const clone = cleanSvgClone(swatch, size, lookup);
  // Scales into the legend box of the composed image, keeping its shape.
  clone.setAttribute("width", "100%");
  clone.setAttribute("height", "100%");
  return new XMLSerializer().serializeToString(clone);
}

function isTransparent(colour: string): boolean {
  const c = colour.replace(/\s+/g, "").toLowerCase();
  return (
    c === "" || c === "transparent" || /^rgba\(.*,0(\.0+)?\)$/.test(c) || /\/0(\.0+)?%?\)$/.test(c)
  );
}

function backgroundOf(figure: HTMLElement): string {
  for (let el: Element | null = figure; el; el = el.parentElement) {
    const bg = getComputedStyle(el).backgroundColor;
    if (!isTransparent(bg)) return bg;
  }
  return "#ffffff";
}

interface ComposedFigure extends ComposedSvg {
  background: string;
}

/**
 * Runs `read` with the page (and any themed wrapper around the figure, such as a deck) in the
 * light theme, then puts the themes back. Everything happens in one synchronous task, so the
 * browser recomputes styles for the reads but never paints the switch.
 */
function inLightTheme<T>(figure: HTMLElement, read: () => T): T {
  const themed: HTMLElement[] = [document.documentElement];
  for (let el = figure.parentElement; el; el = el.parentElement) {
    if (el.dataset.theme && el !== document.documentElement) themed.push(el);
  }
  const before = themed.map((el) => el.dataset.theme);
  themed.forEach((el) => (el.dataset.theme = "light"));
  try {
    return read();
  } finally {
    themed.forEach((el, i) => {
      const value = before[i];
      if (value === undefined) delete el.dataset.theme;
      else el.dataset.theme = value;
    });
  }
}

function composeFigure(figure: HTMLElement, texts: ImageTexts, light = false): ComposedFigure {
  if (light) return inLightTheme(figure, () => composeFigure(figure, texts));
  const svgEl = pickChartSvg(figure);
  if (!svgEl) {
    throw new Error(`No chart drawing to export in "${texts.title}" (is the table shown?)`);
  }
  const lookup = varLookup(figure);
  const figureStyle = getComputedStyle(figure);
  const size = svgSize(svgEl) ?? { width: 640, height: 400 };
  const clone = cleanSvgClone(svgEl, size, lookup);
  const background = backgroundOf(figure);
  const foreground = figureStyle.color || "#000000";
  const composed = composeExportSvg({
    chartSvg: new XMLSerializer().serializeToString(clone),
    chartWidth: size.width,
    chartHeight: size.height,
    title: collapseWhitespace(texts.title),
    source: collapseWhitespace(texts.source),
    asOf: collapseWhitespace(texts.asOf),
    legend: readLegend(figure).map((entry) => ({
      swatchSvg: swatchMarkup(entry.swatch, lookup),
      label: entry.label,
    })),
    background,
    foreground,
    muted: lookup("--muted") || foreground,
    fontFamily: figureStyle.fontFamily,
  });
  return { ...composed, background };
}

/** The chart as one stand-alone SVG document, with title, legend, source and date drawn in. */
export function chartSvgString(figure: HTMLElement, texts: ImageTexts): ComposedSvg {
  const { svg, width, height } = composeFigure(figure, texts);
  return { svg, width, height };
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error("The chart image could not be drawn"));
    img.src = src;
  });
}

// Safari refuses canvases above about 16.7 million pixels; other browsers allow more, but an
// export past this size helps nobody.
const MAX_CANVAS_AREA = 16_000_000;
const MAX_CANVAS_SIDE = 16_384;

function clampScale(width: number, height: number, scale: number): number {
  const wanted = Number.isFinite(scale) && scale > 0 ? scale : 1;
  const byArea = Math.sqrt(MAX_CANVAS_AREA / (width * height));
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height);
  return Math.min(wanted, byArea, bySide);
}

async function renderCanvas(
  figure: HTMLElement,
  texts: ImageTexts,
  scale: number,
  light = false,
): Promise<HTMLCanvasElement> {
  const { svg, width, height, background } = composeFigure(figure, texts, light);
  // A data: URL rather than a blob: URL keeps the image same-origin, so the canvas stays
  // readable; the CSP allows img-src data:.
  const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  const s = clampScale(width, height, scale);
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * s);
  canvas.height = Math.round(height * s);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("This browser cannot draw the chart image");
  // White first: a colour the canvas cannot parse is ignored, and transparent PNGs turn black
  // in some viewers.
  ctx.fillStyle = "#ffffff";
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** The chart as a PNG, `scale` device pixels per CSS pixel (2 keeps lines crisp on slides). */
export async function chartPngBlob(
  figure: HTMLElement,
  texts: ImageTexts,
  scale = 2,
  light = false,
): Promise<Blob> {
  const canvas = await renderCanvas(figure, texts, scale, light);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be made"))),
      "image/png",
    );
  });
}

/** The chart PNG as a data URL with its pixel size, e.g. for placing it on a slide. */
export async function chartPng(
  figure: HTMLElement,
  texts: ImageTexts,
  scale = 2,
): Promise<{ dataUrl: string; width: number; height: number }> {
  const canvas = await renderCanvas(figure, texts, scale);
  return { dataUrl: canvas.toDataURL("image/png"), width: canvas.width, height: canvas.height };
}

/** Saves `blob` through a temporary download link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers before it has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Exports a chart as a download and returns the file name used. CSV and JSON are written from
 * `data` alone; the images draw the figure's SVG with `data`'s texts around it.
 */
export async function exportChart(
  figure: HTMLElement,
  data: ChartExportData,
  format: ChartExportFormat,
): Promise<string> {
  const fileName =
    format === "png-light"
      ? exportFileName(`${data.title} light`, "png")
      : exportFileName(data.title, format);
  let blob: Blob;
  switch (format) {
    case "png":
      blob = await chartPngBlob(figure, data);
      break;
    case "png-light":
      // Whatever the screen's theme: a light image for print and for light slides.
      blob = await chartPngBlob(figure, data, 2, true);
      break;
    case "svg":
      blob = new Blob([chartSvgString(figure, data).svg], { type: "image/svg+xml;charset=utf-8" });
      break;
    case "csv":
      blob = new Blob([toCsv(chartExportInput(data, location.href))], {
        type: "text/csv;charset=utf-8",
      });
      break;
    case "json":
      blob = new Blob([toJsonExport(chartExportInput(data, location.href))], {
        type: "application/json;charset=utf-8",
      });
      break;
  }
  downloadBlob(blob, fileName);
  return fileName;
}
