import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { requireSource } from "./source-guard";
import { MILEX_RELEASE_UNITS, MILEX_RELEASES } from "@/lib/constants";
import { getSeriesData } from "@/lib/data/external-data";
import { seriesSchema, type Series, type SeriesPoint } from "@/lib/data/schemas/series";
import { SERIES_VIEW_IDS, SERIES_VIEWS } from "@/lib/views/series-views";
import {
  ImportError,
  MILEX_COLOUR_LEGEND,
  MILEX_ESTIMATE_NOTE,
  MILEX_RELEASES_DEFS,
  MILEX_UNCERTAIN_NOTE,
  buildMilexReleaseSeries,
  milexReleaseSeriesId,
  readWorkbook,
  resolveExternalDir,
  type MilexReleaseDef,
} from "@/scripts/import-external";

/**
 * SIPRI's 2025 and 2026 military-expenditure releases, kept apart from each other and from the
 * 2017 release: every release restates all years at its own price basis, so no series and no
 * chart may join two of them.
 */

const R2025 = MILEX_RELEASES_DEFS["sipri-milex-2025"];
const R2026 = MILEX_RELEASES_DEFS["sipri-milex-2026"];
const PARTIES = ["iran", "russia", "saudi-arabia", "israel", "turkey"] as const;
const ROWS = ["Iran", "Russia", "Saudi Arabia", "Israel", "Türkiye"];

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

// ——— The importer on a small stand-in workbook ———

/**
 * A stand-in for a later SIPRI workbook, laid out as the real one: rows 1–4 the header block,
 * row 6 "Country" / "" / "Notes" / 1949…last year, one row per country, and the Footnotes
 * legend. Each figure is its year, so a test can tell which cell a point came from.
 */
async function releaseBook(
  def: MilexReleaseDef,
  edit: (sheet: ExcelJS.Worksheet) => void = () => {},
): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(def.sheet);
  sheet.getCell("A1").value = `${def.title}      ${def.copyright}`;
  sheet.getCell("A2").value = def.unitNote;
  sheet.getCell("A3").value = MILEX_COLOUR_LEGEND;
  sheet.getCell("A4").value = def.markersLegend;
  const header = sheet.getRow(6);
  header.getCell(1).value = "Country";
  header.getCell(3).value = "Notes";
  const allYears = range(1949, def.lastYear);
  allYears.forEach((year, j) => (header.getCell(4 + j).value = year));
  ROWS.forEach((country, i) => {
    const row = sheet.getRow(8 + i);
    row.getCell(1).value = country;
    if (country === "Türkiye") row.getCell(3).value = "‖105";
    allYears.forEach((year, j) => (row.getCell(4 + j).value = year));
  });
  edit(sheet);
  const notes = book.addWorksheet("Footnotes");
  notes.getCell("A1").value = "‖";
  notes.getCell("B1").value = "This country changed or redenominated its currency.";
  const file = path.join(mkdtempSync(path.join(tmpdir(), "milex-release-")), "book.xlsx");
  await book.xlsx.writeFile(file);
  return readWorkbook(file);
}

/** The cell of `country` in `year` in the stand-in. */
const at = (sheet: ExcelJS.Worksheet, country: string, year: number) =>
  sheet.getCell(8 + ROWS.indexOf(country), 4 + year - 1949);

const pointOf = (series: Series[], id: string, year: number) =>
  series.find((s) => s.id === id)?.points.find((p) => p.year === year) as SeriesPoint;

describe("buildMilexReleaseSeries on a stand-in workbook", () => {
  it("reads blue as an estimate, red as highly uncertain, and the markers and blanks as gaps", async () => {
    const book = await releaseBook(R2026, (sheet) => {
      at(sheet, "Russia", 2024).font = { color: { argb: "FF0000FF" } };
      at(sheet, "Iran", 2019).font = { color: { argb: "FFFF0000" } };
      at(sheet, "Israel", 2010).value = "...";
      at(sheet, "Saudi Arabia", 2011).value = "xxx";
      at(sheet, "Türkiye", 2012).value = null;
    });
    const series = buildMilexReleaseSeries(book, R2026);
    expect(series.map((s) => s.id)).toEqual(PARTIES.map((p) => milexReleaseSeriesId(R2026, p)));
    const id = (party: (typeof PARTIES)[number]) => milexReleaseSeriesId(R2026, party);
    expect(pointOf(series, id("russia"), 2024)).toEqual({
      year: 2024,
      value: 2024,
      estimated: true,
      note: MILEX_ESTIMATE_NOTE,
    });
    expect(pointOf(series, id("iran"), 2019)).toEqual({
      year: 2019,
      value: 2019,
      note: MILEX_UNCERTAIN_NOTE,
    });
    // Never zero: a missing figure is a gap, with the sheet's own marker named.
    expect(pointOf(series, id("israel"), 2010)).toEqual({
      year: 2010,
      value: null,
      note: 'data unavailable ("..." in the sheet)',
    });
    expect(pointOf(series, id("saudi-arabia"), 2011)).toMatchObject({ value: null });
    expect(pointOf(series, id("saudi-arabia"), 2011).note).toMatch(/did not exist/);
    expect(pointOf(series, id("turkey"), 2012)).toEqual({
      year: 2012,
      value: null,
      note: "empty cell in the sheet",
    });
    for (const s of series) {
      expect(s.points.map((p) => p.year)).toEqual(range(R2026.years.from, R2026.years.to));
      expect(s.unit).toBe("usd_m_constant_2024");
      expect(s.release).toBe("sipri-milex-2026");
      expect(s.parties).toHaveLength(1);
    }
    expect(series.find((s) => s.id === id("turkey"))?.sourceRow).toContain(
      'row "Türkiye" (row 12; ‖ this country changed or redenominated its currency.; SIPRI footnote 105',
    );
  }, 20_000);

  it.each([
    [
      "a changed price basis",
      (s: ExcelJS.Worksheet) =>
        void (s.getCell("A2").value =
          "Figures are in US $m., at constant 2022 prices and exchange rates."),
      "A2 should read",
    ],
    [
      "a changed colour legend",
      (s: ExcelJS.Worksheet) =>
        void (s.getCell("A3").value = "Figures in green are SIPRI estimates."),
      "A3 should read",
    ],
    [
      "another release's title",
      (s: ExcelJS.Worksheet) => void (s.getCell("A1").value = `${R2025.title} ${R2025.copyright}`),
      "A1 reads",
    ],
    [
      "a gap in the header years",
      (s: ExcelJS.Worksheet) => void (s.getCell(6, 4 + 2000 - 1949).value = 2001),
      "is 2001, not 2000",
    ],
    [
      "a column after the last year",
      (s: ExcelJS.Worksheet) => void (s.getCell(6, 4 + 2026 - 1949).value = "2025 Current"),
      'header cell CC6 "2025 Current" is not a year',
    ],
    [
      "a missing country row",
      (s: ExcelJS.Worksheet) => void (s.getCell(12, 1).value = "Turkey"),
      'expected one row "Türkiye"',
    ],
    [
      "a duplicated country row",
      (s: ExcelJS.Worksheet) => void (s.getCell(30, 1).value = "Iran"),
      'expected one row "Iran" in column A, found 2',
    ],
    [
      "text that is no marker",
      (s: ExcelJS.Worksheet) => void (at(s, "Iran", 2020).value = "n/a"),
      'cannot read "n/a" as expenditure',
    ],
    [
      "a colour outside the legend",
      (s: ExcelJS.Worksheet) => void (at(s, "Israel", 2015).font = { color: { argb: "FF00B050" } }),
      "is not in the sheet's legend",
    ],
    [
      "notes it cannot read",
      (s: ExcelJS.Worksheet) => void (s.getCell(8, 3).value = "92 ?"),
      'unknown note "?"',
    ],
  ])(
    "fails loudly on %s",
    async (_what, edit, message) => {
      const book = await releaseBook(R2026, edit);
      expect(() => buildMilexReleaseSeries(book, R2026)).toThrow(ImportError);
      expect(() => buildMilexReleaseSeries(book, R2026)).toThrow(message);
    },
    20_000,
  );

  it("refuses a release definition whose unit is not the sheet's price basis", async () => {
    const book = await releaseBook(R2026);
    const wrong: MilexReleaseDef = { ...R2026, unit: "usd_m_constant_2023" };
    expect(() => buildMilexReleaseSeries(book, wrong)).toThrow(
      "sipri-milex-2026: unit usd_m_constant_2023 is not the release's price basis",
    );
  }, 20_000);

  it("refuses the wrong sheet, naming the sheets there are", async () => {
    const book = await releaseBook(R2025);
    expect(() => buildMilexReleaseSeries(book, R2026)).toThrow(
      `${R2026.file}: no sheet named "${R2026.sheet}" (sheets: ${R2025.sheet}, Footnotes)`,
    );
  }, 20_000);
});

// ——— The committed data: one release per series and per chart ———

describe("military expenditure releases in the committed data", () => {
  const all = getSeriesData().series;
  const milex = all.filter((s) => s.kind === "milex");

  it("hold five countries per release, each series inside one release and its price basis", () => {
    for (const release of MILEX_RELEASES) {
      const of = milex.filter((s) => s.release === release);
      expect(of.map((s) => s.parties[0]).sort(), release).toEqual([...PARTIES].sort());
      // One source block and one year range per release: nothing is mixed within it.
      expect(new Set(of.map((s) => JSON.stringify(s.source))).size, release).toBe(1);
      expect(new Set(of.map((s) => s.points.map((p) => p.year).join())).size, release).toBe(1);
      for (const s of of) expect(s.unit, s.id).toBe(MILEX_RELEASE_UNITS[release]);
    }
    expect(milex).toHaveLength(5 * MILEX_RELEASES.length);
    // Every release has its own price basis and its own vintage label.
    expect(new Set(Object.values(MILEX_RELEASE_UNITS)).size).toBe(MILEX_RELEASES.length);
    expect(new Set(milex.map((s) => s.source.vintage)).size).toBe(MILEX_RELEASES.length);
  });

  it("span 2005 to each release's last year", () => {
    const years = (release: string) =>
      milex.find((s) => s.release === release)?.points.map((p) => p.year);
    expect(years("sipri-milex-2017")).toEqual(range(2005, 2016));
    expect(years("sipri-milex-2025")).toEqual(range(2005, 2024));
    expect(years("sipri-milex-2026")).toEqual(range(2005, 2025));
  });

  it("label each release's vintage and price basis", () => {
    const source = (release: string) => milex.find((s) => s.release === release)?.source;
    expect(source("sipri-milex-2017")?.vintage).toMatch(/^April 2017 release/);
    expect(source("sipri-milex-2025")?.vintage).toMatch(/^April 2025 release/);
    expect(source("sipri-milex-2026")?.vintage).toMatch(/^2026 release, version 1\.2/);
    expect(source("sipri-milex-2025")?.dataset).toContain('sheet "Constant (2023) US$"');
    expect(source("sipri-milex-2026")?.dataset).toContain('sheet "Constant (2024) US$"');
    for (const s of milex) {
      // The label a legend or a slide note shows names the release and its price basis.
      const base = /^usd_m_constant_(\d{4})$/.exec(s.unit)?.[1];
      expect(s.label, s.id).toMatch(/SIPRI .*\b20(17|25|26) release/);
      expect(s.label, s.id).toContain(`constant ${base} US$`);
      expect(s.source.publisher).toBe("SIPRI");
      expect(s.source.licence, s.id).toMatch(/© SIPRI, cite SIPRI/);
      expect(s.source.url, s.id).toMatch(/^https:\/\/www\.sipri\.org\//);
    }
  });

  it("are refused by the schema when a series names no release or another price basis", () => {
    const s = milex.find((x) => x.release === "sipri-milex-2026") as Series;
    expect(seriesSchema.safeParse(s).success).toBe(true);
    const spliced = seriesSchema.safeParse({ ...s, unit: "usd_m_constant_2023" });
    expect(spliced.error?.issues[0]?.message).toBe(
      "sipri-milex-2026 is in usd_m_constant_2024, not usd_m_constant_2023",
    );
    const noRelease: Partial<Series> = { ...s };
    delete noRelease.release;
    expect(seriesSchema.safeParse(noRelease).error?.issues[0]?.message).toMatch(
      /names its SIPRI release/,
    );
    const tiv = all.find((x) => x.kind === "tiv") as Series;
    expect(seriesSchema.safeParse({ ...tiv, release: "sipri-milex-2017" }).success).toBe(false);
  });

  it("never put two releases, units or vintages on one chart's axis", () => {
    for (const id of SERIES_VIEW_IDS) {
      const shown = all.filter(SERIES_VIEWS[id].pick);
      expect(shown.length, id).toBeGreaterThan(0);
      expect(new Set(shown.map((s) => s.unit)).size, id).toBe(1);
      expect(new Set(shown.map((s) => s.release)).size, id).toBe(1);
      expect(new Set(shown.map((s) => s.source.vintage)).size, id).toBe(1);
    }
    const releaseOf = (id: keyof typeof SERIES_VIEWS) =>
      all.filter(SERIES_VIEWS[id].pick).map((s) => s.release);
    expect(new Set(releaseOf("milex"))).toEqual(new Set(["sipri-milex-2017"]));
    expect(new Set(releaseOf("milex-2025"))).toEqual(new Set(["sipri-milex-2025"]));
    expect(new Set(releaseOf("milex-2026"))).toEqual(new Set(["sipri-milex-2026"]));
  });

  it("give each release's chart the years of its series, and name the release in its texts", () => {
    for (const [id, release, year] of [
      ["milex-2025", "sipri-milex-2025", "2025"],
      ["milex-2026", "sipri-milex-2026", "2026"],
    ] as const) {
      const view = SERIES_VIEWS[id];
      const s = milex.find((x) => x.release === release);
      expect(view.from, id).toBe(s?.points[0]?.year);
      expect(view.to, id).toBe(s?.points.at(-1)?.year);
      for (const text of [view.title, view.description, view.takeaway]) {
        expect(text, id).toContain(`${year} release`);
      }
      expect(view.href).toBe("/balancing");
    }
    expect(new Set(SERIES_VIEW_IDS.map((id) => SERIES_VIEWS[id].testId)).size).toBe(
      SERIES_VIEW_IDS.length,
    );
  });

  it("state the estimate years the takeaways name: Russia 2005–2012 and from 2022, Saudi Arabia from 2016", () => {
    for (const release of ["sipri-milex-2025", "sipri-milex-2026"] as const) {
      const last = release === "sipri-milex-2025" ? 2024 : 2025;
      const flagged = (party: string) =>
        milex
          .find((s) => s.release === release && s.parties[0] === party)
          ?.points.filter((p) => p.estimated)
          .map((p) => p.year);
      expect(flagged("russia"), release).toEqual([...range(2005, 2012), ...range(2022, last)]);
      expect(flagged("saudi-arabia"), release).toEqual(range(2016, last));
      for (const party of ["iran", "israel", "turkey"]) expect(flagged(party)).toEqual([]);
    }
  });
});

// ——— Against the raw workbooks ———

describe("the 2025 and 2026 releases against the raw workbooks", () => {
  const dir = resolveExternalDir();
  const found = existsSync(path.join(dir, R2026.dir, R2026.file));
  if (!requireSource(found, `the SIPRI milex workbooks in ${dir}`, "EXTERNAL_DATA_PATH")) return;

  // Opened with exceljs directly, not through the importer's helpers.
  const books = {
    "sipri-milex-2025": new ExcelJS.Workbook(),
    "sipri-milex-2026": new ExcelJS.Workbook(),
  };
  beforeAll(async () => {
    await Promise.all(
      [R2025, R2026].map((def) =>
        books[def.release].xlsx.readFile(path.join(dir, def.dir, def.file)),
      ),
    );
  }, 30_000);
  const committed = getSeriesData().series;
  const point = (def: MilexReleaseDef, party: string, year: number) =>
    committed
      .find((s) => s.id === milexReleaseSeriesId(def, party as (typeof PARTIES)[number]))
      ?.points.find((p) => p.year === year);

  /** The spot values PROVENANCE.md gives, read from its table rather than restated here. */
  function provenanceTable(def: MilexReleaseDef): Map<string, number> {
    const text = readFileSync(path.join(dir, def.dir, "PROVENANCE.md"), "utf8");
    const lines = text.split("\n").filter((l) => /^\| \d{4} \|/.test(l));
    const out = new Map<string, number>();
    for (const line of lines) {
      const [year = "", ...cells] = line
        .split("|")
        .map((c) => c.trim())
        .filter(Boolean);
      cells.forEach((c, i) =>
        out.set(`${PARTIES_IN_TABLE[i]} ${year}`, Number(c.replace(/,/g, ""))),
      );
    }
    return out;
  }
  // PROVENANCE.md's column order: Iran, Russia, Israel, Saudi Arabia, Türkiye.
  const PARTIES_IN_TABLE = ["iran", "russia", "israel", "saudi-arabia", "turkey"];

  it("reproduce every PROVENANCE.md spot value, rounded to US$ m as SIPRI prints them", () => {
    for (const def of [R2025, R2026]) {
      const table = provenanceTable(def);
      expect(table.size, def.release).toBe(def === R2025 ? 20 : 25);
      for (const [key, value] of table) {
        const [party = "", year = ""] = key.split(" ");
        expect(
          Math.round(point(def, party, Number(year))?.value ?? NaN),
          `${def.release} ${key}`,
        ).toBe(value);
      }
    }
    // The brief's two anchors, stated outright.
    expect(Math.round(point(R2026, "iran", 2025)?.value ?? NaN)).toBe(7450);
    expect(Math.round(point(R2026, "russia", 2024)?.value ?? NaN)).toBe(149402);
    expect(Math.round(point(R2025, "russia", 2024)?.value ?? NaN)).toBe(150534);
  });

  it("take each figure exactly from its cell, estimated exactly where the font is blue", () => {
    const blue = (color: unknown) =>
      JSON.stringify(color) === '{"argb":"FF0000FF"}' || JSON.stringify(color) === '{"indexed":12}';
    for (const def of [R2025, R2026]) {
      const sheet = books[def.release].getWorksheet(def.sheet);
      if (!sheet) throw new Error(`no sheet ${def.sheet}`);
      expect(String(sheet.getCell("A3").value)).toBe(MILEX_COLOUR_LEGEND);
      const yearCol = new Map<number, number>();
      sheet.getRow(6).eachCell((c, n) => {
        if (typeof c.value === "number") yearCol.set(c.value, n);
      });
      PARTIES.forEach((party, i) => {
        let row = 0;
        sheet.eachRow((r, n) => {
          if (r.getCell(1).value === ROWS[i]) row = n;
        });
        expect(row, ROWS[i]).toBeGreaterThan(0);
        const s = committed.find((x) => x.id === milexReleaseSeriesId(def, party));
        expect(s?.sourceRow).toContain(`row "${ROWS[i]}" (row ${row}`);
        for (const p of s?.points ?? []) {
          const cell = sheet.getCell(row, yearCol.get(p.year) ?? 0);
          expect(cell.value, `${s?.id} ${p.year}`).toBe(p.value);
          expect(p.estimated === true, `${s?.id} ${p.year}`).toBe(blue(cell.font?.color));
        }
      });
    }
    // PROVENANCE.md (2026): Russia 2022–2025 and Saudi Arabia are blue.
    for (const year of [2022, 2023, 2024, 2025]) {
      expect(point(R2026, "russia", year)?.estimated, `russia ${year}`).toBe(true);
    }
    for (const year of [2016, 2022, 2023, 2024, 2025]) {
      expect(point(R2026, "saudi-arabia", year)?.estimated, `saudi-arabia ${year}`).toBe(true);
    }
    expect(point(R2026, "iran", 2025)).toEqual({ year: 2025, value: 7450.45175267091 });
  });

  it("count the estimate-flagged points per release", () => {
    const flagged = (release: string) =>
      committed
        .filter((s) => s.release === release)
        .reduce((n, s) => n + s.points.filter((p) => p.estimated).length, 0);
    expect(flagged("sipri-milex-2025")).toBe(20);
    expect(flagged("sipri-milex-2026")).toBe(22);
  });
});
