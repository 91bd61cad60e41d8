import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { copyOfExternal } from "./external-copy";
import { requireSource } from "./source-guard";
import { armsRecipientsFileSchema, type ArmsRecipient } from "@/lib/data/schemas/arms-recipients";
import { paperVsDataSchema } from "@/lib/data/schemas/paper-vs-data";
import { seriesFileSchema, type SeriesPoint } from "@/lib/data/schemas/series";
import { getArmsRecipients, getPaperVersusData, getSeriesData } from "@/lib/data/external-data";
import {
  armsRatio,
  paperVersusData,
  ratioVerdict,
  recipientRanking,
  sumTiv,
} from "@/lib/views/paper-vs-data";
import {
  ARMS_RECIPIENTS_FILE,
  DOTS_DIR,
  DOTS_FILE,
  ImportError,
  LESS_THAN_HALF_NOTE,
  MILEX_2016_NOTE,
  MILEX_DIR,
  MILEX_ESTIMATE_NOTE,
  MILEX_FILE,
  MILEX_SHEET,
  MILEX_UNCERTAIN_NOTE,
  SERIES_FILE,
  SIPRI_DIR,
  TIV_CHINA_FILE,
  TIV_RUSSIA_FILE,
  buildExternalData,
  buildMilexSeries,
  formatJson,
  milexColour,
  parseCsvText,
  parseDotsCell,
  readCell,
  readWorkbook,
  resolveExternalDir,
  worksheet,
  type SheetCell,
} from "@/scripts/import-external";

const scratch = () => mkdtempSync(path.join(tmpdir(), "import-external-"));

/** Writes a workbook with exceljs and returns its path, so reads go through a real .xlsx file. */
async function writeWorkbook(build: (book: ExcelJS.Workbook) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  build(book);
  const file = path.join(scratch(), "book.xlsx");
  await book.xlsx.writeFile(file);
  return file;
}

// ——— CSV (csv-parse) ———

describe("parseCsvText", () => {
  it("reads quoted fields with commas, doubled quotes, line breaks and empty fields", () => {
    const text = 'a,"b, c","say ""hi"""\r\n"",,"two\nlines"\nlast,row';
    expect(parseCsvText(text, "x.csv")).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["", "", "two\nlines"],
      ["last", "row"],
    ]);
  });

  it("keeps rows of different lengths, blank lines and a trailing empty field", () => {
    // Row i must stay line i + 1: the TIV reader reports line numbers from row indexes.
    expect(parseCsvText("\uFEFFtitle\n\n,1950,Total\nx,\n", "x.csv")).toEqual([
      ["title"],
      [""],
      ["", "1950", "Total"],
      ["x", ""],
    ]);
    expect(parseCsvText('x,""', "x.csv")).toEqual([["x", ""]]);
  });

  it("fails on malformed quoting, naming the file and the line", () => {
    expect(() => parseCsvText('a,b\nc,"never closed\n', "bad.csv")).toThrow(ImportError);
    expect(() => parseCsvText('a,b\nc,"never closed\n', "bad.csv")).toThrow(
      /^bad\.csv: not valid CSV: .*opening quote at line 2/,
    );
    expect(() => parseCsvText('"a"b,c', "x.csv")).toThrow(/^x\.csv: .*Closing Quote.* line 1/);
    expect(() => parseCsvText('ab"c', "x.csv")).toThrow(/^x\.csv: .*Opening Quote.* line 1/);
  });
});

// ——— XLSX (exceljs) ———

describe("readCell", () => {
  it("reads text, rich text, numbers, booleans, cached formula results and errors", async () => {
    const file = await writeWorkbook((book) => {
      const sheet = book.addWorksheet("Data & notes");
      sheet.getCell("A1").value = "Shared";
      sheet.getCell("B1").value = { richText: [{ text: "Rich " }, { text: "text" }] };
      sheet.getCell("C1").value = 1045.93;
      sheet.getCell("D1").value = true;
      sheet.getCell("E1").value = { formula: "C1*2", result: 2091.86 };
      sheet.getCell("F1").value = { formula: "A1", result: "cached" };
      sheet.getCell("G1").value = { error: "#N/A" };
      sheet.getCell("H1").value = { text: "SIPRI", hyperlink: "https://www.sipri.org" };
      sheet.getCell("A2").value = "Merged title";
      sheet.mergeCells("A2:C2");
      sheet.getCell("D2").font = { bold: true }; // styled but empty
    });
    const sheet = worksheet(await readWorkbook(file), "Data & notes", "book.xlsx");
    const at = (ref: string) => readCell(sheet.getCell(ref));
    expect(at("A1")).toEqual({ type: "string", value: "Shared" });
    expect(at("B1")).toEqual({ type: "string", value: "Rich text" });
    expect(at("C1")).toEqual({ type: "number", value: 1045.93 });
    expect(at("D1")).toEqual({ type: "boolean", value: true });
    expect(at("E1")).toEqual({ type: "number", value: 2091.86 });
    expect(at("F1")).toEqual({ type: "string", value: "cached" });
    expect(at("G1")).toEqual({ type: "error", value: "#N/A" });
    expect(at("H1")).toEqual({ type: "string", value: "SIPRI" });
    // Only the top-left cell of a merged range holds its value, as in the file.
    expect(at("A2")).toEqual({ type: "string", value: "Merged title" });
    expect(at("B2")).toBeUndefined();
    expect(at("D2")).toBeUndefined();
    expect(at("Z99")).toBeUndefined();
  });
});

describe("readWorkbook", () => {
  it("fails clearly, naming the file, on a file that is not an .xlsx", async () => {
    const file = path.join(scratch(), "fake.xlsx");
    writeFileSync(file, "name,value\nIran,1\n".repeat(3));
    await expect(readWorkbook(file)).rejects.toThrow(ImportError);
    await expect(readWorkbook(file)).rejects.toThrow(
      `${file}: cannot read it as an .xlsx workbook`,
    );
    const missing = path.join(scratch(), "missing.xlsx");
    await expect(readWorkbook(missing)).rejects.toThrow(`${missing}: cannot read it`);
  });

  it("names the sheets there are when one is missing", async () => {
    const file = await writeWorkbook((book) => book.addWorksheet("Exports, FOB"));
    const book = await readWorkbook(file);
    expect(() => worksheet(book, "Imports, CIF", "DOTS_95.xlsx")).toThrow(
      'DOTS_95.xlsx: no sheet named "Imports, CIF" (sheets: Exports, FOB)',
    );
  });
});

// ——— SIPRI's colour legend, on a workbook written here ———

const MILEX_TEST_YEARS = Array.from({ length: 12 }, (_, i) => 2005 + i);
const MILEX_TEST_ROWS = ["Iran", "Russian Federation", "Saudi Arabia", "Israel", "Turkey"];

/**
 * A small stand-in for SIPRI's milex workbook: the legend, a "Country" header of numeric years
 * ending in "2016 Current", one row per country the importer takes, and the Footnotes legend.
 * `font` styles a figure's cell, as SIPRI colours its figures' text.
 */
function milexBook(font: (country: string, year: number) => Partial<ExcelJS.Font> | undefined) {
  return writeWorkbook((book) => {
    const sheet = book.addWorksheet(MILEX_SHEET);
    sheet.getCell("A1").value =
      "Military expenditure by country, in constant (2015) US$ m., 2005-2016, except for the last figure, which is in US$m. at 2016 prices and exchange rates";
    sheet.getCell("A2").value =
      "Figures in blue are SIPRI estimates. Figures in red indicate highly uncertain data.";
    sheet.getCell("A3").value =
      '". ." = data unavailable. "xxx" = country did not exist or was not independent';
    // Row 6: A "Country", C "Notes", D–O the years 2005–2016, P "2016 Current".
    const header = sheet.getRow(6);
    header.getCell(1).value = "Country";
    header.getCell(3).value = "Notes";
    MILEX_TEST_YEARS.forEach((year, j) => (header.getCell(4 + j).value = year));
    header.getCell(4 + MILEX_TEST_YEARS.length).value = "2016 Current";
    MILEX_TEST_ROWS.forEach((country, i) => {
      const row = sheet.getRow(7 + i);
      row.getCell(1).value = country;
      if (country === "Iran") row.getCell(3).value = "§ 95";
      // Each figure is its year, so a test can tell which cell a point came from.
      MILEX_TEST_YEARS.forEach((year, j) => {
        const cell = row.getCell(4 + j);
        cell.value = year;
        const style = font(country, year);
        if (style) cell.font = style;
      });
    });
    const notes = book.addWorksheet("Footnotes");
    notes.getCell("A1").value = "§";
    notes.getCell("B1").value = "Figures are for the financial year.";
  });
}

describe("SIPRI milex colours, read with exceljs", () => {
  const point = (series: ReturnType<typeof buildMilexSeries>, id: string, year: number) =>
    series.find((s) => s.id === id)?.points.find((p) => p.year === year) as SeriesPoint;

  it("reads a blue figure as an estimate and a red one as highly uncertain", async () => {
    const colours: Record<string, Partial<ExcelJS.Font>> = {
      "Russian Federation 2005": { color: { argb: "FF0000FF" } },
      "Israel 2006": { color: { argb: "ff0000ff" } }, // lower case, as some writers emit
      "Iran 2007": { color: { argb: "FFFF0000" } },
      "Turkey 2008": { color: { argb: "FF000000" } },
      "Saudi Arabia 2009": { color: { theme: 1 } },
      "Saudi Arabia 2010": { bold: true },
    };
    const file = await milexBook((country, year) => colours[`${country} ${year}`]);
    const series = buildMilexSeries(await readWorkbook(file));
    expect(point(series, "milex-russia", 2005)).toEqual({
      year: 2005,
      value: 2005,
      estimated: true,
      note: MILEX_ESTIMATE_NOTE,
    });
    expect(point(series, "milex-israel", 2006)).toMatchObject({ estimated: true });
    expect(point(series, "milex-iran", 2007)).toEqual({
      year: 2007,
      value: 2007,
      note: MILEX_UNCERTAIN_NOTE,
    });
    for (const [id, year] of [
      ["milex-turkey", 2008],
      ["milex-saudi-arabia", 2009],
      ["milex-saudi-arabia", 2010],
      ["milex-russia", 2006],
    ] as const) {
      expect(point(series, id, year), `${id} ${year}`).toEqual({ year, value: year });
    }
    expect(series.find((s) => s.id === "milex-iran")?.sourceRow).toContain(
      "§ figures are for the financial year.; SIPRI footnote 95 on the Footnotes sheet",
    );
    expect(point(series, "milex-iran", 2016).note).toBe(MILEX_2016_NOTE);
  }, 20_000);

  it("reads the legacy indexed colours (12 blue, 10 red, 8 black) the same way", async () => {
    // exceljs's Color type lists only argb and theme, but it reads and writes `indexed` too.
    const indexed = (n: number): Partial<ExcelJS.Color> => {
      const color: Partial<ExcelJS.Color> & { indexed: number } = { indexed: n };
      return color;
    };
    const file = await writeWorkbook((book) => {
      const sheet = book.addWorksheet("Colours");
      [12, 10, 8, 11].forEach((n, i) => {
        const cell = sheet.getCell(i + 1, 1);
        cell.value = n;
        cell.font = { color: indexed(n) };
      });
    });
    const sheet = worksheet(await readWorkbook(file), "Colours", "colours.xlsx");
    expect(sheet.getCell("A1").font?.color).toEqual({ indexed: 12 });
    expect(milexColour(sheet.getCell("A1"), "A1")).toBe("blue");
    expect(milexColour(sheet.getCell("A2"), "A2")).toBe("red");
    expect(milexColour(sheet.getCell("A3"), "A3")).toBeNull();
    expect(() => milexColour(sheet.getCell("A4"), "colours.xlsx A4")).toThrow(
      'colours.xlsx A4: font colour {"indexed":11} is not in the sheet\'s legend',
    );
  }, 20_000);

  it("refuses a colour outside the legend, naming the cell", async () => {
    const file = await milexBook((country, year) =>
      country === "Turkey" && year === 2012 ? { color: { argb: "FF00B050" } } : undefined,
    );
    const book = await readWorkbook(file);
    expect(() => buildMilexSeries(book)).toThrow(ImportError);
    expect(() => buildMilexSeries(book)).toThrow(
      `${MILEX_FILE} › ${MILEX_SHEET} K11: font colour {"argb":"FF00B050"} is not in the sheet's legend`,
    );
  }, 20_000);
});

describe("parseDotsCell", () => {
  const cell = (value: string | number): SheetCell =>
    typeof value === "number" ? { type: "number", value } : { type: "string", value };

  it("strips the estimate flag and the thousands separator", () => {
    expect(parseDotsCell(cell("1,045.93 e"), "x")).toEqual({ value: 1045.93, estimated: true });
    expect(parseDotsCell(cell("12,474.25 e"), "x")).toEqual({ value: 12474.25, estimated: true });
    expect(parseDotsCell(cell(1077.017898), "x")).toEqual({ value: 1077.017898, estimated: false });
  });

  it("keeps a missing cell as null, never zero, and refuses text it does not know", () => {
    expect(parseDotsCell(undefined, "x")).toEqual({ value: null, estimated: false });
    expect(() => parseDotsCell(cell("n.a."), "DOTS C9")).toThrow('DOTS C9: cannot read "n.a."');
    expect(() => parseDotsCell({ type: "error", value: "#N/A" }, "DOTS C9")).toThrow(
      "DOTS C9: unexpected error cell",
    );
  });
});

// ——— The committed datasets and the comparison ———

describe("committed external datasets", () => {
  const series = getSeriesData();
  const recipients = getArmsRecipients();
  const byId = (id: string) => {
    const s = series.series.find((x) => x.id === id);
    if (!s) throw new Error(`no series ${id}`);
    return s;
  };

  it("validate against their schemas", () => {
    expect(seriesFileSchema.safeParse(series).success).toBe(true);
    expect(armsRecipientsFileSchema.safeParse(recipients).success).toBe(true);
  });

  it("hold the series the dashboard needs, over the agreed years", () => {
    const ids = series.series.map((s) => s.id);
    // Eight from SIPRI's 2022 supplier tables, three from its 2024-release register
    // (arms-register.test.ts).
    expect(ids.filter((id) => id.startsWith("tiv-"))).toHaveLength(11);
    // Fourteen from Iran's DOTS table, two each from Russia's and China's (trade-dots.test.ts).
    expect(ids.filter((id) => id.startsWith("trade-"))).toHaveLength(18);
    // Five countries from each of SIPRI's 2017, 2025 and 2026 releases (milex-releases.test.ts).
    expect(ids.filter((id) => id.startsWith("milex-"))).toHaveLength(15);
    const span = (id: string) => byId(id).points.map((p) => p.year);
    expect(span("tiv-russia-to-iran")).toEqual(Array.from({ length: 22 }, (_, i) => 2000 + i));
    // Iran's table is read to 2020, the vintage's last year; the 2005–2016 charts show their own years.
    expect(span("trade-iran-exports-to-china")).toEqual(
      Array.from({ length: 16 }, (_, i) => 2005 + i),
    );
    expect(span("milex-saudi-arabia")).toEqual(Array.from({ length: 12 }, (_, i) => 2005 + i));
  });

  it("flags the recipient rows that are not states and leaves out the Total row", () => {
    const category = (id: string) => recipients.recipients.find((r) => r.id === id)?.category;
    expect(category("nato")).toBe("international-organisation");
    expect(category("united-nations")).toBe("international-organisation");
    expect(category("ukraine-rebels")).toBe("non-state-actor");
    expect(category("unknown-recipients")).toBe("unknown");
    expect(category("iran")).toBe("state");
    expect(recipients.recipients.find((r) => /total/i.test(r.name))).toBeUndefined();
  });

  it("marks a SIPRI '0' cell as less than 0.5m TIV, and an empty cell as a plain zero", () => {
    const malaysia = recipients.recipients.find((r) => r.id === "malaysia");
    expect(malaysia?.points.find((p) => p.year === 2010)).toEqual({
      year: 2010,
      value: 0,
      note: LESS_THAN_HALF_NOTE,
    });
    expect(byId("tiv-russia-to-iran").points.at(-1)).toEqual({ year: 2021, value: 0 });
  });

  it("rejects a recipient row with a gap", () => {
    const broken = structuredClone(recipients);
    const first = broken.recipients[0] as ArmsRecipient;
    first.points[3] = { year: first.points[3]?.year ?? 2003, value: null };
    const r = armsRecipientsFileSchema.safeParse(broken);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/an empty cell means no deliveries/);
  });
});

describe("paper-vs-data computations", () => {
  const series = getSeriesData();
  const recipients = getArmsRecipients();
  const items = getPaperVersusData();

  it("answers in the schema the API validates against", () => {
    expect(paperVsDataSchema.safeParse(items).success).toBe(true);
    expect(items.map((i) => i.id)).toEqual([
      "russian-vs-chinese-arms-to-iran",
      "iran-among-russian-arms-recipients",
    ]);
  });

  it("sums a window inclusively and refuses a window the series does not cover", () => {
    const s = { id: "s", points: [2000, 2001, 2002].map((year) => ({ year, value: year - 1999 })) };
    expect(sumTiv(s, 2000, 2002)).toBe(6);
    expect(sumTiv(s, 2001, 2001)).toBe(2);
    expect(() => sumTiv(s, 2001, 2003)).toThrow("s has no value for 2003");
    expect(() => sumTiv(s, 2002, 2000)).toThrow(/bad year window/);
    const gap = { id: "g", points: [{ year: 2000, value: null }] };
    expect(() => sumTiv(gap, 2000, 2000)).toThrow("g has no value for 2000");
  });

  it("gives tied recipients the same rank", () => {
    const row = (id: string, v: number): ArmsRecipient => ({
      id,
      name: id,
      sourceRow: id,
      category: "state",
      points: [{ year: 2000, value: v }],
    });
    const r = recipientRanking([row("a", 5), row("iran", 9), row("b", 5), row("c", 1)], 2000, 2000);
    expect(r.ranking.map((x) => [x.id, x.rank])).toEqual([
      ["iran", 1],
      ["a", 2],
      ["b", 2],
      ["c", 4],
    ]);
    expect(r.iran?.rank).toBe(1);
    const states = recipientRanking(recipients, 2006, 2015, { categories: ["state"] });
    expect(states.ranking.every((x) => x.category === "state")).toBe(true);
  });

  it("reads 'almost double' as a band, not as any ratio above one", () => {
    expect(ratioVerdict(1.9).verdict).toBe("consistent");
    expect(ratioVerdict(2.7).verdict).toBe("partly-consistent");
    expect(ratioVerdict(1.2).verdict).toBe("partly-consistent");
    expect(ratioVerdict(0.9).verdict).toBe("inconsistent");
    expect(ratioVerdict(null).verdict).toBe("inconsistent");
  });

  it("reaches a different verdict when the data would say otherwise", () => {
    const edited = structuredClone(recipients);
    const iran = edited.recipients.find((r) => r.id === "iran") as ArmsRecipient;
    iran.points = iran.points.map((p) => ({ ...p, value: 5000 }));
    const [, rank] = paperVersusData(series, edited);
    expect(rank?.verdict).toBe("inconsistent");
    expect(rank?.computed).toMatchObject({ kind: "recipient-rank", iranRank: 1 });
  });

  it("builds its sentences from the computed numbers", () => {
    const [ratio, rank] = items;
    expect(ratio?.computed.kind).toBe("arms-ratio");
    if (ratio?.computed.kind === "arms-ratio") {
      const c = ratio.computed;
      expect(ratio.dataSays).toContain(`${c.russiaToIran}m TIV to Iran in 2005–2010`);
      expect(ratio.dataSays).toContain(`a ratio of ${c.ratio?.toFixed(1)}`);
    }
    if (rank?.computed.kind === "recipient-rank") {
      expect(rank.dataSays).toContain(`${rank.computed.iranTotal}m TIV from Russia in 2006–2015`);
      expect(rank.footnoteMissing).toBe(true);
      expect(rank.claim.footnote).toBeNull();
    }
  });
});

// ——— Against the raw files ———

describe("against the raw external files", () => {
  const dir = resolveExternalDir();
  if (!requireSource(existsSync(dir), `the external data at ${dir}`, "EXTERNAL_DATA_PATH")) return;

  let fresh: Awaited<ReturnType<typeof buildExternalData>>;
  // The raw workbooks, opened with exceljs directly rather than through the importer's helpers.
  const dots = new ExcelJS.Workbook();
  const milex = new ExcelJS.Workbook();
  beforeAll(async () => {
    [fresh] = await Promise.all([
      buildExternalData(dir),
      dots.xlsx.readFile(path.join(dir, DOTS_DIR, DOTS_FILE)),
      milex.xlsx.readFile(path.join(dir, MILEX_DIR, MILEX_FILE)),
    ]);
  }, 30_000);
  const committedSeries = getSeriesData();
  const committedRecipients = getArmsRecipients();
  const seriesById = (id: string) => committedSeries.series.find((s) => s.id === id);
  const point = (id: string, year: number) => seriesById(id)?.points.find((p) => p.year === year);

  /**
   * An independent reading of a TIV table, deliberately naive (split on commas): the recipient
   * rows hold no quoted fields, which the helper checks, so it needs none of the importer's code.
   */
  function naiveTiv(file: string): Map<string, Map<number, string>> {
    const lines = readFileSync(path.join(dir, SIPRI_DIR, file), "utf8").split(/\r?\n/);
    const headerAt = lines.findIndex((l) => l.startsWith(",1950,"));
    const header = (lines[headerAt] ?? "").split(",");
    const out = new Map<string, Map<number, string>>();
    for (const line of lines.slice(headerAt + 1)) {
      if (!line.replace(/,/g, "").trim()) continue;
      expect(line).not.toContain('"');
      const cells = line.split(",");
      const name = cells[0] ?? "";
      if (name === "Total") break;
      const row = new Map<number, string>();
      header.forEach((h, i) => {
        if (/^\d{4}$/.test(h)) row.set(Number(h), cells[i] ?? "");
      });
      out.set(name, row);
    }
    return out;
  }
  const rusRaw = naiveTiv(TIV_RUSSIA_FILE);
  const chiRaw = naiveTiv(TIV_CHINA_FILE);
  const rawSum = (t: Map<string, Map<number, string>>, name: string, from: number, to: number) => {
    let s = 0;
    for (let y = from; y <= to; y++) s += Number(t.get(name)?.get(y) || 0);
    return s;
  };

  it("the committed files are exactly a fresh import of the raw files", async () => {
    expect(fresh.series).toEqual(JSON.parse(readFileSync(SERIES_FILE, "utf8")));
    expect(fresh.armsRecipients).toEqual(JSON.parse(readFileSync(ARMS_RECIPIENTS_FILE, "utf8")));
    // Byte for byte too, so a hand edit that keeps the values but changes the file shows up.
    expect(await formatJson(fresh.series, SERIES_FILE)).toBe(readFileSync(SERIES_FILE, "utf8"));
  }, 20_000);

  it("reads DOTS 'e' cells as estimates, from the raw workbook", () => {
    const exportsSheet = dots.getWorksheet("Exports, FOB");
    expect(exportsSheet?.getCell("B18").value).toBe("France");
    // Row 7 holds the years; find 2010's column independently of the importer.
    let yearCol = 0;
    exportsSheet?.getRow(7).eachCell((c, col) => {
      if (String(c.value) === "2010") yearCol = col;
    });
    expect(exportsSheet?.getCell(18, yearCol).value).toBe("1,045.93 e");
    expect(point("trade-iran-exports-to-france", 2010)).toEqual({
      year: 2010,
      value: 1045.93,
      estimated: true,
    });
    expect(point("trade-iran-exports-to-china", 2011)).toMatchObject({
      value: 28551.7,
      estimated: true,
    });
    // The EU aggregate and the imports sheet carry plain numbers: no flag.
    expect(point("trade-iran-exports-to-european-union", 2005)).toEqual({
      year: 2005,
      value: 13417.791479,
    });
    expect(point("trade-iran-imports-from-russia", 2016)).toEqual({
      year: 2016,
      value: 1544.081969,
    });
  });

  it("takes SIPRI milex from the constant-2015 columns, with SIPRI's colour flags", () => {
    const sheet = milex.getWorksheet(MILEX_SHEET);
    if (!sheet) throw new Error(`no sheet ${MILEX_SHEET}`);
    expect(sheet.getCell("BS6").value).toBe(2016);
    expect(sheet.getCell("BT6").value).toBe("2016 Current");
    expect(sheet.getCell("A184").value).toBe("Iran");
    const iran2016 = point("milex-iran", 2016);
    expect(iran2016?.value).toBe(sheet.getCell("BS184").value);
    expect(iran2016?.value).not.toBe(sheet.getCell("BT184").value);
    expect(iran2016?.note).toBe(MILEX_2016_NOTE);
    expect(point("milex-iran", 2005)?.value).toBeCloseTo(12333.84, 2);
    // Russia 2005–2012 are printed in blue, SIPRI's colour for its own estimates.
    expect(point("milex-russia", 2005)).toMatchObject({
      value: 31292.596155056712,
      estimated: true,
    });
    expect(point("milex-russia", 2013)?.estimated).toBeUndefined();
    expect(point("milex-saudi-arabia", 2015)?.value).toBeCloseTo(87185.87, 2);

    // SIPRI colours the figures' text (font), not the cell fill. Every committed point is an
    // estimate exactly when its cell's font is blue in the raw file, read here without the
    // importer's helpers.
    const blue = (color: unknown) =>
      JSON.stringify(color) === '{"argb":"FF0000FF"}' || JSON.stringify(color) === '{"indexed":12}';
    const estimates: string[] = [];
    for (const s of committedSeries.series.filter((x) => x.release === "sipri-milex-2017")) {
      const rowNumber = Number(/\(row (\d+)/.exec(s.sourceRow)?.[1]);
      for (const p of s.points) {
        let col = 0;
        sheet.getRow(6).eachCell((c, n) => {
          if (c.value === p.year) col = n;
        });
        const cell = sheet.getCell(rowNumber, col);
        expect(cell.value, `${s.id} ${p.year}`).toBe(p.value);
        expect(cell.fill?.type === "pattern" && cell.fill.pattern !== "none").toBe(false);
        expect(p.estimated === true, `${s.id} ${p.year}`).toBe(blue(cell.font?.color));
        if (p.estimated) estimates.push(`${s.id} ${p.year}`);
      }
    }
    // The 13 points the README lists.
    expect(estimates).toEqual([
      ...[2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012].map((y) => `milex-russia ${y}`),
      "milex-saudi-arabia 2016",
      "milex-israel 2005",
      "milex-israel 2015",
      "milex-israel 2016",
      "milex-turkey 2016",
    ]);
  });

  it("matches the raw TIV tables cell by cell", () => {
    for (const r of committedRecipients.recipients) {
      const raw = rusRaw.get(r.sourceRow);
      expect(raw, r.sourceRow).toBeDefined();
      for (const p of r.points)
        expect(p.value, `${r.name} ${p.year}`).toBe(Number(raw?.get(p.year) || 0));
    }
    expect(committedRecipients.recipients).toHaveLength(rusRaw.size);
    expect(point("tiv-russia-to-iran", 2016)?.value).toBe(413);
    expect(point("tiv-china-to-iran", 2010)?.value).toBe(Number(chiRaw.get("Iran")?.get(2010)));
  });

  it("agrees with 360info's processed long table for Russia and China, 2000–2021", () => {
    const lines = readFileSync(path.join(dir, SIPRI_DIR, "sipri-exports-processed.csv"), "utf8")
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean);
    const processed = new Map<string, number>();
    for (const line of lines) {
      const [supplier = "", recipient = "", year = "", value = ""] = line
        .split(",")
        .map((f) => f.replace(/^"|"$/g, ""));
      const y = Number(year);
      if ((supplier === "Russia" || supplier === "China") && y >= 2000 && y <= 2021) {
        processed.set(`${supplier}|${recipient}|${y}`, Number(value));
      }
    }
    expect(processed.size).toBeGreaterThan(500);
    // An empty cell (no deliveries) has no processed row; a '0' cell (< 0.5m) does.
    const recorded = (p: { value: number | null; note?: string }) =>
      p.value !== 0 || p.note === LESS_THAN_HALF_NOTE;
    const oursRussia = new Map<string, number | null>();
    for (const r of committedRecipients.recipients) {
      for (const p of r.points.filter(recorded)) {
        oursRussia.set(`Russia|${r.sourceRow}|${p.year}`, p.value);
      }
    }
    const processedRussia = new Map([...processed].filter(([k]) => k.startsWith("Russia|")));
    // 360info's long table has no South Sudan rows before 2012 from any supplier, so it drops
    // the raw table's 61m for 2011 (the year South Sudan became independent). Listed here so
    // that any other disagreement still fails.
    const onlyInRawTable = ["Russia|South Sudan|2011"];
    for (const key of onlyInRawTable) {
      expect(oursRussia.get(key), key).toBe(61);
      expect(processedRussia.has(key), key).toBe(false);
      oursRussia.delete(key);
    }
    expect(oursRussia).toEqual(processedRussia);
    const oursChinaIran = new Map(
      (seriesById("tiv-china-to-iran")?.points ?? [])
        .filter(recorded)
        .map((p) => [`China|Iran|${p.year}`, p.value] as const),
    );
    const processedChinaIran = new Map([...processed].filter(([k]) => k.startsWith("China|Iran|")));
    expect(oursChinaIran.size).toBeGreaterThan(10);
    expect(oursChinaIran).toEqual(processedChinaIran);
  });

  it("computes the paper-vs-data numbers that an independent sum of the raw CSV gives", () => {
    const russia = rawSum(rusRaw, "Iran", 2005, 2010);
    const china = rawSum(chiRaw, "Iran", 2005, 2010);
    const [ratioItem, rankItem] = paperVersusData(committedSeries, committedRecipients);
    expect(ratioItem?.computed).toEqual({
      kind: "arms-ratio",
      from: 2005,
      to: 2010,
      russiaToIran: russia,
      chinaToIran: china,
      ratio: russia / china,
    });
    expect(
      armsRatio(
        seriesById("tiv-russia-to-iran") ?? { points: [] },
        seriesById("tiv-china-to-iran") ?? { points: [] },
        2005,
        2010,
      ).ratio,
    ).toBe(russia / china);

    const totals = [...rusRaw.keys()].map((name) => ({
      name,
      total: rawSum(rusRaw, name, 2006, 2015),
    }));
    const iranTotal = rawSum(rusRaw, "Iran", 2006, 2015);
    const iranRank = 1 + totals.filter((t) => t.total > iranTotal).length;
    const top10 = [...totals].sort((a, b) => b.total - a.total).slice(0, 10);
    expect(rankItem?.computed).toMatchObject({ kind: "recipient-rank", iranTotal, iranRank });
    if (rankItem?.computed.kind !== "recipient-rank") throw new Error("wrong kind");
    expect(rankItem.computed.top.map((t) => [t.name, t.total])).toEqual(
      top10.map((t) => [t.name, t.total]),
    );
    for (const n of rankItem.computed.named) {
      const raw = rawSum(rusRaw, n.name, 2006, 2015);
      expect(n.total, n.name).toBe(raw);
      expect(n.timesIran).toBeCloseTo(raw / iranTotal, 10);
    }
    expect(ratioItem?.verdict).toBe(ratioVerdict(russia / china).verdict);
    const named = ["Algeria", "Azerbaijan", "Venezuela", "Viet Nam"].map((n) =>
      rawSum(rusRaw, n, 2006, 2015),
    );
    const expected =
      iranRank > 10 && named.every((t) => t >= 1.5 * iranTotal) ? "consistent" : "not consistent";
    expect(rankItem.verdict).toBe(expected);
  });

  it("fails loudly, naming the line, on a damaged TIV table", async () => {
    const copy = copyOfExternal(dir, "external");
    const file = path.join(copy, SIPRI_DIR, TIV_RUSSIA_FILE);
    const original = readFileSync(file, "utf8");
    const iranLine = original.split("\n").findIndex((l) => l.startsWith("Iran,")) + 1;

    writeFileSync(file, original.replace(/^(Iran,.*),413,/m, "$1,41x,"));
    await expect(buildExternalData(copy)).rejects.toThrow(ImportError);
    await expect(buildExternalData(copy)).rejects.toThrow(
      `${TIV_RUSSIA_FILE}: line ${iranLine} (Iran, 2016): "41x" is not a whole TIV number`,
    );

    writeFileSync(file, original.replace(/^(Iran,.*),413,/m, "$1,913,"));
    await expect(buildExternalData(copy)).rejects.toThrow(
      `line ${iranLine} (Iran) sums to 4404 but its Total is 3901`,
    );

    // A quote that never closes swallows the rest of the file: csv-parse refuses it.
    writeFileSync(file, original.replace(/^Iran,/m, '"Iran,'));
    await expect(buildExternalData(copy)).rejects.toThrow(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: not valid CSV: Quote Not Closed`,
      ),
    );
  }, 30_000);

  it("fails loudly, naming the file, on a workbook that is not an .xlsx", async () => {
    const copy = copyOfExternal(dir, "external");
    const file = path.join(copy, DOTS_DIR, DOTS_FILE);
    writeFileSync(file, readFileSync(file).subarray(0, 2000));
    await expect(buildExternalData(copy)).rejects.toThrow(
      `${file}: cannot read it as an .xlsx workbook`,
    );
  }, 30_000);
});
