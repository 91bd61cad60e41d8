/**
 * Imports the external data the dashboard compares with the paper: SIPRI arms-transfer TIV
 * tables, IMF DOTS trade with Iran (as Iran's table and as Russia and China report it), and SIPRI
 * military expenditure. Reads the raw files in
 * ../shared/data/external (or $EXTERNAL_DATA_PATH), keeps only the rows the project uses, and
 * writes data/series.json and data/arms-recipients.json, validated and prettier-formatted.
 *
 *   npm run import-external
 *
 * The build functions are exported so the unit tests can re-run the import in memory and check
 * that the committed files are exactly what the raw files give.
 *
 * CSV files are read with csv-parse and workbooks with exceljs (both devDependencies: they run
 * only here, never in the app).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { format, resolveConfig } from "prettier";
import type {
  ArmsRecipient,
  ArmsRecipientsFile,
  RecipientCategory,
} from "../lib/data/schemas/arms-recipients";
import type { Series, SeriesFile, SeriesPoint } from "../lib/data/schemas/series";
import type { ArmsTotalsFile } from "../lib/data/schemas/arms-totals";
import type {
  ArmsDeal,
  ArmsDealsFile,
  ArmsRegister,
  ArmsVolumeYear,
} from "../lib/data/schemas/arms-deals";
import type { ExternalSource } from "../lib/data/schemas/common";
import { parseDataset } from "../lib/data/load-dataset";
import {
  armsDealsDataset,
  armsRecipientsDataset,
  armsTotalsDataset,
  seriesDataset,
} from "../lib/data/datasets";
import { PARTY_NAMES, type PartyId } from "../lib/data/parties";
import {
  MILEX_RELEASE_UNITS,
  type DotsRelease,
  type ArmsRegisterRelease,
  type MilexRelease,
  type SeriesUnit,
  type TivRelease,
} from "../lib/constants";

// Where the generated files go and what they must satisfy: the datasets' own definitions.
export const SERIES_FILE = seriesDataset.file;
export const ARMS_RECIPIENTS_FILE = armsRecipientsDataset.file;
export const ARMS_DEALS_FILE = armsDealsDataset.file;
export const ARMS_TOTALS_FILE = armsTotalsDataset.file;

export const TIV_YEARS = { from: 2000, to: 2021 } as const;
export const MILEX_YEARS = { from: 2005, to: 2016 } as const;

export const SIPRI_DIR = "sipri_arms_transfers_360info";
export const MILEX_DIR = "sipri_milex_1949_2016";
export const TIV_RUSSIA_FILE = "TIV-Export-RUS-1950-2021.csv";
export const TIV_CHINA_FILE = "TIV-Export-CHI-1950-2021.csv";
export const MILEX_FILE = "SIPRI-Milex-data-1949-2016.xlsx";
export const MILEX_SHEET = "Constant (2015) USD";

export const LESS_THAN_HALF_NOTE = "less than 0.5m TIV";

/** The external data lives beside the checkout, not in it: its licences are not ours to re-ship. */
export function resolveExternalDir(): string {
  const fromEnv = process.env.EXTERNAL_DATA_PATH;
  return fromEnv && fromEnv.length > 0
    ? path.resolve(fromEnv)
    : path.resolve(process.cwd(), "../shared/data/external");
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

function fail(message: string): never {
  throw new ImportError(message);
}

const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The source blocks restate what each PROVENANCE.md says. The importer checks that the
 * PROVENANCE text still carries the facts the block rests on, so a new vintage dropped into
 * the folder fails here until the block is updated, instead of being mislabelled silently.
 */
function checkProvenance(dir: string, folder: string, mustContain: string[]): void {
  const file = path.join(dir, folder, "PROVENANCE.md");
  if (!existsSync(file)) fail(`${file} is missing: every external source needs its provenance`);
  const text = readFileSync(file, "utf8");
  for (const s of mustContain) {
    if (!text.includes(s)) {
      fail(`${file} no longer says "${s}": update the source block in scripts/import-external.ts`);
    }
  }
}

// ——— Reading the raw files ———

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Parses CSV text (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks) into
 * rows of strings, one per line, blank lines included so that row i is line i + 1. Rows may have
 * different lengths (the TIV tables' notes lines do). Malformed quoting fails, naming `label`
 * and the line, rather than being guessed at.
 */
export function parseCsvText(text: string, label: string): string[][] {
  try {
    return parseCsv(text, {
      bom: true,
      relax_column_count: true,
      record_delimiter: ["\r\n", "\n", "\r"],
    });
  } catch (err) {
    return fail(`${label}: not valid CSV: ${errorText(err)}`);
  }
}

export function readCsvFile(file: string): string[][] {
  return parseCsvText(readFileSync(file, "utf8"), file);
}

/** Opens an .xlsx workbook; a file exceljs cannot read fails here, named. */
export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(file);
  } catch (err) {
    fail(`${file}: cannot read it as an .xlsx workbook (${errorText(err)})`);
  }
  return book;
}

export function worksheet(book: ExcelJS.Workbook, name: string, label: string): ExcelJS.Worksheet {
  const sheet = book.getWorksheet(name);
  if (!sheet) {
    const names = book.worksheets.map((w) => w.name).join(", ");
    fail(`${label}: no sheet named "${name}" (sheets: ${names})`);
  }
  return sheet;
}

/**
 * A cell's value as the file stores it: rich text joined into one string, a formula by its
 * cached result, an error by its code ("#N/A"). Empty cells, and cells merged into another one
 * (which exceljs would otherwise read as the merged range's value), are undefined.
 */
export type SheetCell =
  | { type: "string"; value: string }
  | { type: "number"; value: number }
  | { type: "boolean"; value: boolean }
  | { type: "error"; value: string }
  | { type: "date"; value: Date };

type ScalarValue = number | string | boolean | Date | ExcelJS.CellErrorValue;

function scalarCell(v: ScalarValue | null | undefined): SheetCell | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number") return { type: "number", value: v };
  if (typeof v === "string") return { type: "string", value: v };
  if (typeof v === "boolean") return { type: "boolean", value: v };
  if (v instanceof Date) return { type: "date", value: v };
  return { type: "error", value: v.error };
}

/** An exceljs cell as a SheetCell; undefined when it is empty or merged into another cell. */
export function readCell(cell: ExcelJS.Cell | undefined): SheetCell | undefined {
  if (cell === undefined || cell.type === ExcelJS.ValueType.Merge) return undefined;
  const v = cell.value;
  if (v !== null && typeof v === "object" && !(v instanceof Date)) {
    if ("richText" in v) return { type: "string", value: v.richText.map((r) => r.text).join("") };
    if ("hyperlink" in v) return { type: "string", value: v.text };
    if ("formula" in v || "sharedFormula" in v) return scalarCell(v.result);
  }
  return scalarCell(v);
}

// ——— SIPRI arms-transfer TIV tables ———

export interface TivCell {
  /** TIV in millions; an empty cell is 0 (SIPRI: no deliveries recorded). */
  value: number;
  /** The cell was empty rather than a number. */
  empty: boolean;
  /** The cell read "0": deliveries worth less than 0.5m TIV. */
  lessThanHalf: boolean;
}

export interface TivRow {
  /** The label as the table has it, markers included. */
  label: string;
  /** 1-based line in the CSV file. */
  line: number;
  cells: Map<number, TivCell>;
  total: number;
}

export interface TivTable {
  file: string;
  /** First line, e.g. "TIV of arms exports from Russia, 1950-2021". */
  title: string;
  supplierName: string;
  /** From the "Generated: 28 July 2022" line. */
  generated: string;
  years: number[];
  rows: TivRow[];
  totalRow: TivRow;
}

function parseTivCell(raw: string, where: string): TivCell {
  const s = raw.trim();
  if (s === "") return { value: 0, empty: true, lessThanHalf: false };
  if (!/^\d+$/.test(s)) fail(`${where}: "${raw}" is not a whole TIV number`);
  const value = Number(s);
  return { value, empty: false, lessThanHalf: value === 0 };
}

/**
 * Reads a SIPRI "TIV of arms exports from <supplier>" table: notes lines, a header row of
 * years ending in "Total", one row per recipient, a blank line and a "Total" row.
 */
export function parseTivTable(
  rows: string[][],
  file: string,
  // The country-totals imports table is titled "TIV of arms exports to all" (sic).
  titlePattern = /^TIV of arms exports from (.+), \d{4}-\d{4}$/,
): TivTable {
  const title = rows[0]?.[0] ?? "";
  const titleMatch = titlePattern.exec(title);
  if (!titleMatch) fail(`${file}: line 1 "${title}" is not the title ${String(titlePattern)}`);
  const generatedCell = rows.flat().find((c) => c.startsWith("Generated: "));
  if (!generatedCell) fail(`${file}: no "Generated: <date>" line, so the vintage is unknown`);
  const headerIndex = rows.findIndex((r) => r[0] === "" && /^\d{4}$/.test(r[1] ?? ""));
  const header = rows[headerIndex];
  if (!header) fail(`${file}: no header row of years`);
  const totalCol = header.indexOf("Total");
  if (totalCol < 0) fail(`${file}: the header row has no "Total" column`);
  const yearCols = header.slice(1, totalCol).map((y, i) => {
    if (!/^\d{4}$/.test(y)) fail(`${file}: header column ${i + 2} is "${y}", not a year`);
    return Number(y);
  });

  const body: TivRow[] = [];
  let totalRow: TivRow | undefined;
  rows.slice(headerIndex + 1).forEach((r, i) => {
    const line = headerIndex + 2 + i;
    if (r.every((c) => c.trim() === "")) return;
    const label = r[0]?.trim() ?? "";
    if (label === "") fail(`${file}: line ${line} has numbers but no recipient`);
    if (r.length !== header.length) {
      fail(`${file}: line ${line} has ${r.length} fields, the header ${header.length}`);
    }
    const cells = new Map<number, TivCell>();
    yearCols.forEach((year, c) => {
      cells.set(year, parseTivCell(r[c + 1] ?? "", `${file}: line ${line} (${label}, ${year})`));
    });
    const total = parseTivCell(r[totalCol] ?? "", `${file}: line ${line} (${label}, Total)`);
    const row = { label, line, cells, total: total.value };
    checkRounding(row, file);
    if (label === "Total") totalRow = row;
    else if (totalRow) fail(`${file}: line ${line} follows the "Total" row`);
    else body.push(row);
  });
  if (!totalRow) fail(`${file}: no "Total" row, so the table may be cut short`);
  for (const year of yearCols) {
    const sum = body.reduce((acc, r) => acc + (r.cells.get(year)?.value ?? 0), 0);
    const filled = body.filter((r) => !r.cells.get(year)?.empty).length;
    const expected = totalRow.cells.get(year)?.value ?? 0;
    if (Math.abs(sum - expected) > 0.5 * filled + 0.5) {
      fail(`${file}: the ${year} column sums to ${sum} but the Total row says ${expected}`);
    }
  }
  return {
    file,
    title,
    supplierName: titleMatch[1] ?? "",
    generated: generatedCell.slice("Generated: ".length).trim(),
    years: yearCols,
    rows: body,
    totalRow,
  };
}

/**
 * SIPRI rounds each cell and the total separately ("figures may not add up"), so a row may miss
 * its Total by up to half a unit per cell. A bigger gap means the columns were misread.
 */
function checkRounding(row: TivRow, file: string): void {
  const values = [...row.cells.values()];
  const sum = values.reduce((a, c) => a + c.value, 0);
  const filled = values.filter((c) => !c.empty).length;
  if (Math.abs(sum - row.total) > 0.5 * filled + 0.5) {
    fail(`${file}: line ${row.line} (${row.label}) sums to ${sum} but its Total is ${row.total}`);
  }
}

export function readTivTable(dir: string, file: string): TivTable {
  return parseTivTable(readCsvFile(path.join(dir, SIPRI_DIR, file)), file);
}

function tivSource(table: TivTable): ExternalSource {
  return {
    publisher: "SIPRI",
    dataset: `Arms Transfers Database, ${table.title.replace(/(\d{4})-(\d{4})$/, "$1–$2")}`,
    vintage: `Generated ${table.generated} (via 360info, report-arms-trade)`,
    licence: "CC BY 4.0 (360info repository); data © SIPRI",
    url: "https://github.com/360-info/report-arms-trade",
  };
}

function tivRow(table: TivTable, label: string): TivRow {
  const matches = table.rows.filter((r) => r.label === label);
  if (matches.length !== 1) {
    fail(`${table.file}: expected one row "${label}", found ${matches.length}`);
  }
  return matches[0] as TivRow;
}

function tivPoints(table: TivTable, row: TivRow, from: number, to: number): SeriesPoint[] {
  return years(from, to).map((year) => {
    const cell = row.cells.get(year);
    if (!cell) fail(`${table.file}: the table has no ${year} column`);
    return cell.lessThanHalf
      ? { year, value: 0, note: LESS_THAN_HALF_NOTE }
      : { year, value: cell.value };
  });
}

const TIV_SERIES: { supplier: "russia" | "china"; recipient: PartyId; label: string }[] = [
  { supplier: "russia", recipient: "iran", label: "Iran" },
  { supplier: "china", recipient: "iran", label: "Iran" },
  { supplier: "russia", recipient: "algeria", label: "Algeria" },
  { supplier: "russia", recipient: "azerbaijan", label: "Azerbaijan" },
  { supplier: "russia", recipient: "venezuela", label: "Venezuela" },
  { supplier: "russia", recipient: "viet-nam", label: "Viet Nam" },
  { supplier: "russia", recipient: "india", label: "India" },
  { supplier: "russia", recipient: "china", label: "China" },
];

/** The 360info copies of SIPRI's supplier tables, generated 28 July 2022 (deliveries to 2021). */
export const TIV_TABLES_RELEASE: TivRelease = "sipri-at-2022";

function buildTivSeries(tables: Record<"russia" | "china", TivTable>): Series[] {
  return TIV_SERIES.map(({ supplier, recipient, label }) => {
    const table = tables[supplier];
    const row = tivRow(table, label);
    return {
      id: `tiv-${supplier}-to-${recipient}`,
      label: `Arms deliveries from ${PARTY_NAMES[supplier]} to ${PARTY_NAMES[recipient]} (SIPRI TIV)`,
      unit: "tiv_m",
      kind: "tiv",
      release: TIV_TABLES_RELEASE,
      parties: [supplier, recipient],
      sourceRow: `${table.file}, row "${row.label}" (line ${row.line})`,
      source: tivSource(table),
      points: tivPoints(table, row, TIV_YEARS.from, TIV_YEARS.to),
    };
  });
}

// ——— Every recipient of Russian arms ———

/** SIPRI's row markers: "**" an international organisation, "*" a non-state actor. */
export function recipientCategory(label: string): RecipientCategory {
  if (label.endsWith("**")) return "international-organisation";
  if (label.endsWith("*")) return "non-state-actor";
  if (/^unknown/i.test(label)) return "unknown";
  return "state";
}

export function recipientId(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(s\)/g, "s")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const partyByName = new Map<string, PartyId>(
  Object.entries(PARTY_NAMES).map(([id, name]) => [name, id as PartyId] as const),
);

export function buildArmsRecipients(table: TivTable, supplier: PartyId): ArmsRecipientsFile {
  const recipients = table.rows.map((row): ArmsRecipient => {
    const name = row.label.replace(/\*+$/, "").trim();
    const party = partyByName.get(name);
    return {
      id: recipientId(name),
      name,
      sourceRow: row.label,
      category: recipientCategory(row.label),
      ...(party ? { party } : {}),
      points: tivPoints(table, row, TIV_YEARS.from, TIV_YEARS.to),
    };
  });
  return {
    $schema: "./schema/arms-recipients.schema.json",
    supplier,
    unit: "tiv_m",
    sourceFile: table.file,
    source: tivSource(table),
    from: TIV_YEARS.from,
    to: TIV_YEARS.to,
    recipients,
  };
}

// ——— IMF Direction of Trade Statistics ———

/**
 * One DOTS vintage: the country tables the repository's author exported around February 2022
 * (data to 2020), for Iran, Russia and China as reporters. Iran does not report to DOTS, so its
 * table is mostly IMF estimates from partner data ("e"); Russia's and China's tables are their
 * own reports of the same flows, the mirror side. Every series names its reporter and this
 * vintage, and the two sides of a flow stay separate series.
 */
export const DOTS_RELEASE: DotsRelease = "imf-dots-2022";
export const PARTNER_DOTS_DIR = "imf_dots_russia_china_reporters_2022vintage";
/** The Iran-reported table's years: the paper's period, then the four later years it holds. */
export const DOTS_YEARS = { from: 2005, to: 2020 } as const;
/** The partner-reported tables' years: the same span, to the vintage's last year. */
export const PARTNER_DOTS_YEARS = { from: 2005, to: 2020 } as const;

export interface DotsTableDef {
  reporter: PartyId;
  dir: string;
  file: string;
  /** B4 of each sheet: the reporter as DOTS names it. */
  reporterName: string;
  /** The partners the project keeps, by their row label in column B. */
  partners: { party: PartyId; row: string }[];
}

export const DOTS_TABLES: Record<"iran" | "russia" | "china", DotsTableDef> = {
  iran: {
    reporter: "iran",
    dir: "imf_dots_iran",
    file: "DOTS_95.xlsx",
    reporterName: "Iran, Islamic Rep. of",
    partners: [
      { party: "russia", row: "Russian Federation" },
      { party: "china", row: "China, P.R.: Mainland" },
      { party: "european-union", row: "European Union" },
      { party: "italy", row: "Italy" },
      { party: "france", row: "France" },
      { party: "germany", row: "Germany" },
      { party: "turkey", row: "Turkey" },
    ],
  },
  russia: {
    reporter: "russia",
    dir: PARTNER_DOTS_DIR,
    file: "DOTS_162_Russia.xlsx",
    reporterName: "Russian Federation",
    partners: [{ party: "iran", row: "Iran, Islamic Rep. of" }],
  },
  china: {
    reporter: "china",
    dir: PARTNER_DOTS_DIR,
    file: "DOTS_40_China.xlsx",
    reporterName: "China, P.R.: Mainland",
    partners: [{ party: "iran", row: "Iran, Islamic Rep. of" }],
  },
};
// Kept for the existing callers and tests: the Iran-reported table.
export const DOTS_DIR = DOTS_TABLES.iran.dir;
export const DOTS_FILE = DOTS_TABLES.iran.file;

/** Facts the partner tables' source block rests on, which their PROVENANCE.md must still state. */
export const PARTNER_DOTS_PROVENANCE = [
  "SamLeBlanc/Direction-of-Trade-Map",
  "a769819d9b25a21a362d6cabfb10f150903f834d",
  "data/DOTS/DOTS_162.xlsx",
  "data/DOTS/DOTS_40.xlsx",
  "around Feb 2022, with data to 2020",
  "They do not extend past 2020",
];

function dotsSource(def: DotsTableDef, flow: "exports" | "imports"): ExternalSource {
  const name = def.reporterName;
  return {
    publisher: "IMF",
    dataset:
      flow === "exports"
        ? `Direction of Trade Statistics, ${name} as reporter: exports (FOB) to partners`
        : `Direction of Trade Statistics, ${name} as reporter: imports (CIF) from partners`,
    vintage:
      "Early-2022 vintage, data to 2020: downloaded around February 2022 (via SamLeBlanc/Direction-of-Trade-Map, commit a769819d)",
    licence: "IMF data under the IMF's terms of use; cite IMF, Direction of Trade Statistics",
    url: "https://github.com/SamLeBlanc/Direction-of-Trade-Map",
  };
}

const DOTS_SHEETS = {
  exports: { sheet: "Exports, FOB", title: "Exports, FOB to Partner Countries" },
  imports: { sheet: "Imports, CIF", title: "Imports, CIF from Partner Countries" },
} as const;

const cellText = (cell: SheetCell | undefined): string =>
  cell === undefined ? "" : String(cell.value).trim();

/** A row's non-empty cells, by 1-based column. */
function rowCells(sheet: ExcelJS.Worksheet, row: number): Map<number, SheetCell> {
  const out = new Map<number, SheetCell>();
  sheet.getRow(row).eachCell((cell, col) => {
    const c = readCell(cell);
    if (c) out.set(col, c);
  });
  return out;
}

/** The row whose cell in column `col` reads `label` exactly; exactly one must exist. */
function findRow(sheet: ExcelJS.Worksheet, col: number, label: string, where: string): number {
  const found: number[] = [];
  sheet.eachRow((row, r) => {
    if (cellText(readCell(row.getCell(col))) === label) found.push(r);
  });
  if (found.length !== 1) {
    const letter = sheet.getColumn(col).letter;
    fail(`${where}: expected one row "${label}" in column ${letter}, found ${found.length}`);
  }
  return found[0] as number;
}

/** Maps each year to its column from a header row whose cells are years (text or number). */
function yearColumns(sheet: ExcelJS.Worksheet, row: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [col, cell] of rowCells(sheet, row)) {
    const t = cellText(cell);
    if (/^\d{4}$/.test(t)) out.set(Number(t), col);
  }
  return out;
}

/** A DOTS value: a number, or text such as "1,045.93 e" where "e" flags a DOTS estimate. */
export function parseDotsCell(
  cell: SheetCell | undefined,
  where: string,
): { value: number | null; estimated: boolean } {
  if (cell === undefined) return { value: null, estimated: false };
  if (cell.type === "number") return { value: cell.value, estimated: false };
  if (cell.type !== "string") fail(`${where}: unexpected ${cell.type} cell`);
  const text = cell.value.trim();
  if (text === "") return { value: null, estimated: false };
  const m = /^(-?[\d,]+(?:\.\d+)?)\s*(e)?$/.exec(text);
  if (!m) fail(`${where}: cannot read "${cell.value}" as a DOTS value`);
  return { value: Number((m[1] ?? "").replace(/,/g, "")), estimated: m[2] === "e" };
}

export const dotsSeriesId = (reporter: PartyId, flow: "exports" | "imports", partner: PartyId) =>
  `trade-${reporter}-${flow === "exports" ? "exports-to" : "imports-from"}-${partner}`;

/**
 * One reporter's DOTS table as series, one per kept partner and flow. The layout PROVENANCE.md
 * describes is checked first (sheet titles, reporter, unit, the year row running to 2020), so a
 * table from another reporter or vintage fails here rather than being mislabelled.
 */
export function buildDotsSeries(
  book: ExcelJS.Workbook,
  def: DotsTableDef = DOTS_TABLES.iran,
  span: { from: number; to: number } = DOTS_YEARS,
): Series[] {
  const out: Series[] = [];
  for (const [flow, { sheet: sheetName, title }] of Object.entries(DOTS_SHEETS) as [
    "exports" | "imports",
    (typeof DOTS_SHEETS)["exports" | "imports"],
  ][]) {
    const sheet = worksheet(book, sheetName, def.file);
    const where = `${def.file} › ${sheetName}`;
    const text = (ref: string) => cellText(readCell(sheet.getCell(ref)));
    if (text("B2") !== title) fail(`${where}: B2 should read "${title}"`);
    if (text("B4") !== def.reporterName) {
      fail(`${where}: B4 reads "${text("B4")}", not the reporter "${def.reporterName}"`);
    }
    if (text("B5") !== "US Dollars, Millions") {
      fail(`${where}: B5 should read "US Dollars, Millions"`);
    }
    const yearCols = yearColumns(sheet, 7);
    const lastYear = Math.max(...yearCols.keys());
    // The vintage ends in 2020; a later year means a newer download, which needs its own release.
    if (lastYear !== 2020) fail(`${where}: the year row ends in ${lastYear}, not 2020`);
    const reporterName = PARTY_NAMES[def.reporter];
    for (const { party, row: label } of def.partners) {
      const row = findRow(sheet, 2, label, where);
      const partnerName = PARTY_NAMES[party];
      const isExports = flow === "exports";
      out.push({
        id: dotsSeriesId(def.reporter, flow, party),
        label: isExports
          ? `${possessive(reporterName)} exports to ${partnerName}, as reported in ${possessive(reporterName)} DOTS table (IMF, FOB)`
          : `${possessive(reporterName)} imports from ${partnerName}, as reported in ${possessive(reporterName)} DOTS table (IMF, CIF)`,
        unit: "usd_m",
        kind: "trade-flow",
        flow,
        reporter: def.reporter,
        release: DOTS_RELEASE,
        parties: [def.reporter, party],
        sourceRow: `${def.file}, sheet "${sheetName}", row "${label}" (row ${row})`,
        source: dotsSource(def, flow),
        points: years(span.from, span.to).map((year): SeriesPoint => {
          const col = yearCols.get(year);
          // A year the sheet has no column for is a gap, not a zero.
          if (col === undefined) return { year, value: null, note: "no column for this year" };
          const cell = sheet.getCell(row, col);
          const { value, estimated } = parseDotsCell(readCell(cell), `${where} ${cell.address}`);
          if (value === null) return { year, value, note: "empty cell in the table" };
          return estimated ? { year, value, estimated: true } : { year, value };
        }),
      });
    }
  }
  return out;
}

const possessive = (name: string) => (name.endsWith("s") ? `${name}'` : `${name}'s`);

// ——— SIPRI military expenditure ———

const MILEX_SOURCE: ExternalSource = {
  publisher: "SIPRI",
  dataset: "Military Expenditure Database, 1949–2016: constant (2015) US$ m",
  vintage: "April 2017 release, © SIPRI 2017 (via jhamburg/DATS6103_Project1)",
  licence: "No licence stated by the copying repository; data © SIPRI, cite SIPRI",
  url: "https://www.sipri.org/databases/milex",
};

const MILEX_COUNTRIES: { party: PartyId; row: string }[] = [
  { party: "iran", row: "Iran" },
  { party: "russia", row: "Russian Federation" },
  { party: "saudi-arabia", row: "Saudi Arabia" },
  { party: "israel", row: "Israel" },
  { party: "turkey", row: "Turkey" },
];

/** The sheet's legend, checked below so the notes we write keep matching the file. */
const MILEX_LEGEND = {
  lastFigure: "except for the last figure, which is in US$m. at 2016 prices and exchange rates",
  colours: "Figures in blue are SIPRI estimates. Figures in red indicate highly uncertain data.",
  markers: '". ." = data unavailable. "xxx" = country did not exist or was not independent',
} as const;

/**
 * The sheet's header says its last figure is at 2016 prices; that last column is "2016 Current".
 * The "2016" column before it is at constant 2015 prices like the rest, and is the one we use.
 */
export const MILEX_2016_NOTE =
  'taken from the sheet\'s "2016" column (constant 2015 US$); SIPRI\'s note that the last figure is at 2016 prices and exchange rates refers to the separate last column, "2016 Current", not used here';
export const MILEX_ESTIMATE_NOTE = "SIPRI estimate (shown in blue in the sheet)";
export const MILEX_UNCERTAIN_NOTE = "highly uncertain (shown in red in the sheet)";

const MILEX_MARKERS: Record<string, string> = {
  ". .": 'data unavailable (". ." in the sheet)',
  xxx: 'country did not exist or was not independent ("xxx" in the sheet)',
};

/**
 * Reads SIPRI's colour legend from a cell's font (the workbook colours the figures' text; its
 * only fill is a grey one on header cells): blue is an estimate, red highly uncertain. The
 * indexed colours 12 and 10 are blue and red in the workbook's own palette too.
 */
export function milexColour(cell: ExcelJS.Cell, where: string): "blue" | "red" | null {
  // exceljs types a colour as { argb, theme } but also gives `indexed` when the file uses it.
  const c: { argb?: string; theme?: number; indexed?: number } | undefined = cell.font?.color;
  if (!c) return null;
  const argb = c.argb?.toUpperCase();
  if (argb === "FF0000FF" || c.indexed === 12) return "blue";
  if (argb === "FFFF0000" || c.indexed === 10) return "red";
  if (argb === "FF000000" || c.indexed === 8 || c.theme === 1) return null;
  return fail(
    `${where}: font colour ${JSON.stringify(c)} is not in the sheet's legend (blue, red, black); check its meaning`,
  );
}

/**
 * The Footnotes sheet opens with a legend of special-note symbols (†, ‡, §, ¶ and, from the
 * 2025 release, ‖), one per row, symbol in column A and meaning in column B, before the
 * numbered footnotes.
 */
function readSpecialNotes(book: ExcelJS.Workbook, file: string): Map<string, string> {
  const sheet = worksheet(book, "Footnotes", file);
  const out = new Map<string, string>();
  sheet.eachRow((row) => {
    const symbol = cellText(readCell(row.getCell(1)));
    const meaning = cellText(readCell(row.getCell(2)));
    if (/^[†‡§¶‖]$/.test(symbol) && meaning) out.set(symbol, meaning.replace(/\s+/g, " "));
  });
  return out;
}

/**
 * Spells out a country's notes cell ("§ 100", or "‖105" with no space in the 2026 release) so a
 * reader of sourceRow need not open the file. Anything but symbols and footnote numbers fails.
 */
function describeMilexNotes(text: string, special: Map<string, string>, where: string): string {
  if (!text) return "";
  const tokens = text.match(/\d+|\S/gu) ?? [];
  if (tokens.join("") !== text.replace(/\s+/g, "")) fail(`${where}: cannot read notes "${text}"`);
  return tokens
    .map((token) => {
      if (/^\d+$/.test(token)) return `SIPRI footnote ${token} on the Footnotes sheet`;
      const meaning = special.get(token);
      if (!meaning) fail(`${where}: unknown note "${token}" (not in the Footnotes legend)`);
      return `${token} ${meaning.charAt(0).toLowerCase()}${meaning.slice(1)}`;
    })
    .join("; ");
}

export function buildMilexSeries(book: ExcelJS.Workbook): Series[] {
  const sheet = worksheet(book, MILEX_SHEET, MILEX_FILE);
  const where = `${MILEX_FILE} › ${MILEX_SHEET}`;
  const specialNotes = readSpecialNotes(book, MILEX_FILE);
  const legend = [1, 2, 3, 4, 5].map((r) => cellText(readCell(sheet.getCell(r, 1)))).join("\n");
  for (const text of Object.values(MILEX_LEGEND)) {
    if (!legend.includes(text)) fail(`${where}: the legend no longer says "${text}"`);
  }
  const headerRow = findRow(sheet, 1, "Country", where);
  const header = rowCells(sheet, headerRow);
  const yearCols = new Map<number, number>();
  for (const [col, cell] of header) {
    // Only numeric headers are years at constant prices; "2016 Current" is text and is skipped.
    if (cell.type === "number" && Number.isInteger(cell.value)) yearCols.set(cell.value, col);
  }
  const lastCol = Math.max(...header.keys());
  if (cellText(header.get(lastCol)) !== "2016 Current") {
    fail(`${where}: the last column should be "2016 Current", so the 2016 note would be wrong`);
  }
  return MILEX_COUNTRIES.map(({ party, row: label }) => {
    const row = findRow(sheet, 1, label, where);
    const rowNotes = describeMilexNotes(
      cellText(readCell(sheet.getCell(row, 3))),
      specialNotes,
      where,
    );
    return {
      id: `milex-${party}`,
      label: `Military expenditure of ${PARTY_NAMES[party]} (SIPRI April 2017 release, constant 2015 US$)`,
      unit: "usd_m_constant_2015",
      kind: "milex",
      release: "sipri-milex-2017",
      parties: [party],
      sourceRow: `${MILEX_FILE}, sheet "${MILEX_SHEET}", row "${label}" (row ${row}${rowNotes ? `; ${rowNotes}` : ""})`,
      source: MILEX_SOURCE,
      points: years(MILEX_YEARS.from, MILEX_YEARS.to).map((year): SeriesPoint => {
        const col = yearCols.get(year);
        if (col === undefined) fail(`${where}: no ${year} column`);
        const raw = sheet.getCell(row, col);
        const ref = raw.address;
        const cell = readCell(raw);
        const notes: string[] = [];
        let value: number | null = null;
        let estimated = false;
        if (cell === undefined) {
          notes.push("empty cell in the sheet");
        } else if (cell.type === "number") {
          value = cell.value;
          const colour = milexColour(raw, `${where} ${ref}`);
          if (colour === "blue") {
            estimated = true;
            notes.push(MILEX_ESTIMATE_NOTE);
          } else if (colour === "red") {
            notes.push(MILEX_UNCERTAIN_NOTE);
          }
        } else {
          const marker = MILEX_MARKERS[cellText(cell)];
          if (!marker) fail(`${where} ${ref}: cannot read "${cellText(cell)}" as expenditure`);
          notes.push(marker);
        }
        if (year === 2016) notes.push(MILEX_2016_NOTE);
        return {
          year,
          value,
          ...(estimated ? { estimated: true } : {}),
          ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
        };
      }),
    };
  });
}

// ——— SIPRI military expenditure: the 2025 and 2026 releases ———

/**
 * The two later releases, each kept as its own series at its own price basis. SIPRI rebases
 * every release and revises past years, so a figure from one release is never joined to, or
 * drawn on one axis with, a figure from another (PROVENANCE.md: "Never splice releases").
 */
export interface MilexReleaseDef {
  release: Exclude<MilexRelease, "sipri-milex-2017">;
  dir: string;
  file: string;
  sheet: string;
  /** Row 1 of the sheet, up to the copyright notice. */
  title: string;
  /** The copyright notice that ends row 1; it dates the sheet. */
  copyright: string;
  /** Row 2: the price basis, which must agree with `unit`. */
  unitNote: string;
  /** Row 4: the sheet's markers for missing data. */
  markersLegend: string;
  /** The last year the sheet has, and the last column of its header row. */
  lastYear: number;
  years: { from: number; to: number };
  unit: SeriesUnit;
  /** "constant 2023 US$", for labels. */
  priceBase: string;
  /** Where the series ids and labels name the release. */
  idSuffix: string;
  labelRelease: string;
  source: ExternalSource;
  /** Facts the folder's PROVENANCE.md must still state for `source` to be right. */
  provenance: string[];
}

/** Same legend wording in both later workbooks, checked against each (row 3). */
export const MILEX_COLOUR_LEGEND =
  "Figures in blue are SIPRI estimates. Figures in red indicate highly uncertain data.";

export const MILEX_2025_DIR = "sipri_milex_1949_2024_release2025";
export const MILEX_2026_DIR = "sipri_milex_1949_2025_release2026";

// Both later releases cover the same years as the 2017 chart and then run to their own last
// year. Each stays on its own chart: its price basis and revisions make it a different series.
export const MILEX_RELEASE_FROM = 2005;

export const MILEX_RELEASES_DEFS: Record<MilexReleaseDef["release"], MilexReleaseDef> = {
  "sipri-milex-2025": {
    release: "sipri-milex-2025",
    dir: MILEX_2025_DIR,
    file: "SIPRI-Milex-data-1949-2024_2.xlsx",
    sheet: "Constant (2023) US$",
    title: "Military expenditure by country, in constant (2023) US$ m., 1949-2024",
    copyright: "© SIPRI 2024",
    unitNote: "Figures are in US $m., at constant 2023 prices and exchange rates",
    markersLegend:
      '". ." = data unavailable. "xxx" = country did not exist or was not independent during all or part of the year in question.',
    lastYear: 2024,
    years: { from: MILEX_RELEASE_FROM, to: 2024 },
    unit: "usd_m_constant_2023",
    priceBase: "constant 2023 US$",
    idSuffix: "2025-release",
    labelRelease: "SIPRI April 2025 release",
    source: {
      publisher: "SIPRI",
      dataset:
        'Military Expenditure Database, 1949–2024: "Military expenditure by country, in constant (2023) US$ m." (sheet "Constant (2023) US$")',
      vintage:
        "April 2025 release, file SIPRI-Milex-data-1949-2024_2.xlsx; the sheet note reads © SIPRI 2024 (via podsv-fs26-ad24/ad24-6-fancyproject)",
      licence:
        "The copying repository's CC BY-SA 4.0 covers its own work, not the data; data © SIPRI, cite SIPRI",
      url: "https://www.sipri.org/databases/milex",
    },
    provenance: [
      "April-2025 release",
      "podsv-fs26-ad24/ad24-6-fancyproject",
      "SIPRI-Milex-data-1949-2024_2.xlsx",
      "CC BY-SA 4.0",
      "constant 2023 US$ m",
    ],
  },
  "sipri-milex-2026": {
    release: "sipri-milex-2026",
    dir: MILEX_2026_DIR,
    file: "SIPRI-Milex-data-1949-2025_v1.2.xlsx",
    sheet: "Constant (2024) US$",
    title: "Military expenditure by country, in constant (2024) US$ m., 1949–2025",
    copyright: "© SIPRI 2026",
    unitNote: "Figures are in US $m., at constant 2024 prices and exchange rates.",
    markersLegend:
      '"..." = data unavailable. "xxx" = country did not exist or was not independent during all or part of the year in question.',
    lastYear: 2025,
    years: { from: MILEX_RELEASE_FROM, to: 2025 },
    unit: "usd_m_constant_2024",
    priceBase: "constant 2024 US$",
    idSuffix: "2026-release",
    labelRelease: "SIPRI 2026 release v1.2",
    source: {
      publisher: "SIPRI",
      dataset:
        'Military Expenditure Database, 1949–2025: "Military expenditure by country, in constant (2024) US$ m." (sheet "Constant (2024) US$")',
      vintage:
        "2026 release, version 1.2, file SIPRI-Milex-data-1949-2025_v1.2.xlsx, © SIPRI 2026 (via studioatable/geopolitique-dashboard, data/raw/sipri-milex-latest.xlsx)",
      licence:
        "The copying repository's PolyForm Noncommercial 1.0.0 licence covers its code, not the data; data © SIPRI, cite SIPRI and follow SIPRI's terms",
      url: "https://www.sipri.org/sites/default/files/SIPRI-Milex-data-1949-2025_v1.2.xlsx",
    },
    provenance: [
      "2026 release v1.2",
      "studioatable/geopolitique-dashboard",
      "SIPRI-Milex-data-1949-2025_v1.2.xlsx",
      "PolyForm Noncommercial 1.0.0",
      "constant 2024 US$ m",
    ],
  },
};

/** The later sheets name Russia and Türkiye differently from the 2017 sheet; party ids stay. */
const MILEX_RELEASE_COUNTRIES: { party: PartyId; row: string }[] = [
  { party: "iran", row: "Iran" },
  { party: "russia", row: "Russia" },
  { party: "saudi-arabia", row: "Saudi Arabia" },
  { party: "israel", row: "Israel" },
  { party: "turkey", row: "Türkiye" },
];

/**
 * The later sheets' text markers. The 2025 release's legend writes ". ." but its cells read
 * "..." (the 2026 legend writes "..."), so both spellings mean "data unavailable"; each note
 * quotes the cell as the sheet has it.
 */
const MILEX_RELEASE_MARKERS: Record<string, string> = {
  "...": 'data unavailable ("..." in the sheet)',
  ". .": 'data unavailable (". ." in the sheet)',
  xxx: 'country did not exist or was not independent ("xxx" in the sheet)',
};

export const milexReleaseSeriesId = (def: MilexReleaseDef, party: PartyId) =>
  `milex-${party}-${def.idSuffix}`;

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

export function buildMilexReleaseSeries(book: ExcelJS.Workbook, def: MilexReleaseDef): Series[] {
  if (MILEX_RELEASE_UNITS[def.release] !== def.unit) {
    fail(`${def.release}: unit ${def.unit} is not the release's price basis`);
  }
  // The unit we write must be the price basis the sheet's own title and note state.
  const base = /^usd_m_constant_(\d{4})$/.exec(def.unit)?.[1];
  if (!base || !def.title.includes(`constant (${base}) US$ m.`)) {
    fail(`${def.release}: unit ${def.unit} does not match the sheet title "${def.title}"`);
  }
  if (!def.unitNote.includes(`constant ${base} prices`)) {
    fail(`${def.release}: unit ${def.unit} does not match the sheet note "${def.unitNote}"`);
  }
  const sheet = worksheet(book, def.sheet, def.file);
  const where = `${def.file} › ${def.sheet}`;
  const specialNotes = readSpecialNotes(book, def.file);
  const text = (r: number, c: number) => cellText(readCell(sheet.getCell(r, c)));

  // The header block: title with its copyright, price basis, colour legend, markers.
  const title = collapse(text(1, 1));
  if (title !== `${def.title} ${def.copyright}`) {
    fail(`${where}: A1 reads "${title}", not "${def.title} ${def.copyright}"`);
  }
  if (text(2, 1) !== def.unitNote) fail(`${where}: A2 should read "${def.unitNote}"`);
  if (text(3, 1) !== MILEX_COLOUR_LEGEND) {
    fail(`${where}: A3 should read "${MILEX_COLOUR_LEGEND}", so the colour flags would be wrong`);
  }
  if (text(4, 1) !== def.markersLegend) fail(`${where}: A4 should read "${def.markersLegend}"`);

  // Row 6: "Country", an empty B, "Notes", then every year from 1949 to the last, and nothing
  // after it (no "Current" column as in the 2017 sheet).
  const headerRow = findRow(sheet, 1, "Country", where);
  if (headerRow !== 6) fail(`${where}: the header row is ${headerRow}, not 6`);
  if (text(6, 3) !== "Notes") fail(`${where}: C6 should read "Notes"`);
  const yearCols = new Map<number, number>();
  for (const [col, cell] of rowCells(sheet, headerRow)) {
    if (col <= 3) continue;
    if (cell.type !== "number" || !Number.isInteger(cell.value)) {
      fail(
        `${where}: header cell ${sheet.getColumn(col).letter}6 "${cellText(cell)}" is not a year`,
      );
    }
    if (cell.value !== 1949 + col - 4) {
      fail(
        `${where}: header column ${sheet.getColumn(col).letter} is ${cell.value}, not ${1949 + col - 4}`,
      );
    }
    yearCols.set(cell.value, col);
  }
  const lastYear = Math.max(...yearCols.keys());
  if (lastYear !== def.lastYear)
    fail(`${where}: the last year is ${lastYear}, not ${def.lastYear}`);

  return MILEX_RELEASE_COUNTRIES.map(({ party, row: label }): Series => {
    const row = findRow(sheet, 1, label, where);
    const rowNotes = describeMilexNotes(text(row, 3), specialNotes, where);
    return {
      id: milexReleaseSeriesId(def, party),
      label: `Military expenditure of ${PARTY_NAMES[party]} (${def.labelRelease}, ${def.priceBase})`,
      unit: def.unit,
      kind: "milex",
      release: def.release,
      parties: [party],
      sourceRow: `${def.file}, sheet "${def.sheet}", row "${label}" (row ${row}${rowNotes ? `; ${rowNotes}` : ""})`,
      source: def.source,
      points: years(def.years.from, def.years.to).map((year): SeriesPoint => {
        const col = yearCols.get(year);
        if (col === undefined) fail(`${where}: no ${year} column`);
        const raw = sheet.getCell(row, col);
        const ref = raw.address;
        const cell = readCell(raw);
        if (cell === undefined) return { year, value: null, note: "empty cell in the sheet" };
        if (cell.type === "number") {
          const colour = milexColour(raw, `${where} ${ref}`);
          if (colour === "blue") {
            return { year, value: cell.value, estimated: true, note: MILEX_ESTIMATE_NOTE };
          }
          if (colour === "red") return { year, value: cell.value, note: MILEX_UNCERTAIN_NOTE };
          return { year, value: cell.value };
        }
        const marker = MILEX_RELEASE_MARKERS[cellText(cell)];
        if (cell.type !== "string" || !marker) {
          fail(`${where} ${ref}: cannot read "${cellText(cell)}" as expenditure`);
        }
        return { year, value: null, note: marker };
      }),
    };
  });
}

// ——— SIPRI trade register, March 2024 release: the flow both ways, 2000–2023 ———

/**
 * SIPRI's trade register as exported on 3 January 2025 from the March 2024 release: one row per
 * deal and delivery year, all suppliers to all recipients. Unlike the supplier tables above it
 * is not rounded per cell, so a year's TIV is the exact sum of its delivery rows. It is a
 * different release from the 2022 tables, so its series carry their own release and are never
 * charted with those (PROVENANCE.md: 2000–2003 differ between the two).
 */
export const REGISTER_DIR = "sipri_at_register_2024release_per_delivery_year";
export const REGISTER_FILE = "trade_2023.csv";
export const REGISTER_RELEASE: TivRelease = "sipri-at-2024";
export const REGISTER_YEARS = { from: 2000, to: 2023 } as const;

/**
 * The 11 preamble lines, compared with runs of spaces collapsed (line 1 has a double space and a
 * trailing one). Line 1 is the query, which is what lets a missing row count as "no delivery";
 * line 4 the unit; line 11 the generation stamp, which dates the vintage.
 */
export const REGISTER_PREAMBLE = [
  "Transfers of major conventional arms from All countries to All countries . Deals with deliveries or orders made for year range '2000' to '2030'",
  "A '?' in a column indicates uncertain data. The 'Number delivered' and the 'Year(s) of deliveries' refer only to deliveries in the selected year(s).",
  "An empty field for 'Number ordered' indicates that data is not yet available.",
  "SIPRI trend-indicator values (TIVs) are in millions.",
  "An empty field for 'SIPRI TIV for total order' indicates that data (on the number ordered and/or the TIV per unit) is not available.",
  "A '0' for 'SIPRI TIV of delivered weapons' indicates that the volume of deliveries is between 0 and 0.5 million SIPRI TIV; and an empty field indicates that no deliveries have been identified.",
  "Figures may not add up to stated totals due to the conventions of rounding.",
  "For the method used for the SIPRI TIV and explanations of the conventions; abbreviations and acronyms see <https://www.sipri.org/databases/armstransfers/sources-and-methods>.",
  "",
  "Source: SIPRI Arms Transfers Database (c) SIPRI.",
  "Data generated: 3 Jan 2025 9:16:02 PM",
] as const;

/** The delivery years the query covers (preamble line 1). */
const REGISTER_QUERY_YEARS = { from: 2000, to: 2030 } as const;

export const REGISTER_HEADER = [
  "SIPRI AT Database ID",
  "Supplier",
  "Recipient",
  "Designation",
  "Description",
  "Armament category",
  "Order date",
  "Order date is estimate",
  "Numbers delivered",
  "Numbers delivered is estimate",
  "Delivery year",
  "Delivery year is estimate",
  "Status",
  "SIPRI estimate",
  "TIV deal unit",
  "TIV delivery values",
  "Local production",
] as const;

type RegisterColumn = (typeof REGISTER_HEADER)[number];
const col = (name: RegisterColumn): number => REGISTER_HEADER.indexOf(name);

/**
 * The values the three "is estimate" columns hold. A blank is not "No": the register leaves the
 * flag unstated in one row (a UK deal with the Philippines). It is read, but a row whose delivery
 * flags are blank may not be summed into a series, since its year could not be marked.
 */
const ESTIMATE_FLAGS = ["Yes", "No", ""] as const;
type EstimateFlag = (typeof ESTIMATE_FLAGS)[number];
const ESTIMATE_COLUMNS = [
  "Order date is estimate",
  "Numbers delivered is estimate",
  "Delivery year is estimate",
] as const satisfies readonly RegisterColumn[];

export const REGISTER_ESTIMATE_NOTE =
  'includes at least one delivery whose year or number SIPRI marks as estimated ("Delivery year is estimate" or "Numbers delivered is estimate" = Yes)';

export interface RegisterRow {
  /** 1-based line in the CSV file. */
  line: number;
  supplier: string;
  recipient: string;
  deliveryYear: number;
  /** TIV delivery values exactly as the file writes them, e.g. "38.7". */
  tiv: string;
  numbersDeliveredIsEstimate: EstimateFlag;
  deliveryYearIsEstimate: EstimateFlag;
}

export interface Register {
  file: string;
  /** From the "Data generated: …" line. */
  generated: string;
  /** The last delivery year any row has. */
  lastDeliveryYear: number;
  rows: RegisterRow[];
}

const collapseSpaces = (text: string) => text.replace(/\s+/g, " ").trim();

/** Reads the register, checking every line of its layout; anything unexpected fails, named. */
export function parseRegister(rows: string[][], file: string): Register {
  const n = REGISTER_PREAMBLE.length;
  REGISTER_PREAMBLE.forEach((expected, i) => {
    const r = rows[i] ?? [];
    const text = collapseSpaces(r.join(","));
    if (r.length !== 1 || text !== expected) {
      fail(`${file}: preamble line ${i + 1} reads "${text}", not "${expected}"`);
    }
  });
  const header = rows[n] ?? [];
  if (header.length !== REGISTER_HEADER.length) {
    fail(`${file}: line ${n + 1} has ${header.length} columns, the header should have 17`);
  }
  REGISTER_HEADER.forEach((name, i) => {
    if (header[i] !== name)
      fail(`${file}: header column ${i + 1} is "${header[i]}", not "${name}"`);
  });
  const generated = (REGISTER_PREAMBLE[n - 1] ?? "").replace(/^Data generated: /, "");

  const body = rows.slice(n + 1).map((r, i): RegisterRow => {
    const line = n + 2 + i;
    if (r.length !== REGISTER_HEADER.length) {
      fail(`${file}: line ${line} has ${r.length} columns, not ${REGISTER_HEADER.length}`);
    }
    const at = (name: RegisterColumn) => (r[col(name)] ?? "").trim();
    if (!/^\d+$/.test(at("SIPRI AT Database ID"))) fail(`${file}: line ${line} has no deal id`);
    if (at("Supplier") === "" || at("Recipient") === "") {
      fail(`${file}: line ${line} has no supplier or no recipient`);
    }
    const flags = ESTIMATE_COLUMNS.map((name) => {
      const v = at(name);
      if (!(ESTIMATE_FLAGS as readonly string[]).includes(v)) {
        fail(`${file}: line ${line}, "${name}" is "${v}", not Yes, No or blank`);
      }
      return v as EstimateFlag;
    });
    const year = at("Delivery year");
    if (!/^\d{4}$/.test(year)) fail(`${file}: line ${line}, delivery year "${year}" is not a year`);
    const deliveryYear = Number(year);
    if (deliveryYear < REGISTER_QUERY_YEARS.from || deliveryYear > REGISTER_QUERY_YEARS.to) {
      fail(`${file}: line ${line}, delivery year ${deliveryYear} is outside the query's years`);
    }
    const tiv = at("TIV delivery values");
    if (!/^\d+(\.\d+)?$/.test(tiv)) {
      fail(`${file}: line ${line}, TIV delivery value "${tiv}" is not a number`);
    }
    const local = at("Local production");
    if (local !== "Yes" && local !== "No") {
      fail(`${file}: line ${line}, "Local production" is "${local}", not Yes or No`);
    }
    return {
      line,
      supplier: at("Supplier"),
      recipient: at("Recipient"),
      deliveryYear,
      tiv,
      numbersDeliveredIsEstimate: flags[1] ?? "",
      deliveryYearIsEstimate: flags[2] ?? "",
    };
  });
  if (body.length === 0) fail(`${file}: no delivery rows after the header`);
  return {
    file,
    generated,
    lastDeliveryYear: Math.max(...body.map((r) => r.deliveryYear)),
    rows: body,
  };
}

export function readRegister(dir: string): Register {
  return parseRegister(readCsvFile(path.join(dir, REGISTER_DIR, REGISTER_FILE)), REGISTER_FILE);
}

/**
 * Sums decimal strings exactly: each is scaled to an integer count of its finest decimal place
 * (the file has at most two), summed, and divided once, so 0.1 + 0.2 gives 0.3 and never
 * 0.30000000000000004. Nothing is rounded beyond the file's own precision.
 */
export function sumDecimals(values: readonly string[]): number {
  const places = Math.max(0, ...values.map((v) => v.split(".")[1]?.length ?? 0));
  const scaled = values.reduce((acc, v) => {
    const [whole = "", frac = ""] = v.split(".");
    return acc + BigInt(whole + frac.padEnd(places, "0"));
  }, 0n);
  return Number(scaled) / 10 ** places;
}

const REGISTER_SERIES: { supplier: PartyId; recipient: PartyId }[] = [
  { supplier: "russia", recipient: "iran" },
  { supplier: "iran", recipient: "russia" },
  { supplier: "china", recipient: "iran" },
];

export const REGISTER_SOURCE: ExternalSource = {
  publisher: "SIPRI",
  dataset:
    "Arms Transfers Database, trade register (one row per deal and delivery year), all suppliers to all recipients, deliveries 2000–2023",
  vintage:
    "March 2024 release (deliveries to 2023), data generated 3 Jan 2025 (via lucacasu/Global-Arms-Trade, russia_trade_decline/trade_2023.csv, commit 827ee354)",
  licence: "No licence stated by the copying repository; data © SIPRI, cite SIPRI",
  url: "https://github.com/lucacasu/Global-Arms-Trade/blob/827ee354f2632934432920c5a625b9a64dd77b02/russia_trade_decline/trade_2023.csv",
};

/** Facts REGISTER_SOURCE rests on, which the folder's PROVENANCE.md must still state. */
export const REGISTER_PROVENANCE = [
  "Data generated: 3 Jan 2025 9:16:02 PM",
  "lucacasu/Global-Arms-Trade",
  "russia_trade_decline/trade_2023.csv",
  "827ee354f2632934432920c5a625b9a64dd77b02",
  "no LICENSE file",
  "the March 2024 release",
  "Deliveries run to 2023",
];

export const registerSeriesId = (supplier: PartyId, recipient: PartyId) =>
  `tiv-${supplier}-to-${recipient}-2024-release`;

/**
 * One year of a register summed from its delivery rows, as exact decimals. A year with no row is
 * 0 (the caller has checked the register covers the year); a blank estimate flag or a TIV of "0"
 * (SIPRI's mark for under 0.5m, which summed in would hide a delivery) fails the import. The year
 * is an estimate if any row in it has an uncertain number or delivery year.
 */
function registerYearPoint(
  rows: readonly RegisterRow[],
  year: number,
  file: string,
  where: string,
): SeriesPoint {
  const inYear = rows.filter((r) => r.deliveryYear === year);
  if (inYear.length === 0) return { year, value: 0 };
  for (const r of inYear) {
    if (r.numbersDeliveredIsEstimate === "" || r.deliveryYearIsEstimate === "") {
      fail(`${file}: line ${r.line} (${where}) leaves an estimate flag blank`);
    }
    if (Number(r.tiv) === 0) fail(`${file}: line ${r.line} has a TIV of "0" (under 0.5m)`);
  }
  const value = sumDecimals(inYear.map((r) => r.tiv));
  const estimated = inYear.some(
    (r) => r.numbersDeliveredIsEstimate === "Yes" || r.deliveryYearIsEstimate === "Yes",
  );
  return estimated
    ? { year, value, estimated: true, note: REGISTER_ESTIMATE_NOTE }
    : { year, value };
}

export function buildRegisterSeries(register: Register): Series[] {
  const { file } = register;
  // The register lists deliveries, so a year without a row for a pair is a year with no
  // recorded delivery: SIPRI's own tables print that as an empty cell, which the supplier-table
  // import above reads as 0. That holds only for years the query covers and the release reaches.
  if (register.lastDeliveryYear !== REGISTER_YEARS.to) {
    fail(`${file}: deliveries run to ${register.lastDeliveryYear}, not ${REGISTER_YEARS.to}`);
  }
  const allYears = years(REGISTER_YEARS.from, REGISTER_YEARS.to);
  for (const year of allYears) {
    if (!register.rows.some((r) => r.deliveryYear === year)) {
      fail(`${file}: no delivery at all in ${year}, so a missing row cannot be read as zero`);
    }
  }
  return REGISTER_SERIES.map(({ supplier, recipient }): Series => {
    const from = PARTY_NAMES[supplier];
    const to = PARTY_NAMES[recipient];
    const rows = register.rows.filter((r) => r.supplier === from && r.recipient === to);
    if (rows.length === 0) fail(`${file}: no rows with Supplier "${from}", Recipient "${to}"`);
    const points = allYears.map((year) =>
      registerYearPoint(rows, year, file, `${from} to ${to}, ${year}`),
    );
    const lines = rows.map((r) => r.line);
    return {
      id: registerSeriesId(supplier, recipient),
      label: `Arms deliveries from ${from} to ${to} (SIPRI TIV, March 2024 release)`,
      unit: "tiv_m",
      kind: "tiv",
      release: REGISTER_RELEASE,
      parties: [supplier, recipient],
      sourceRow: `${file}, the ${rows.length} rows with Supplier "${from}" and Recipient "${to}" (lines ${Math.min(...lines)}–${Math.max(...lines)}), "TIV delivery values" summed by "Delivery year"`,
      source: REGISTER_SOURCE,
      points,
    };
  });
}

// ——— SIPRI deal-level trade registers (2025 and 2026 releases) ———

/**
 * The full trade register, one row per deal (not per year): 2025 release generated 13 March 2025
 * (deliveries to 2024) and 2026 release generated 18 May 2026 (deliveries to 2025). Only the
 * Russia→Iran and Iran→Russia deals are kept, but every row of the file is read and its layout
 * checked, so a changed export fails here. The files are Windows-1252 (ü, ä in names).
 */
export interface DealRegisterDef {
  release: ArmsRegisterRelease;
  dir: string;
  file: string;
  generated: string;
  deliveriesTo: number;
  source: ExternalSource;
  /** Facts the source block rests on, which PROVENANCE.md must still state. */
  provenance: string[];
}

export const DEAL_REGISTER_FILE = "trade-register.csv";

export const DEAL_REGISTERS: Record<ArmsRegisterRelease, DealRegisterDef> = {
  "sipri-at-2025": {
    release: "sipri-at-2025",
    dir: "sipri_at_register_2025release",
    file: DEAL_REGISTER_FILE,
    generated: "13 Mar 2025 10:02:49 AM",
    deliveriesTo: 2024,
    source: {
      publisher: "SIPRI",
      dataset:
        "Arms Transfers Database, trade register (one row per deal), all suppliers to all recipients",
      vintage:
        "2025 release (deliveries to 2024), data generated 13 Mar 2025 (via ColasDroin/SIPRI_arms_transfers_analysis, trade-register.csv, commit 3439ef7d)",
      licence: "No licence stated by the copying repository; data © SIPRI, cite SIPRI",
      url: "https://github.com/ColasDroin/SIPRI_arms_transfers_analysis/blob/3439ef7d225f26de4a273cb08b051e51c8081eb9/trade-register.csv",
    },
    provenance: [
      "Data generated: 13 Mar 2025 10:02:49 AM",
      "ColasDroin/SIPRI_arms_transfers_analysis",
      "3439ef7d225f26de4a273cb08b051e51c8081eb9",
      "no LICENSE file",
      "deliveries run to 2024",
    ],
  },
  "sipri-at-2026": {
    release: "sipri-at-2026",
    dir: "sipri_at_register_2026release",
    file: DEAL_REGISTER_FILE,
    generated: "18 May 2026 2:29:20 PM",
    deliveriesTo: 2025,
    source: {
      publisher: "SIPRI",
      dataset:
        "Arms Transfers Database, trade register (one row per deal), all suppliers to all recipients",
      vintage:
        "2026 release (deliveries to 2025), data generated 18 May 2026 (via alexarui/network-analysis, trade-register.csv, commit fefe838f)",
      licence: "No licence stated by the copying repository; data © SIPRI, cite SIPRI",
      url: "https://github.com/alexarui/network-analysis/blob/fefe838f1a43f1128abf8fbee110b40063868bda/trade-register.csv",
    },
    provenance: [
      "Data generated: 18 May 2026 2:29:20 PM",
      "alexarui/network-analysis",
      "fefe838f1a43f1128abf8fbee110b40063868bda",
      "no LICENSE file",
      "Deliveries run to 2025",
    ],
  },
};

/** The ten preamble lines before the stamp, compared with runs of spaces collapsed. */
export const DEAL_REGISTER_PREAMBLE = [
  "Transfers of major conventional arms from All countries to All countries . Deals with deliveries made for the year range 'Not specified' to 'Not specified'",
  "A '?' in a column indicates uncertain data. The 'Number delivered' and the 'Year(s) of deliveries' refer only to deliveries in the selected year(s).",
  "An empty field for 'Number ordered' indicates that data is not yet available.",
  "SIPRI trend-indicator values (TIVs) are in millions.",
  "An empty field for 'SIPRI TIV for total order' indicates that data (on the number ordered and/or the TIV per unit) is not available.",
  "A '0' for 'SIPRI TIV of delivered weapons' indicates that the volume of deliveries is between 0 and 0.5 million SIPRI TIV; and an empty field indicates that no deliveries have been identified.",
  "Figures may not add up to stated totals due to the conventions of rounding.",
  "For the method used for the SIPRI TIV and explanations of the conventions; abbreviations and acronyms see <https://www.sipri.org/databases/armstransfers/sources-and-methods>.",
  "",
  "Source: SIPRI Arms Transfers Database (c) SIPRI.",
] as const;

/** The header as the file has it: the three blank-named columns hold SIPRI's "?" marks. */
export const DEAL_REGISTER_HEADER = [
  "Recipient",
  "Supplier",
  "Year of order",
  " ",
  "Number ordered",
  " ",
  "Weapon designation",
  "Weapon description",
  "Number delivered",
  " ",
  "Year(s) of delivery",
  "status",
  "Comments",
  "SIPRI TIV per unit",
  "SIPRI TIV for total order",
  "SIPRI TIV of delivered weapons",
] as const;

const DEAL_STATUSES = ["New", "Second hand", "Second hand but modernized"];

/** The pairs kept: Russia's deals with Iran both ways (Soviet-era orders are listed apart). */
const DEAL_PAIRS: { supplier: PartyId; recipient: PartyId }[] = [
  { supplier: "russia", recipient: "iran" },
  { supplier: "iran", recipient: "russia" },
];

const uncertainMark = (raw: string, where: string): boolean => {
  if (raw !== "?" && raw !== "")
    fail(`${where}: uncertainty mark "${raw}" is neither "?" nor empty`);
  return raw === "?";
};

const wholeOrEmpty = (raw: string, where: string): number | null => {
  if (raw === "") return null;
  if (!/^\d+$/.test(raw)) fail(`${where}: "${raw}" is not a whole number`);
  return Number(raw);
};

const decimalOrEmpty = (raw: string, where: string): number | null => {
  if (raw === "") return null;
  if (!/^\d+(\.\d+)?$/.test(raw)) fail(`${where}: "${raw}" is not a TIV number`);
  return Number(raw);
};

/**
 * A register's own arithmetic: TIV delivered is the number delivered times the TIV per unit,
 * and the order's TIV the number ordered times it, to SIPRI's rounding. A row that misses by
 * more was misread (a shifted column) or changed meaning, and fails.
 */
function checkDealTotals(d: ArmsDeal, where: string): void {
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.5 + 0.005 * Math.max(a, b);
  if (d.tivDelivered !== null && !near(d.numberDelivered * d.tivPerUnit, d.tivDelivered)) {
    fail(
      `${where}: ${d.numberDelivered} delivered × ${d.tivPerUnit} TIV is not the ${d.tivDelivered} TIV delivered`,
    );
  }
  if (d.numberOrdered !== null && d.tivOrder !== null) {
    if (!near(d.numberOrdered * d.tivPerUnit, d.tivOrder)) {
      fail(
        `${where}: ${d.numberOrdered} ordered × ${d.tivPerUnit} TIV is not the order's ${d.tivOrder} TIV`,
      );
    }
  }
}

export interface ParsedDealRegister {
  generated: string;
  /** Data rows read (the whole file), for the tests' layout checks. */
  rowCount: number;
  lastDeliveryYear: number;
  deals: ArmsDeal[];
}

/** Reads a deal-level register, checking every line of its layout; keeps Russia↔Iran deals. */
export function parseDealRegister(rows: string[][], file: string): ParsedDealRegister {
  const n = DEAL_REGISTER_PREAMBLE.length;
  DEAL_REGISTER_PREAMBLE.forEach((expected, i) => {
    const text = collapseSpaces((rows[i] ?? []).join(","));
    if (text !== expected)
      fail(`${file}: preamble line ${i + 1} reads "${text}", not "${expected}"`);
  });
  const stamp = (rows[n] ?? []).join(",");
  const stampMatch = /^Data generated: (.+)$/.exec(stamp.trim());
  if (!stampMatch) fail(`${file}: line ${n + 1} is not the "Data generated: …" stamp`);
  const header = rows[n + 1] ?? [];
  if (header.length !== DEAL_REGISTER_HEADER.length) {
    fail(`${file}: line ${n + 2} has ${header.length} columns, the header should have 16`);
  }
  DEAL_REGISTER_HEADER.forEach((name, i) => {
    if (header[i] !== name)
      fail(`${file}: header column ${i + 1} is "${header[i]}", not "${name}"`);
  });
  const partyOf = (name: string) => partyByName.get(name);
  const deals: ArmsDeal[] = [];
  let rowCount = 0;
  let lastDeliveryYear = 0;
  const body = rows.slice(n + 2);
  body.forEach((raw, i) => {
    const line = n + 3 + i;
    if (raw.every((c) => c.trim() === "")) return;
    // The 2025 export breaks four comments over two lines without quoting them: a 13-field line
    // (the comment's first part) then a 4-field line (its rest and the three TIV cells). Only
    // that exact shape is rejoined; the second line is then skipped.
    const prev = body[i - 1] ?? [];
    if (raw.length === 4 && prev.length === 13) return;
    const next = body[i + 1] ?? [];
    const r =
      raw.length === 13 && next.length === 4
        ? [...raw.slice(0, 12), [raw[12], next[0]].filter(Boolean).join(" "), ...next.slice(1)]
        : raw;
    if (r.length !== DEAL_REGISTER_HEADER.length) {
      fail(`${file}: line ${line} has ${r.length} columns, not ${DEAL_REGISTER_HEADER.length}`);
    }
    rowCount += 1;
    const cell = (k: number) => (r[k] ?? "").trim();
    const where = `${file}: line ${line}`;
    const status = cell(11);
    if (!DEAL_STATUSES.includes(status)) fail(`${where}: status "${status}" is not one SIPRI uses`);
    const years =
      cell(10) === ""
        ? []
        : cell(10)
            .split(";")
            .map((y) => y.trim());
    for (const y of years) {
      if (!/^\d{4}$/.test(y)) fail(`${where}: delivery year "${y}" is not a year`);
      lastDeliveryYear = Math.max(lastDeliveryYear, Number(y));
    }
    const supplier = partyOf(cell(1));
    const recipient = partyOf(cell(0));
    if (!DEAL_PAIRS.some((p) => p.supplier === supplier && p.recipient === recipient)) return;
    if (!supplier || !recipient) return;
    const orderYear = cell(2);
    if (!/^\d{4}$/.test(orderYear)) fail(`${where}: year of order "${orderYear}" is not a year`);
    const delivered = wholeOrEmpty(cell(8), `${where} (number delivered)`);
    if (delivered === null) fail(`${where}: the number delivered is empty`);
    const unit = decimalOrEmpty(cell(13), `${where} (TIV per unit)`);
    if (unit === null) fail(`${where}: the TIV per unit is empty`);
    const deal: ArmsDeal = {
      line,
      supplier,
      recipient,
      designation: cell(6),
      description: cell(7),
      orderYear: Number(orderYear),
      orderYearUncertain: uncertainMark(cell(3), `${where} (year of order)`),
      numberOrdered: wholeOrEmpty(cell(4), `${where} (number ordered)`),
      numberOrderedUncertain: uncertainMark(cell(5), `${where} (number ordered)`),
      numberDelivered: delivered,
      numberDeliveredUncertain: uncertainMark(cell(9), `${where} (number delivered)`),
      deliveryYears: years.map(Number),
      status,
      comments: cell(12) === "" ? null : cell(12),
      tivPerUnit: unit,
      tivOrder: decimalOrEmpty(cell(14), `${where} (TIV for total order)`),
      tivDelivered: decimalOrEmpty(cell(15), `${where} (TIV of delivered weapons)`),
    };
    if (deal.designation === "" || deal.description === "") {
      fail(`${where}: the weapon has no designation or no description`);
    }
    checkDealTotals(deal, where);
    deals.push(deal);
  });
  if (deals.length === 0) fail(`${file}: no Russia↔Iran deals`);
  return { generated: stampMatch[1] ?? "", rowCount, lastDeliveryYear, deals };
}

export function readDealRegister(dir: string, def: DealRegisterDef): ArmsRegister {
  const file = path.join(dir, def.dir, def.file);
  // Windows-1252: read as latin1 so "Curaçao" and "Türkiye" do not turn into replacement marks.
  const rows = parseCsvText(readFileSync(file, "latin1"), `${def.dir}/${def.file}`);
  const parsed = parseDealRegister(rows, `${def.dir}/${def.file}`);
  if (parsed.generated !== def.generated) {
    fail(`${def.dir}/${def.file}: generated ${parsed.generated}, not ${def.generated}`);
  }
  if (parsed.lastDeliveryYear !== def.deliveriesTo) {
    fail(
      `${def.dir}/${def.file}: deliveries run to ${parsed.lastDeliveryYear}, not ${def.deliveriesTo}`,
    );
  }
  return {
    release: def.release,
    generated: parsed.generated,
    deliveriesTo: def.deliveriesTo,
    file: `${def.dir}/${def.file}`,
    source: def.source,
    deals: parsed.deals,
  };
}

// ——— SIPRI volume of transfers, 2024, one table per supplier (2025 release) ———

export const VOLUME_DIR = "sipri_tiv_2024_by_supplier_2025release";
export const VOLUME_FILE = "163_Countries_TIV_2024.csv";
export const VOLUME_YEAR = 2024;
export const VOLUME_HEADER = [
  "Recipient",
  "2024",
  "2024-2024",
  "Percentage",
  "Sum total years",
  "Percentage of total",
] as const;
const VOLUME_PREAMBLE = [
  "Volume of transfers of major arms",
  "Figures are in millions of SIPRI trend-indicator values (TIVs).",
  "A '0' indicates that the volume of deliveries is between 0 and 0.5 million SIPRI TIV. An empty field indicates that no deliveries have been identified.",
  "Figures may not add up to stated totals due to the conventions of rounding.",
  "For the method used for the SIPRI TIV see <https://www.sipri.org/databases/armstransfers/sources-and-methods>.",
  "",
  "Source: SIPRI Arms Transfers Database (c) SIPRI.",
] as const;
export const VOLUME_SOURCE: ExternalSource = {
  publisher: "SIPRI",
  dataset:
    "Arms Transfers Database, volume of transfers of major arms in 2024, one table per supplier",
  vintage:
    "2025 release (deliveries to 2024), data generated 24 Apr 2025 (via Chaoyi-Lu/Mixed-Latent-Position-Cluster-Model, 163_Countries_TIV_2024.csv, commit 06962469)",
  licence: "No licence stated by the copying repository; data © SIPRI, cite SIPRI",
  url: "https://github.com/Chaoyi-Lu/Mixed-Latent-Position-Cluster-Model/blob/069624698a1978e9885a5ef7f719e53cba3d71ab/163_Countries_TIV_2024.csv",
};
const VOLUME_PROVENANCE = [
  "Data generated: 24 Apr 2025",
  "Chaoyi-Lu/Mixed-Latent-Position-Cluster-Model",
  "069624698a1978e9885a5ef7f719e53cba3d71ab",
  "no LICENSE file",
];
/** The supplier tables kept, and the rows of each shown beside the both-ways chart. */
const VOLUME_ROWS: { supplier: PartyId; recipients: PartyId[] }[] = [
  { supplier: "russia", recipients: ["iran"] },
  { supplier: "iran", recipients: ["russia"] },
];

interface VolumeBlock {
  supplierName: string;
  generated: string;
  rows: { label: string; line: number; value: number; empty: boolean }[];
  total: { label: string; line: number; value: number };
}

/**
 * Reads every supplier block: the preamble, the stamp, the header, recipient rows and a
 * "Total exports from <supplier>" row (a supplier with no exports has a header and no rows).
 * Each row's "2024" and "2024-2024" cells must agree; the tables used must add up to their
 * totals within SIPRI's rounding (half a unit per row), checked in buildVolumeYear.
 */
export function parseVolumeTables(rows: string[][], file: string): VolumeBlock[] {
  const blocks: VolumeBlock[] = [];
  const starts = rows.flatMap((r, i) => (r.length === 1 && r[0] === VOLUME_PREAMBLE[0] ? [i] : []));
  if (starts.length === 0) fail(`${file}: no "Volume of transfers of major arms" block`);
  starts.forEach((start, b) => {
    const end = starts[b + 1] ?? rows.length;
    VOLUME_PREAMBLE.forEach((expected, k) => {
      const text = (rows[start + k] ?? []).join(",");
      if (text !== expected)
        fail(`${file}: line ${start + k + 1} reads "${text}", not "${expected}"`);
    });
    const stamp = /^Data generated: (.+)$/.exec((rows[start + 7] ?? []).join(","));
    if (!stamp) fail(`${file}: line ${start + 8} is not the "Data generated: …" stamp`);
    const headerAt = start + 9;
    const header = rows[headerAt] ?? [];
    if (header.join(",") !== VOLUME_HEADER.join(",")) {
      fail(`${file}: line ${headerAt + 1} is not the header ${VOLUME_HEADER.join(",")}`);
    }
    const body: VolumeBlock["rows"] = [];
    let total: VolumeBlock["total"] | undefined;
    for (let i = headerAt + 1; i < end; i++) {
      const r = rows[i] ?? [];
      const line = i + 1;
      if (r.every((c) => c.trim() === "")) continue;
      if (total) fail(`${file}: line ${line} follows the block's total row`);
      if (r.length !== VOLUME_HEADER.length) fail(`${file}: line ${line} has ${r.length} fields`);
      const [label = "", year = "", range = ""] = r.map((c) => c.trim());
      if (year !== range) fail(`${file}: line ${line}: 2024 is "${year}" but 2024-2024 "${range}"`);
      if (year !== "" && !/^\d+$/.test(year)) fail(`${file}: line ${line}: "${year}" is not a TIV`);
      const value = year === "" ? 0 : Number(year);
      if (label.startsWith("Total exports from ")) total = { label, line, value };
      else body.push({ label, line, value, empty: year === "" });
    }
    if (!total) {
      if (body.length > 0) fail(`${file}: the block at line ${start + 1} has no total row`);
      return;
    }
    blocks.push({
      supplierName: total.label.slice("Total exports from ".length),
      generated: stamp[1] ?? "",
      rows: body,
      total,
    });
  });
  return blocks;
}

export function buildVolumeYear(blocks: VolumeBlock[], file: string): ArmsVolumeYear {
  const dates = new Set(blocks.map((b) => b.generated.split(" ").slice(0, 3).join(" ")));
  if (dates.size !== 1) fail(`${file}: the blocks were generated on different days`);
  const generated = [...dates][0] ?? "";
  const rows = VOLUME_ROWS.flatMap(({ supplier, recipients }) => {
    const name = PARTY_NAMES[supplier];
    const matches = blocks.filter((b) => b.supplierName === name);
    if (matches.length !== 1) fail(`${file}: ${matches.length} tables of exports from ${name}`);
    const block = matches[0] as VolumeBlock;
    // Checked only for the tables used: some others miss their total (the United Kingdom's rows
    // sum to 735 against 756), so the copy may have dropped rows there (it keeps 163 countries).
    const sum = block.rows.reduce((a, r) => a + r.value, 0);
    const filled = block.rows.filter((r) => !r.empty).length;
    if (Math.abs(sum - block.total.value) > 0.5 * filled + 0.5) {
      fail(
        `${file}: line ${block.total.line}: the rows sum to ${sum}, the total is ${block.total.value}`,
      );
    }
    const picked = recipients.map((recipient) => {
      const row = block.rows.find((r) => r.label === PARTY_NAMES[recipient]);
      if (!row) fail(`${file}: no row "${PARTY_NAMES[recipient]}" in the exports from ${name}`);
      if (row.empty) fail(`${file}: line ${row.line} is empty (no deliveries), not a figure`);
      return {
        supplier,
        recipient,
        label: row.label,
        line: row.line,
        value: row.value,
        lessThanHalf: row.value === 0,
      };
    });
    const { label, line, value } = block.total;
    return [
      ...picked,
      { supplier, recipient: null, label, line, value, lessThanHalf: value === 0 },
    ];
  });
  return {
    release: "sipri-at-2025",
    year: VOLUME_YEAR,
    generated,
    file: `${VOLUME_DIR}/${VOLUME_FILE}`,
    source: VOLUME_SOURCE,
    rows,
  };
}

export function buildArmsDeals(dir: string): ArmsDealsFile {
  const registers = Object.values(DEAL_REGISTERS).map((def) => {
    checkProvenance(dir, def.dir, [...def.provenance]);
    return readDealRegister(dir, def);
  });
  checkProvenance(dir, VOLUME_DIR, VOLUME_PROVENANCE);
  const volumeFile = `${VOLUME_DIR}/${VOLUME_FILE}`;
  const blocks = parseVolumeTables(
    readCsvFile(path.join(dir, VOLUME_DIR, VOLUME_FILE)),
    volumeFile,
  );
  return {
    $schema: "./schema/arms-deals.schema.json",
    unit: "tiv_m",
    registers,
    latestYear: buildVolumeYear(blocks, volumeFile),
  };
}

// ——— Iran's arms imports from all suppliers, in two releases ———

export const TOTALS_DIR = "sipri_tiv_country_totals_1950_2022";
export const TOTALS_IMPORTS_FILE = "TIV-Import-All-Country-1950-2022.csv";
export const TOTALS_YEARS = { from: 2000, to: 2022 } as const;
/** The imports file's own stamp. PROVENANCE.md gives 19 December 2023 for both files, but this
 * one reads 11 December 2023; the file is what is cited. */
export const TOTALS_GENERATED = "11 December 2023";
const TOTALS_PROVENANCE = [
  "sumn2u/sipri-visualization",
  "5100cb51443925d9a7901fdaf374805414f05fea",
  "TIV-Import-All-Country-1950-2022.csv",
  "the March 2023 release",
  "Iran's total imports: 2016 = 413, 2020 = 2",
];
export const TOTALS_SOURCE: ExternalSource = {
  publisher: "SIPRI",
  dataset:
    'Arms Transfers Database, "TIV of arms exports to all, 1950–2022" (imports of every country)',
  vintage:
    "March 2023 release (deliveries to 2022), generated 11 December 2023 (via sumn2u/sipri-visualization, data/TIV-Import-All-Country-1950-2022.csv, commit 5100cb51)",
  licence: "No licence stated by the copying repository; data © SIPRI, cite SIPRI",
  url: "https://github.com/sumn2u/sipri-visualization/blob/5100cb51443925d9a7901fdaf374805414f05fea/data/TIV-Import-All-Country-1950-2022.csv",
};

/**
 * Iran's imports in both releases that give them by year: the 2023 totals table's "Iran" row
 * and the 2024 register's rows with Recipient "Iran", every supplier, summed per delivery year
 * exactly as the register series are. Two blocks, never one series.
 */
export function buildArmsTotals(dir: string, register: Register): ArmsTotalsFile {
  checkProvenance(dir, TOTALS_DIR, TOTALS_PROVENANCE);
  const table = parseTivTable(
    readCsvFile(path.join(dir, TOTALS_DIR, TOTALS_IMPORTS_FILE)),
    TOTALS_IMPORTS_FILE,
    /^TIV of arms exports to (all), \d{4}-\d{4}$/,
  );
  if (table.generated !== TOTALS_GENERATED) {
    fail(`${TOTALS_IMPORTS_FILE}: generated ${table.generated}, not ${TOTALS_GENERATED}`);
  }
  const row = tivRow(table, "Iran");
  const { from, to } = TOTALS_YEARS;
  const rows = register.rows.filter((r) => r.recipient === "Iran");
  if (rows.length === 0) fail(`${register.file}: no rows with Recipient "Iran"`);
  const registerPoints = years(from, to).map((year) =>
    registerYearPoint(rows, year, register.file, `to Iran, ${year}`),
  );
  const lines = rows.map((r) => r.line);
  return {
    $schema: "./schema/arms-totals.schema.json",
    unit: "tiv_m",
    flow: "arms imports of Iran from all suppliers",
    releases: [
      {
        release: "sipri-at-2023",
        generated: table.generated,
        sourceRow: `${TOTALS_IMPORTS_FILE}, row "${row.label}" (line ${row.line})`,
        source: TOTALS_SOURCE,
        points: tivPoints(table, row, from, to),
      },
      {
        release: "sipri-at-2024",
        generated: register.generated,
        sourceRow: `${register.file}, the ${rows.length} rows with Recipient "Iran", every supplier (lines ${Math.min(...lines)}–${Math.max(...lines)}), "TIV delivery values" summed by "Delivery year"`,
        source: REGISTER_SOURCE,
        points: registerPoints,
      },
    ],
  };
}

// ——— Putting it together ———

export interface ExternalData {
  series: SeriesFile;
  armsRecipients: ArmsRecipientsFile;
  armsDeals: ArmsDealsFile;
  armsTotals: ArmsTotalsFile;
}

/** Reads every raw file and builds both datasets, validated. Throws on anything unexpected. */
export async function buildExternalData(dir: string): Promise<ExternalData> {
  if (!existsSync(dir)) {
    fail(`external data folder not found: ${dir} (set EXTERNAL_DATA_PATH to the folder)`);
  }
  const russia = readTivTable(dir, TIV_RUSSIA_FILE);
  const china = readTivTable(dir, TIV_CHINA_FILE);
  if (russia.supplierName !== "Russia" || china.supplierName !== "China") {
    fail("the TIV tables are not the Russia and China supplier tables");
  }
  checkProvenance(dir, SIPRI_DIR, [
    `Generated: ${russia.generated}`,
    "CC BY 4.0",
    "360-info/report-arms-trade",
  ]);
  if (china.generated !== russia.generated) {
    fail(`the TIV tables are of different vintages (${russia.generated}, ${china.generated})`);
  }
  checkProvenance(dir, DOTS_DIR, ["SamLeBlanc/Direction-of-Trade-Map", "Feb 2022", "IMF"]);
  checkProvenance(dir, PARTNER_DOTS_DIR, PARTNER_DOTS_PROVENANCE);
  checkProvenance(dir, MILEX_DIR, ["April-2017 release", "jhamburg/DATS6103_Project1"]);
  const releases = Object.values(MILEX_RELEASES_DEFS);
  for (const def of releases) checkProvenance(dir, def.dir, [...def.provenance, def.file]);
  checkProvenance(dir, REGISTER_DIR, [...REGISTER_PROVENANCE, REGISTER_FILE]);
  const register = readRegister(dir);

  const [dots, dotsRussia, dotsChina, milex, ...releaseBooks] = await Promise.all([
    readWorkbook(path.join(dir, DOTS_DIR, DOTS_FILE)),
    readWorkbook(path.join(dir, PARTNER_DOTS_DIR, DOTS_TABLES.russia.file)),
    readWorkbook(path.join(dir, PARTNER_DOTS_DIR, DOTS_TABLES.china.file)),
    readWorkbook(path.join(dir, MILEX_DIR, MILEX_FILE)),
    ...releases.map((def) => readWorkbook(path.join(dir, def.dir, def.file))),
  ]);
  const series: SeriesFile = {
    $schema: "./schema/series.schema.json",
    series: [
      ...buildTivSeries({ russia, china }),
      ...buildRegisterSeries(register),
      ...buildDotsSeries(dots, DOTS_TABLES.iran, DOTS_YEARS),
      ...buildDotsSeries(dotsRussia, DOTS_TABLES.russia, PARTNER_DOTS_YEARS),
      ...buildDotsSeries(dotsChina, DOTS_TABLES.china, PARTNER_DOTS_YEARS),
      ...buildMilexSeries(milex),
      ...releases.flatMap((def, i) => {
        const book = releaseBooks[i];
        if (!book) fail(`${def.file}: the workbook was not read`);
        return buildMilexReleaseSeries(book, def);
      }),
    ],
  };
  return {
    series: parseDataset(SERIES_FILE, seriesDataset.schema, series),
    armsRecipients: parseDataset(
      ARMS_RECIPIENTS_FILE,
      armsRecipientsDataset.schema,
      buildArmsRecipients(russia, "russia"),
    ),
    armsDeals: parseDataset(ARMS_DEALS_FILE, armsDealsDataset.schema, buildArmsDeals(dir)),
    armsTotals: parseDataset(
      ARMS_TOTALS_FILE,
      armsTotalsDataset.schema,
      buildArmsTotals(dir, register),
    ),
  };
}

/**
 * Serialises like the project's prettier config would, so `prettier --check` passes on the
 * generated files and a re-import gives a clean diff. Flat objects (points, source blocks)
 * start on one line: prettier keeps an object expanded only if it already was.
 */
export async function formatJson(value: unknown, file: string): Promise<string> {
  const write = (v: unknown, indent: string): string => {
    if (v === null || typeof v !== "object") return JSON.stringify(v);
    const inner = indent + "  ";
    if (Array.isArray(v)) {
      if (v.length === 0) return "[]";
      return `[\n${v.map((x) => inner + write(x, inner)).join(",\n")}\n${indent}]`;
    }
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return "{}";
    if (entries.every(([, x]) => x === null || typeof x !== "object")) {
      return `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${JSON.stringify(x)}`).join(", ")} }`;
    }
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner)}`).join(",\n")}\n${indent}}`;
  };
  const options = (await resolveConfig(file)) ?? {};
  return format(write(value, ""), { ...options, filepath: file });
}

async function main(): Promise<void> {
  const dir = resolveExternalDir();
  if (!existsSync(dir)) {
    console.error(
      `External data not found at ${dir}. Set EXTERNAL_DATA_PATH to the folder that holds ${SIPRI_DIR}, ${DOTS_DIR}, ${PARTNER_DOTS_DIR}, ${MILEX_DIR}, ${MILEX_2025_DIR}, ${MILEX_2026_DIR}, ${REGISTER_DIR}, ${DEAL_REGISTERS["sipri-at-2025"].dir}, ${DEAL_REGISTERS["sipri-at-2026"].dir}, ${VOLUME_DIR} and ${TOTALS_DIR}.`,
    );
    process.exit(1);
  }
  const { series, armsRecipients, armsDeals, armsTotals } = await buildExternalData(dir);
  writeFileSync(ARMS_DEALS_FILE, await formatJson(armsDeals, ARMS_DEALS_FILE));
  writeFileSync(ARMS_TOTALS_FILE, await formatJson(armsTotals, ARMS_TOTALS_FILE));
  writeFileSync(SERIES_FILE, await formatJson(series, SERIES_FILE));
  writeFileSync(ARMS_RECIPIENTS_FILE, await formatJson(armsRecipients, ARMS_RECIPIENTS_FILE));
  const points = series.series.reduce((n, s) => n + s.points.length, 0);
  console.log(`wrote ${SERIES_FILE}: ${series.series.length} series, ${points} points`);
  console.log(
    `wrote ${ARMS_RECIPIENTS_FILE}: ${armsRecipients.recipients.length} recipients, ${armsRecipients.from}–${armsRecipients.to}`,
  );
  const deals = armsDeals.registers.map((r) => `${r.release} ${r.deals.length}`).join(", ");
  console.log(`wrote ${ARMS_DEALS_FILE}: Russia↔Iran deals by release (${deals})`);
  const totals = armsTotals.releases.map((r) => r.release).join(", ");
  console.log(`wrote ${ARMS_TOTALS_FILE}: Iran's arms imports from all suppliers (${totals})`);
}

// Run only as a script (npm run import-external), not when the tests import the builders.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
