import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { requireSource } from "./source-guard";
import {
  armsRecipientsFileSchema,
  paperVsDataSchema,
  seriesFileSchema,
  type ArmsRecipient,
} from "@/lib/analysis-schemas";
import { getArmsRecipients, getPaperVersusData, getSeriesData } from "@/lib/external-data";
import {
  armsRatio,
  paperVersusData,
  ratioVerdict,
  recipientRanking,
  sumTiv,
} from "@/lib/paper-vs-data";
import { CsvError, parseCsv } from "@/scripts/external/csv";
import {
  XlsxError,
  cellAt,
  columnIndex,
  columnName,
  crc32,
  readXlsx,
} from "@/scripts/external/xlsx";
import {
  ARMS_RECIPIENTS_FILE,
  DOTS_DIR,
  DOTS_FILE,
  ImportError,
  LESS_THAN_HALF_NOTE,
  MILEX_2016_NOTE,
  MILEX_DIR,
  MILEX_FILE,
  MILEX_SHEET,
  SERIES_FILE,
  SIPRI_DIR,
  TIV_CHINA_FILE,
  TIV_RUSSIA_FILE,
  buildExternalData,
  formatJson,
  parseDotsCell,
  resolveExternalDir,
} from "@/scripts/import-external";

// ——— Helpers: a tiny zip writer, so the xlsx reader can be tested on files we control ———

function makeZip(files: Record<string, string | Buffer>, compress = true): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
    const packed = compress ? deflateRawSync(data) : data;
    const nameBuf = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(compress ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(compress ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Object.keys(files).length, 8);
  eocd.writeUInt16LE(Object.keys(files).length, 10);
  eocd.writeUInt32LE(dir.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, eocd]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const tinyWorkbook = (sheetXml: string) => ({
  // A prefixed root ("x:") as some writers emit, to check names are matched without prefixes.
  "xl/workbook.xml": `<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ${RNS}><x:sheets><x:sheet name="Data &amp; notes" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
  "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  "xl/sharedStrings.xml": `<sst ${NS}><si><t>Shared</t></si><si><r><t>Rich </t></r><r><t xml:space="preserve">text</t></r><rPh><t>hint</t></rPh></si></sst>`,
  "xl/styles.xml": `<styleSheet ${NS}><fonts><font><sz val="10"/></font><font><color rgb="ff0000ff"/></font></fonts><cellXfs><xf fontId="0"/><xf fontId="1"/></cellXfs></styleSheet>`,
  "xl/worksheets/sheet1.xml": sheetXml,
});

const tinySheet = `<?xml version="1.0" encoding="UTF-8"?>
<worksheet ${NS}><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>inline &amp; &#233;</t></is></c><c r="C1" s="1"><v>1045.93</v></c></row>
<row r="3"><c r="A3" t="s"><v>1</v></c><c t="b"><v>1</v></c><c r="D3" t="str"><v>cached</v></c><c r="E3" s="1"/><c r="F3"><v>-2.5E3</v></c></row>
</sheetData></worksheet>`;

// ——— CSV ———

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes, line breaks and empty fields", () => {
    const text = 'a,"b, c","say ""hi"""\r\n"",,"two\nlines"\nlast,row';
    expect(parseCsv(text)).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["", "", "two\nlines"],
      ["last", "row"],
    ]);
  });

  it("keeps a trailing empty field and ignores one final newline", () => {
    expect(parseCsv("x,\n")).toEqual([["x", ""]]);
    expect(parseCsv('x,""')).toEqual([["x", ""]]);
  });

  it("names the line of a quoted field that never closes", () => {
    expect(() => parseCsv('a,b\nc,"never closed\n', "bad.csv")).toThrow(CsvError);
    expect(() => parseCsv('a,b\nc,"never closed\n', "bad.csv")).toThrow(
      "bad.csv: line 2: a quoted field is never closed",
    );
  });

  it("rejects text after a closing quote and a quote inside an unquoted field", () => {
    expect(() => parseCsv('"a"b,c', "x.csv")).toThrow(/x\.csv: line 1, column 4: unexpected text/);
    expect(() => parseCsv('ab"c', "x.csv")).toThrow(/line 1, column 3: a quote inside/);
  });
});

// ——— XLSX ———

describe("readXlsx", () => {
  it("reads shared, rich-text, inline, numeric, boolean and cached-formula cells", () => {
    const book = readXlsx(makeZip(tinyWorkbook(tinySheet)), "tiny.xlsx");
    expect(book.sheetNames).toEqual(["Data & notes"]);
    const sheet = book.sheet("Data & notes");
    expect(cellAt(sheet, "A1")).toMatchObject({ type: "string", value: "Shared" });
    expect(cellAt(sheet, "B1")).toMatchObject({ type: "string", value: "inline & é" });
    expect(cellAt(sheet, "C1")).toMatchObject({ type: "number", value: 1045.93, style: 1 });
    expect(cellAt(sheet, "A3")).toMatchObject({ type: "string", value: "Rich text" });
    // B3 has no reference: it follows on from A3.
    expect(cellAt(sheet, 3, 2)).toMatchObject({ ref: "B3", type: "boolean", value: true });
    expect(cellAt(sheet, "D3")).toMatchObject({ type: "string", value: "cached" });
    expect(cellAt(sheet, "E3")).toBeUndefined();
    expect(cellAt(sheet, "F3")).toMatchObject({ type: "number", value: -2500 });
    expect(sheet.rows.has(2)).toBe(false);
  });

  it("reads font colours through the cell styles", () => {
    const book = readXlsx(makeZip(tinyWorkbook(tinySheet), false), "stored.xlsx");
    expect(book.fontColour(1)).toEqual({ rgb: "FF0000FF" });
    expect(book.fontColour(0)).toBeUndefined();
  });

  it("converts column names both ways", () => {
    expect(columnIndex("A")).toBe(1);
    expect(columnIndex("BS")).toBe(71);
    for (const n of [1, 26, 27, 52, 53, 702, 703, 16384])
      expect(columnIndex(columnName(n))).toBe(n);
  });

  it("gives a clear error for a file that is not a zip", () => {
    expect(() => readXlsx(Buffer.from("name,value\nIran,1\n".repeat(3)), "fake.xlsx")).toThrow(
      /fake\.xlsx: not a zip file \(no end-of-central-directory record\)/,
    );
  });

  it("gives a clear error for a damaged entry", () => {
    const zip = makeZip(tinyWorkbook(tinySheet), false);
    const at = zip.indexOf("Shared");
    zip.write("Sharex", at); // same length, so only the CRC can tell
    expect(() => readXlsx(zip, "damaged.xlsx")).toThrow(
      /damaged\.xlsx: xl\/sharedStrings\.xml fails its size or CRC check/,
    );
  });

  it("gives a clear error for a zip that is not a workbook, and for broken XML", () => {
    expect(() => readXlsx(makeZip({ "readme.txt": "hello" }), "other.zip")).toThrow(
      "other.zip: missing part xl/workbook.xml; is it an .xlsx?",
    );
    const broken = tinyWorkbook(`<worksheet ${NS}><sheetData><row r="1"></sheetData></worksheet>`);
    const book = readXlsx(makeZip(broken), "broken.xlsx");
    expect(() => book.sheet("Data & notes")).toThrow(XlsxError);
    expect(() => book.sheet("Data & notes")).toThrow(/unexpected <\/sheetData>/);
    expect(() => book.sheet("Missing")).toThrow(
      /no sheet named "Missing" \(sheets: Data & notes\)/,
    );
  });
});

describe("parseDotsCell", () => {
  const cell = (value: string | number) =>
    typeof value === "number"
      ? { ref: "A1", row: 1, col: 1, type: "number" as const, value, style: 0 }
      : { ref: "A1", row: 1, col: 1, type: "string" as const, value, style: 0 };

  it("strips the estimate flag and the thousands separator", () => {
    expect(parseDotsCell(cell("1,045.93 e"), "x")).toEqual({ value: 1045.93, estimated: true });
    expect(parseDotsCell(cell("12,474.25 e"), "x")).toEqual({ value: 12474.25, estimated: true });
    expect(parseDotsCell(cell(1077.017898), "x")).toEqual({ value: 1077.017898, estimated: false });
  });

  it("keeps a missing cell as null, never zero, and refuses text it does not know", () => {
    expect(parseDotsCell(undefined, "x")).toEqual({ value: null, estimated: false });
    expect(() => parseDotsCell(cell("n.a."), "DOTS C9")).toThrow('DOTS C9: cannot read "n.a."');
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
    expect(ids.filter((id) => id.startsWith("tiv-"))).toHaveLength(8);
    expect(ids.filter((id) => id.startsWith("trade-"))).toHaveLength(14);
    expect(ids.filter((id) => id.startsWith("milex-"))).toHaveLength(5);
    const span = (id: string) => byId(id).points.map((p) => p.year);
    expect(span("tiv-russia-to-iran")).toEqual(Array.from({ length: 22 }, (_, i) => 2000 + i));
    expect(span("trade-iran-exports-to-china")).toEqual(
      Array.from({ length: 12 }, (_, i) => 2005 + i),
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

  const fresh = buildExternalData(dir);
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
    const book = readXlsx(path.join(dir, DOTS_DIR, DOTS_FILE));
    const exportsSheet = book.sheet("Exports, FOB");
    expect(cellAt(exportsSheet, "B18")?.value).toBe("France");
    // Row 7 holds the years; find 2010's column independently of the importer.
    const yearCol = [...(exportsSheet.rows.get(7) ?? new Map())].find(
      ([, c]) => String(c.value) === "2010",
    )?.[0];
    expect(cellAt(exportsSheet, 18, yearCol ?? 0)?.value).toBe("1,045.93 e");
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
    const book = readXlsx(path.join(dir, MILEX_DIR, MILEX_FILE));
    const sheet = book.sheet(MILEX_SHEET);
    expect(cellAt(sheet, "BS6")?.value).toBe(2016);
    expect(cellAt(sheet, "BT6")?.value).toBe("2016 Current");
    expect(cellAt(sheet, "A184")?.value).toBe("Iran");
    const iran2016 = point("milex-iran", 2016);
    expect(iran2016?.value).toBe(cellAt(sheet, "BS184")?.value);
    expect(iran2016?.value).not.toBe(cellAt(sheet, "BT184")?.value);
    expect(iran2016?.note).toBe(MILEX_2016_NOTE);
    expect(point("milex-iran", 2005)?.value).toBeCloseTo(12333.84, 2);
    // Russia 2005–2012 are printed in blue, SIPRI's colour for its own estimates.
    expect(point("milex-russia", 2005)).toMatchObject({
      value: 31292.596155056712,
      estimated: true,
    });
    expect(point("milex-russia", 2013)?.estimated).toBeUndefined();
    expect(point("milex-saudi-arabia", 2015)?.value).toBeCloseTo(87185.87, 2);
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

  it("fails loudly, naming the line, on a damaged TIV table", () => {
    const copy = mkdtempSync(path.join(tmpdir(), "external-"));
    cpSync(dir, copy, { recursive: true });
    const file = path.join(copy, SIPRI_DIR, TIV_RUSSIA_FILE);
    const original = readFileSync(file, "utf8");
    const iranLine = original.split("\n").findIndex((l) => l.startsWith("Iran,")) + 1;

    writeFileSync(file, original.replace(/^(Iran,.*),413,/m, "$1,41x,"));
    expect(() => buildExternalData(copy)).toThrow(ImportError);
    expect(() => buildExternalData(copy)).toThrow(
      `${TIV_RUSSIA_FILE}: line ${iranLine} (Iran, 2016): "41x" is not a whole TIV number`,
    );

    writeFileSync(file, original.replace(/^(Iran,.*),413,/m, "$1,913,"));
    expect(() => buildExternalData(copy)).toThrow(
      `line ${iranLine} (Iran) sums to 4404 but its Total is 3901`,
    );
  }, 20_000);
});
