/**
 * The pure half of chart export: composing the stand-alone SVG, CSV and JSON files from the
 * chart's own data (its texts and its TableSpec, handed down through props) and, for images, the
 * drawing the browser half serialises. Nothing here touches the DOM, so all of it runs under
 * Vitest in Node.
 */

import type { TableSpec } from "@/lib/views/table";

/** A cell as exported: a number, text, a yes/no flag (e.g. "is an estimate"), or nothing. */
export type ExportCell = string | number | boolean | null;

/** Everything a CSV or JSON export carries: the numbers plus the citation that goes with them. */
export interface TableExportInput {
  title: string;
  source: string;
  asOf: string;
  /** What the numbers are counted in; empty when the chart names none. */
  unit?: string;
  url: string;
  columns: string[];
  rows: ExportCell[][];
}

/** One legend entry: its swatch markup (drawn into a LEGEND_SWATCH box) and its label. */
export interface ExportLegendItem {
  swatchSvg: string;
  label: string;
}

export interface ComposeExportSvgInput {
  /** The cleaned `<svg …>…</svg>` markup of the chart, already free of CSS variables. */
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  title: string;
  source: string;
  asOf: string;
  legend: ExportLegendItem[];
  background: string;
  foreground: string;
  muted: string;
  fontFamily: string;
}

export interface ComposedSvg {
  svg: string;
  width: number;
  height: number;
}

/** Narrower exports cramp the title and source into many short lines. */
export const MIN_EXPORT_WIDTH = 640;

/**
 * The box each legend swatch is drawn into. Swatches come from the page at their own sizes; the
 * browser half gives each a viewBox so it scales into this box keeping its shape.
 */
export const LEGEND_SWATCH = { width: 34, height: 16 } as const;

const PAD = 24;
const TITLE_SIZE = 20;
const TITLE_LINE = 26;
const LEGEND_SIZE = 13;
const LEGEND_ROW = 22;
const LEGEND_GAP = 8;
const LEGEND_ITEM_GAP = 20;
const FOOT_SIZE = 12;
const FOOT_LINE = 16;
// Without a DOM there is no text metrics API, so line breaks use an average glyph width. These
// factors are on the wide side for common sans-serif faces, so lines wrap early rather than spill.
const CHAR_WIDTH = 0.56;
const BOLD_CHAR_WIDTH = 0.6;
const FALLBACK_CHART = { width: 640, height: 400 } as const;

// XML 1.0 forbids most control characters, even escaped; one stray character from textContent
// would make the whole file unreadable, so they are dropped.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML content and attribute values, dropping characters XML cannot hold. */
export function escapeXml(s: string): string {
  return s
    .replace(XML_INVALID, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Collapses runs of whitespace (including line breaks) the way HTML rendering does. */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * Greedy word wrap to lines of at most `maxChars` characters. A word longer than a line is cut,
 * since titles can carry long URLs or compounds that would otherwise run off the image.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const words = collapseWhitespace(text).split(" ").filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= limit) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (rest.length > limit) {
      lines.push(rest.slice(0, limit));
      rest = rest.slice(limit);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

const GENERIC_FAMILIES = new Set([
  "serif",
  "sans-serif",
  "monospace",
  "cursive",
  "fantasy",
  "system-ui",
  "ui-sans-serif",
  "ui-serif",
  "ui-monospace",
  "ui-rounded",
]);

/**
 * An exported SVG is drawn as an image, where the page's web fonts are not loaded; a family list
 * naming only a web font would fall back to the viewer's default serif. Ending the list on a
 * generic family keeps the export in a sans-serif face wherever it is opened.
 */
export function withFontFallback(fontFamily: string): string {
  const families = fontFamily
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean);
  const last = families
    .at(-1)
    ?.replace(/^["']|["']$/g, "")
    .toLowerCase();
  if (last && GENERIC_FAMILIES.has(last)) return families.join(", ");
  return [...families, "Arial", "Helvetica", "sans-serif"].join(", ");
}

/**
 * Replaces every `var(--name[, fallback])` in a CSS value using `lookup`, recursively, so an
 * exported SVG carries plain colours. Returns "" when a variable is unset and has no fallback, so
 * the caller can drop the property rather than write an invalid one.
 */
export function resolveCssVars(value: string, lookup: (name: string) => string, depth = 0): string {
  // A variable defined in terms of itself would loop forever; CSS treats it as invalid too.
  if (depth > 16) return "";
  const start = value.indexOf("var(");
  if (start === -1) return value;
  let level = 0;
  let end = -1;
  let comma = -1;
  for (let i = start + 4; i < value.length; i++) {
    const ch = value[i];
    if (ch === "(") level++;
    else if (ch === ")") {
      if (level === 0) {
        end = i;
        break;
      }
      level--;
    } else if (ch === "," && level === 0 && comma === -1) comma = i;
  }
  if (end === -1) return "";
  const name = value.slice(start + 4, comma === -1 ? end : comma).trim();
  const fallback = comma === -1 ? null : value.slice(comma + 1, end).trim();
  const own = lookup(name).trim();
  const replacement = own
    ? resolveCssVars(own, lookup, depth + 1)
    : fallback !== null
      ? resolveCssVars(fallback, lookup, depth + 1)
      : "";
  if (!replacement) return "";
  return resolveCssVars(value.slice(0, start) + replacement + value.slice(end + 1), lookup, depth);
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function validSize(n: number, fallback: number): number {
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function fitsChars(width: number, fontSize: number, factor: number): number {
  return Math.max(8, Math.floor(width / (fontSize * factor)));
}

function textLines(
  lines: string[],
  x: number,
  top: number,
  lineHeight: number,
  size: number,
  attrs: string,
): string {
  // Baselines sit a font-size below each line's top; dominant-baseline is avoided because
  // renderers (browsers, Inkscape, PowerPoint's importer) disagree about it.
  return lines
    .map(
      (line, i) =>
        `<text x="${fmt(x)}" y="${fmt(top + i * lineHeight + size)}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`,
    )
    .join("");
}

function stripXmlProlog(markup: string): string {
  return markup.replace(/^\s*<\?xml[^>]*\?>\s*/, "").trim();
}

interface LegendPlacement {
  item: ExportLegendItem;
  label: string;
  x: number;
  row: number;
}

function layoutLegend(legend: ExportLegendItem[], contentWidth: number): LegendPlacement[] {
  const charWidth = LEGEND_SIZE * CHAR_WIDTH;
  const maxLabelChars = Math.max(
    4,
    Math.floor((contentWidth - LEGEND_SWATCH.width - LEGEND_GAP) / charWidth),
  );
  const placed: LegendPlacement[] = [];
  let x = 0;
  let row = 0;
  for (const item of legend) {
    const text = collapseWhitespace(item.label);
    const label = text.length > maxLabelChars ? `${text.slice(0, maxLabelChars - 1)}…` : text;
    const itemWidth = LEGEND_SWATCH.width + LEGEND_GAP + label.length * charWidth;
    if (x > 0 && x + itemWidth > contentWidth) {
      row++;
      x = 0;
    }
    placed.push({ item, label, x, row });
    x += itemWidth + LEGEND_ITEM_GAP;
  }
  return placed;
}

/**
 * One stand-alone SVG document: title on top, legend rows, the chart itself nested as an inner
 * `<svg>`, then the source and "as of" lines, so a downloaded image still says what it shows and
 * where the numbers come from.
 */
export function composeExportSvg(input: ComposeExportSvgInput): ComposedSvg {
  const chartWidth = validSize(input.chartWidth, FALLBACK_CHART.width);
  const chartHeight = validSize(input.chartHeight, FALLBACK_CHART.height);
  const width = Math.ceil(Math.max(MIN_EXPORT_WIDTH, chartWidth + 2 * PAD));
  const contentWidth = width - 2 * PAD;
  const title = collapseWhitespace(input.title);
  const source = collapseWhitespace(input.source);
  const asOf = collapseWhitespace(input.asOf);
  const foreground = escapeXml(input.foreground || "#000000");
  const parts: string[] = [];
  let y = PAD;

  const titleLines = wrapText(title, fitsChars(contentWidth, TITLE_SIZE, BOLD_CHAR_WIDTH));
  parts.push(
    textLines(titleLines, PAD, y, TITLE_LINE, TITLE_SIZE, `font-weight="700" fill="${foreground}"`),
  );
  y += titleLines.length * TITLE_LINE;

  const legend = layoutLegend(input.legend, contentWidth);
  if (legend.length > 0) {
    y += LEGEND_GAP;
    for (const { item, label, x, row } of legend) {
      const rowTop = y + row * LEGEND_ROW;
      const swatchY = rowTop + (LEGEND_ROW - LEGEND_SWATCH.height) / 2;
      const swatch = stripXmlProlog(item.swatchSvg);
      if (swatch) {
        parts.push(
          `<svg x="${fmt(PAD + x)}" y="${fmt(swatchY)}" width="${LEGEND_SWATCH.width}" height="${LEGEND_SWATCH.height}" overflow="visible">${swatch}</svg>`,
        );
      }
      parts.push(
        `<text x="${fmt(PAD + x + LEGEND_SWATCH.width + LEGEND_GAP)}" y="${fmt(rowTop + LEGEND_ROW / 2 + LEGEND_SIZE * 0.35)}" font-size="${LEGEND_SIZE}" fill="${foreground}">${escapeXml(label)}</text>`,
      );
    }
    const rows = (legend.at(-1)?.row ?? 0) + 1;
    y += rows * LEGEND_ROW;
  }

  y += 12;
  const chartX = (width - chartWidth) / 2;
  parts.push(
    `<svg x="${fmt(chartX)}" y="${fmt(y)}" width="${fmt(chartWidth)}" height="${fmt(chartHeight)}" overflow="hidden">${stripXmlProlog(input.chartSvg)}</svg>`,
  );
  y += chartHeight + 16;

  const footChars = fitsChars(contentWidth, FOOT_SIZE, CHAR_WIDTH);
  const footLines = [...wrapText(source, footChars), ...wrapText(asOf, footChars)];
  parts.push(
    textLines(
      footLines,
      PAD,
      y,
      FOOT_LINE,
      FOOT_SIZE,
      input.muted ? `fill="${escapeXml(input.muted)}"` : `fill="${foreground}"`,
    ),
  );
  y += footLines.length * FOOT_LINE;

  const height = Math.ceil(y + PAD);
  const font = escapeXml(withFontFallback(input.fontFamily));
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${font}">` +
    `<title>${escapeXml(title)}</title>` +
    `<desc>${escapeXml(source)}</desc>` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${escapeXml(input.background || "#ffffff")}"/>` +
    parts.join("") +
    `</svg>`;
  return { svg, width, height };
}

// Thousands separators must come in proper groups of three, so "1,5" (a decimal comma) and
// "1,2345" stay text rather than turning into the wrong number.
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * The number a cell plainly states, or null. Plain means digits with an optional sign, decimal
 * point, exponent and comma thousands separators ("1,234", "-3.5", "2e3"); the Unicode minus that
 * typeset figures use counts as a sign. Anything else ("12%", "$5", "3 (e)") is not a number.
 * Integers with a leading zero ("007") stay text because they are codes, not quantities.
 */
export function parsePlainNumber(raw: string): number | null {
  const text = raw.trim().replace(/^\u2212/, "-");
  if (!text || !/\d/.test(text) || !PLAIN_NUMBER.test(text)) return null;
  if (/^[+-]?0\d/.test(text) && !text.includes(".")) return null;
  const n = Number(text.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

/**
 * The value to export for one table cell: a number when the text is plainly numeric (see
 * parsePlainNumber), null when the cell is empty, otherwise the trimmed text. tableExportRows
 * feeds it a cell's machine `value` when there is one, so formatted display text ("1.2 bn") does
 * not matter wherever the chart states the raw value.
 */
export function parseCellValue(raw: string): string | number | null {
  const text = collapseWhitespace(raw);
  if (!text) return null;
  return parsePlainNumber(text) ?? text;
}

/** Unique, non-empty column names, padded to `count`, so every value gets its own key. */
function columnKeys(columns: readonly string[], count: number): string[] {
  const keys: string[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const base = collapseWhitespace(columns[i] ?? "") || `Column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    keys.push(n === 1 ? base : `${base} (${n})`);
  }
  return keys;
}

function tableWidth(columns: readonly string[], rows: readonly (readonly unknown[])[]): number {
  return Math.max(columns.length, ...rows.map((r) => r.length));
}

function rowsToRecords(keys: string[], rows: ExportCell[][]): Record<string, ExportCell>[] {
  return rows.map((row) => {
    const record: Record<string, ExportCell> = {};
    keys.forEach((key, i) => {
      const value = row[i] ?? null;
      record[key] = typeof value === "number" && !Number.isFinite(value) ? null : value;
    });
    return record;
  });
}

// Spreadsheets run a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: ExportCell): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  // A quote prefix makes spreadsheets read the cell as text; a plain negative number is safe
  // and stays as it is so it still sorts and sums as a number.
  const text = FORMULA_START.test(value) && parsePlainNumber(value) === null ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A citation line must stay one "# " line, so pandas (`comment="#"`) skips it; quoting it as a
 * field would start it with '"' and pandas would read it as data. A spreadsheet, though, splits
 * it at every comma, so each piece it would make a cell of is defused like a data cell: a piece
 * starting (after spaces) with a formula character gets the same quote prefix, and straight
 * double quotes, which could open a quoted cell, become single ones.
 */
function citationField(text: string): string {
  return text
    .replace(/"/g, "'")
    .split(",")
    .map((piece) => piece.replace(/^(\s*)([=+\-@\t\r])/, "$1'$2"))
    .join(",");
}

/** The address a file cites: no fragment, which the reader typed and the page never reads. */
export function citedAddress(url: string): string {
  const at = url.indexOf("#");
  return (at < 0 ? url : url.slice(0, at)).trim();
}

function sourceLine(source: string): string {
  return /^sources?:/i.test(source) ? source : `Source: ${source}`;
}

/**
 * RFC 4180 CSV with CRLF line ends and no trailing line break. Before the header come the
 * citation lines, each starting "# " (title, source, unit, as-of, view URL; empty ones are left out),
 * so a file passed on still says where its numbers come from. Then the header row and one record
 * per data row: a row is one line unless a cell itself holds a line break (then quoted).
 */
export function toCsv(input: TableExportInput): string {
  const title = collapseWhitespace(input.title);
  const source = collapseWhitespace(input.source);
  const asOf = collapseWhitespace(input.asOf);
  const unit = collapseWhitespace(input.unit ?? "");
  const url = collapseWhitespace(citedAddress(input.url));
  const citation = [title, source ? sourceLine(source) : "", unit ? `Unit: ${unit}` : "", asOf, url]
    .filter(Boolean)
    .map((line) => `# ${citationField(line)}`);
  const keys = columnKeys(input.columns, tableWidth(input.columns, input.rows));
  const lines = [
    ...citation,
    keys.map(csvField).join(","),
    ...input.rows.map((row) => keys.map((_, i) => csvField(row[i] ?? null)).join(",")),
  ];
  return lines.join("\r\n");
}

/** What a chart hands its export menu: the texts it shows and its table, as data. */
export interface ChartExportData {
  title: string;
  source: string;
  asOf: string;
  unit: string;
  table: TableSpec;
}

/**
 * A TableSpec as export columns and rows. Each cell exports its machine value when it has one
 * (display text may be rounded or carry units), else its text read as a number where it plainly
 * is one. A column with any estimate gets a yes/no column beside it, since the value alone would
 * drop the mark the reader sees.
 */
export function tableExportRows(table: TableSpec): { columns: string[]; rows: ExportCell[][] } {
  const flagged = new Set(
    table.rows.flatMap((row) => row.cells.flatMap((cell, i) => (cell.estimate ? [i] : []))),
  );
  const width = Math.max(table.columns.length, ...table.rows.map((r) => r.cells.length));
  // Per column, the qualifier keys any of its cells carries, in first-seen order.
  const qualifierKeys = Array.from({ length: width }, (_, i) => [
    ...new Set(table.rows.flatMap((row) => Object.keys(row.cells[i]?.qualifiers ?? {}))),
  ]);
  const columns = Array.from({ length: width }, (_, i) => {
    const name = table.columns[i] ?? `Column ${i + 1}`;
    return [
      table.columns[i] ?? "",
      ...(flagged.has(i) ? [`${name}: estimate`] : []),
      ...(qualifierKeys[i] ?? []).map((k) => `${name}: ${k}`),
    ];
  }).flat();
  const rows = table.rows.map((row) =>
    Array.from({ length: width }, (_, i): ExportCell[] => {
      const cell = row.cells[i];
      // A value the view gives is written as given ("1953" stays the date it is, beside
      // "2016-03"); only display text is parsed back into a number.
      const value: ExportCell = !cell
        ? null
        : cell.value !== undefined
          ? cell.value
          : parseCellValue(cell.text);
      return [
        value,
        ...(flagged.has(i) ? [cell?.estimate === true] : []),
        ...(qualifierKeys[i] ?? []).map((k) => cell?.qualifiers?.[k] ?? null),
      ];
    }).flat(),
  );
  return { columns, rows };
}

/** The CSV/JSON input for a chart: its own texts and table, and the address it is cited at. */
export function chartExportInput(data: ChartExportData, url: string): TableExportInput {
  return {
    title: data.title,
    source: data.source,
    asOf: data.asOf,
    unit: data.unit,
    url,
    ...tableExportRows(data.table),
  };
}

/** "Title. Source. As of …. URL" on one line, for pasting under a quoted figure. */
export function citationLine(
  input: Pick<TableExportInput, "title" | "source" | "asOf" | "url">,
): string {
  return [input.title, input.source, input.asOf, citedAddress(input.url)]
    .map((part) => collapseWhitespace(part).replace(/\.+$/, ""))
    .filter(Boolean)
    .join(". ");
}

/** Pretty-printed JSON of the same table, with its citation, rows as records keyed by column. */
export function toJsonExport(input: TableExportInput): string {
  const keys = columnKeys(input.columns, tableWidth(input.columns, input.rows));
  return JSON.stringify(
    {
      title: collapseWhitespace(input.title),
      source: collapseWhitespace(input.source),
      asOf: collapseWhitespace(input.asOf),
      unit: collapseWhitespace(input.unit ?? ""),
      url: citedAddress(input.url),
      citation: citationLine(input),
      columns: keys,
      rows: rowsToRecords(keys, input.rows),
    },
    null,
    2,
  );
}

const MAX_SLUG = 60;

/** A safe, readable download name: the title as a kebab-case slug of at most 60 characters. */
export function exportFileName(title: string, ext: string): string {
  let slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length > MAX_SLUG) {
    const cut = slug.slice(0, MAX_SLUG + 1);
    // Cut at a word boundary when one is reasonably close, so names do not end mid-word.
    const dash = cut.lastIndexOf("-");
    slug = (dash > MAX_SLUG / 2 ? cut.slice(0, dash) : cut.slice(0, MAX_SLUG)).replace(/-+$/, "");
  }
  const extension = ext.toLowerCase().replace(/[^a-z0-9]/g, "");
  const base = slug || "chart";
  return extension ? `${base}.${extension}` : base;
}
