import { existsSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { requireSource } from "./source-guard";
import { getSeriesData } from "@/lib/data/external-data";
import { seriesSchema, type Series } from "@/lib/data/schemas/series";
import { SERIES_VIEW_IDS, SERIES_VIEWS, seriesView } from "@/lib/views/series-views";
import {
  buildDotsSeries,
  DOTS_RELEASE,
  DOTS_TABLES,
  PARTNER_DOTS_DIR,
  resolveExternalDir,
} from "@/scripts/import-external";

const all = getSeriesData().series;
const trade = all.filter((s) => s.kind === "trade-flow");
const byId = (id: string): Series => {
  const s = all.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id}`);
  return s;
};
const valueIn = (id: string, year: number) => byId(id).points.find((p) => p.year === year);
const MIRRORS = [
  "trade-mirror-russia-to-iran",
  "trade-mirror-iran-to-russia",
  "trade-mirror-china-to-iran",
  "trade-mirror-iran-to-china",
] as const;

describe("partner-reported DOTS series in the committed data", () => {
  it("are Russia's and China's reports of trade with Iran, 2005–2020, named by reporter and vintage", () => {
    const partner = trade.filter((s) => s.reporter !== "iran");
    expect(partner.map((s) => s.id).sort()).toEqual([
      "trade-china-exports-to-iran",
      "trade-china-imports-from-iran",
      "trade-russia-exports-to-iran",
      "trade-russia-imports-from-iran",
    ]);
    for (const s of partner) {
      expect(s.parties).toEqual([s.reporter, "iran"]);
      expect(s.release).toBe("imf-dots-2022");
      expect(s.points.map((p) => p.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2005 + i));
      // The label and the dataset say whose table it is.
      const name = s.reporter === "russia" ? "Russia" : "China";
      expect(s.label).toContain(`as reported in ${name}'s DOTS table`);
      expect(s.source.dataset).toContain(
        s.reporter === "russia"
          ? "Russian Federation as reporter"
          : "China, P.R.: Mainland as reporter",
      );
      expect(s.source.vintage).toMatch(/^Early-2022 vintage, data to 2020/);
      // Russia and China report these flows themselves: the tables carry no "e" for them.
      expect(s.points.filter((p) => p.estimated)).toEqual([]);
    }
  });

  it("reproduce PROVENANCE.md's spot values for Russia, 2013–2020", () => {
    const rounded = (id: string) =>
      byId(id)
        .points.filter((p) => p.year >= 2013)
        .map((p) => Math.round((p.value ?? NaN) * 10) / 10);
    expect(rounded("trade-russia-exports-to-iran")).toEqual([
      1168.6, 1326.9, 1018.9, 1880.9, 1315.8, 1207.5, 1196.9, 1433.7,
    ]);
    expect(rounded("trade-russia-imports-from-iran")).toEqual([
      432.9, 355.1, 260.2, 302.8, 393, 525.8, 385.7, 795.7,
    ]);
    expect(Math.round(valueIn("trade-china-exports-to-iran", 2013)?.value ?? 0)).toBe(14389);
    expect(Math.round(valueIn("trade-china-exports-to-iran", 2020)?.value ?? 0)).toBe(8513);
    expect(Math.round(valueIn("trade-china-imports-from-iran", 2013)?.value ?? 0)).toBe(25397);
    expect(Math.round(valueIn("trade-china-imports-from-iran", 2020)?.value ?? 0)).toBe(6401);
  });

  it("keep Iran's table to 2020 with its flags: every export to Russia and China estimated, imports not", () => {
    for (const partner of ["russia", "china"]) {
      const exp = byId(`trade-iran-exports-to-${partner}`).points.filter((p) => p.year > 2016);
      const imp = byId(`trade-iran-imports-from-${partner}`).points.filter((p) => p.year > 2016);
      expect(exp.map((p) => p.year)).toEqual([2017, 2018, 2019, 2020]);
      expect(exp.every((p) => p.estimated === true && p.value !== null)).toBe(true);
      expect(imp.every((p) => p.estimated === undefined && p.value !== null)).toBe(true);
    }
  });

  it("never mix reporters, releases or vintages inside a series, and the schema refuses one without them", () => {
    for (const s of trade) {
      expect(s.reporter, s.id).toBe(s.parties[0]);
      expect(s.release, s.id).toBe(DOTS_RELEASE);
      // One file, one sheet, one row per series: nothing spliced from another table.
      expect(s.sourceRow, s.id).toMatch(
        /^DOTS_\d+(_\w+)?\.xlsx, sheet "[^"]+", row "[^"]+" \(row \d+\)$/,
      );
      expect(s.id, s.id).toMatch(new RegExp(`^trade-${s.reporter}-(exports-to|imports-from)-`));
    }
    const russia = byId("trade-russia-exports-to-iran");
    expect(seriesSchema.safeParse({ ...russia, reporter: undefined }).success).toBe(false);
    expect(seriesSchema.safeParse({ ...russia, release: undefined }).success).toBe(false);
    // The reporter is the first party: Russia's table cannot be labelled as Iran's.
    expect(seriesSchema.safeParse({ ...russia, reporter: "iran" }).success).toBe(false);
    expect(seriesSchema.safeParse({ ...russia, release: "sipri-at-2022" }).success).toBe(false);
  });
});

describe("the trade views", () => {
  it("draw one reporter per line and one vintage per chart; the 2005–2016 charts keep to Iran's table", () => {
    for (const id of SERIES_VIEW_IDS) {
      const shown = all.filter(SERIES_VIEWS[id].pick);
      if (!shown.every((s) => s.kind === "trade-flow")) continue;
      expect(new Set(shown.map((s) => s.release)).size, id).toBe(1);
      expect(new Set(shown.map((s) => s.source.vintage)).size, id).toBe(1);
    }
    for (const id of ["trade-exports", "trade-imports"] as const) {
      const shown = all.filter(SERIES_VIEWS[id].pick);
      expect(new Set(shown.map((s) => s.reporter)), id).toEqual(new Set(["iran"]));
    }
  });

  it("set each flow of goods as its exporter and its importer report it, keyed by reporter", () => {
    for (const id of MIRRORS) {
      const view = seriesView(id, all);
      expect(view.series, id).toHaveLength(2);
      expect(new Set(view.series.map((s) => s.reporter)).size, id).toBe(2);
      expect(view.series.map((s) => s.flow).sort(), id).toEqual(["exports", "imports"]);
      // Both lines carry the same goods: exporter's exports to, importer's imports from.
      const exp = view.series.find((s) => s.flow === "exports")!;
      const imp = view.series.find((s) => s.flow === "imports")!;
      expect(exp.parties, id).toEqual([imp.parties[1], imp.parties[0]]);
      expect(
        view.table.columns.slice(1).every((c) => c.startsWith("Reporter: ")),
        id,
      ).toBe(true);
      expect(view.to, id).toBe(2020);
      expect(view.source, id).toContain("as reporter");
      expect(view.asOf, id).toContain("Early-2022 vintage");
    }
  });

  it("count the estimates in Iran's side, after 2016 too, in the notes", () => {
    const notes = seriesView("trade-mirror-iran-to-russia", all)
      .notes.map((n) => n.text)
      .join(" ");
    expect(notes).toContain(
      "Iran's DOTS table: 16 of the 16 values shown (2005–2020) are IMF estimates (“e”). It has 4 values after 2016 (to 2020), 4 of them estimates.",
    );
    expect(notes).toContain(
      "Russia's DOTS table: 0 of the 16 values shown (2005–2020) are IMF estimates (“e”).",
    );
    const table = seriesView("trade-mirror-iran-to-russia", all).table;
    const row2020 = table.rows.find((r) => r.key === "2020")!;
    expect(row2020.cells.map((c) => c.text)).toEqual(["2020", "750.64 (e)", "795.681"]);
  });

  it("bear out the numbers their takeaways state", () => {
    const bn = (id: string, year: number) => ((valueIn(id, year)?.value ?? NaN) / 1000).toFixed(1);
    const range = (id: string) => {
      const v = byId(id)
        .points.filter((p) => p.year >= 2017)
        .map((p) => p.value ?? NaN);
      return `$${(Math.min(...v) / 1000).toFixed(1)}–${(Math.max(...v) / 1000).toFixed(1)}bn`;
    };
    expect(SERIES_VIEWS["trade-mirror-russia-to-iran"].takeaway).toContain(
      `exports to Iran of ${range("trade-russia-exports-to-iran")} a year`,
    );
    expect(SERIES_VIEWS["trade-mirror-russia-to-iran"].takeaway).toContain(
      `imports from Russia of ${range("trade-iran-imports-from-russia")}`,
    );
    expect(SERIES_VIEWS["trade-mirror-iran-to-russia"].takeaway).toContain(
      `imports from Iran of ${range("trade-russia-imports-from-iran")} a year`,
    );
    expect(SERIES_VIEWS["trade-mirror-china-to-iran"].takeaway).toContain(
      `from $${bn("trade-china-exports-to-iran", 2017)}bn in 2017 to $${bn("trade-china-exports-to-iran", 2020)}bn in 2020`,
    );
    expect(SERIES_VIEWS["trade-mirror-china-to-iran"].takeaway).toContain(
      `from $${bn("trade-iran-imports-from-china", 2017)}bn to $${bn("trade-iran-imports-from-china", 2020)}bn`,
    );
    const china = SERIES_VIEWS["trade-mirror-iran-to-china"].takeaway;
    expect(china).toContain(`$${bn("trade-china-imports-from-iran", 2017)}bn in 2017`);
    expect(china).toContain(`$${bn("trade-china-imports-from-iran", 2018)}bn in 2018`);
    expect(china).toContain(`$${bn("trade-china-imports-from-iran", 2020)}bn in 2020`);
    for (const id of ["trade-mirror-iran-to-russia", "trade-mirror-iran-to-china"] as const) {
      const iranSide = seriesView(id, all).series.find((s) => s.reporter === "iran")!;
      expect(
        iranSide.points.every((p) => p.estimated),
        id,
      ).toBe(true);
      expect(SERIES_VIEWS[id].takeaway).toContain("IMF estimates in every year");
    }
  });
});

describe("the partner DOTS tables against the raw workbooks", () => {
  const dir = resolveExternalDir();
  const found = existsSync(path.join(dir, PARTNER_DOTS_DIR, DOTS_TABLES.russia.file));
  if (!requireSource(found, `the partner DOTS tables in ${dir}`, "EXTERNAL_DATA_PATH")) return;

  const open = async (def: (typeof DOTS_TABLES)[keyof typeof DOTS_TABLES]) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, def.dir, def.file));
    return book;
  };
  let russia: ExcelJS.Workbook;
  let china: ExcelJS.Workbook;
  let iran: ExcelJS.Workbook;
  beforeAll(async () => {
    [russia, china, iran] = await Promise.all([
      open(DOTS_TABLES.russia),
      open(DOTS_TABLES.china),
      open(DOTS_TABLES.iran),
    ]);
  });

  it("take the exact cells of the Iran rows (read here with exceljs directly)", () => {
    const rx = russia.getWorksheet("Exports, FOB")!;
    expect(rx.getCell("B4").value).toBe("Russian Federation");
    expect(rx.getCell("B118").value).toBe("Iran, Islamic Rep. of");
    expect(rx.getCell("AE7").value).toBe("2020");
    expect(rx.getCell("AE118").value).toBe(1433.651529);
    expect(valueIn("trade-russia-exports-to-iran", 2020)).toEqual({
      year: 2020,
      value: 1433.651529,
    });
    expect(rx.getCell("P7").value).toBe("2005");
    expect(valueIn("trade-russia-exports-to-iran", 2005)?.value).toBe(rx.getCell("P118").value);
    const rm = russia.getWorksheet("Imports, CIF")!;
    expect(rm.getCell("B119").value).toBe("Iran, Islamic Rep. of");
    expect(valueIn("trade-russia-imports-from-iran", 2020)?.value).toBe(rm.getCell("AE119").value);
    const cx = china.getWorksheet("Exports, FOB")!;
    expect(cx.getCell("B119").value).toBe("Iran, Islamic Rep. of");
    expect(cx.getCell("AT7").value).toBe("2020");
    expect(valueIn("trade-china-exports-to-iran", 2020)?.value).toBe(cx.getCell("AT119").value);
    const cm = china.getWorksheet("Imports, CIF")!;
    expect(valueIn("trade-china-imports-from-iran", 2018)?.value).toBe(cm.getCell("AR119").value);
    expect(cm.getCell("AR7").value).toBe("2018");
  });

  it("keep each partner's flow below its reported World total", () => {
    for (const [book, id, sheet, iranRow] of [
      [russia, "trade-russia-exports-to-iran", "Exports, FOB", 118],
      [china, "trade-china-imports-from-iran", "Imports, CIF", 119],
    ] as const) {
      const ws = book.getWorksheet(sheet)!;
      expect(ws.getCell("B9").value).toBe("World");
      ws.getRow(7).eachCell((c, col) => {
        const year = Number(c.value);
        if (year < 2005) return;
        const world = ws.getCell(9, col).value as number;
        expect(ws.getCell(iranRow, col).value as number, `${id} ${year}`).toBeLessThan(world);
        expect(valueIn(id, year)?.value, `${id} ${year}`).toBe(ws.getCell(iranRow, col).value);
      });
    }
  });

  it("read Iran's post-2016 'e' cells as estimates, from the raw text", () => {
    const ix = iran.getWorksheet("Exports, FOB")!;
    expect(ix.getCell("B92").value).toBe("Russian Federation");
    expect(ix.getCell("AU7").value).toBe("2020");
    expect(ix.getCell("AU92").value).toBe("750.64 e");
    expect(valueIn("trade-iran-exports-to-russia", 2020)).toEqual({
      year: 2020,
      value: 750.64,
      estimated: true,
    });
    const im = iran.getWorksheet("Imports, CIF")!;
    expect(im.getCell("B91").value).toBe("Russian Federation");
    expect(im.getCell("BE91").value).toBe(704.430223);
    expect(valueIn("trade-iran-imports-from-russia", 2017)).toEqual({
      year: 2017,
      value: 704.430223,
    });
  });

  it("rebuild the committed partner series exactly from the raw files", () => {
    const fresh = [
      ...buildDotsSeries(russia, DOTS_TABLES.russia),
      ...buildDotsSeries(china, DOTS_TABLES.china),
    ];
    for (const s of fresh) expect(s, s.id).toEqual(byId(s.id));
  });

  it("fail on a table of another reporter, a newer year, or a cell it cannot read", async () => {
    const wrongReporter = await open(DOTS_TABLES.russia);
    wrongReporter.getWorksheet("Exports, FOB")!.getCell("B4").value = "China, P.R.: Mainland";
    expect(() => buildDotsSeries(wrongReporter, DOTS_TABLES.russia)).toThrow(
      'B4 reads "China, P.R.: Mainland", not the reporter "Russian Federation"',
    );
    const newer = await open(DOTS_TABLES.china);
    newer.getWorksheet("Imports, CIF")!.getCell("AU7").value = "2021";
    expect(() => buildDotsSeries(newer, DOTS_TABLES.china)).toThrow(
      "the year row ends in 2021, not 2020",
    );
    const damaged = await open(DOTS_TABLES.russia);
    damaged.getWorksheet("Imports, CIF")!.getCell("AA119").value = "n/a";
    expect(() => buildDotsSeries(damaged, DOTS_TABLES.russia)).toThrow(
      'DOTS_162_Russia.xlsx › Imports, CIF AA119: cannot read "n/a" as a DOTS value',
    );
    const noIran = await open(DOTS_TABLES.china);
    noIran.getWorksheet("Exports, FOB")!.getCell("B119").value = "Iran";
    expect(() => buildDotsSeries(noIran, DOTS_TABLES.china)).toThrow(
      'expected one row "Iran, Islamic Rep. of" in column B, found 0',
    );
  });
});
