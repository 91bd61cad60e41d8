import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyOfExternal } from "./external-copy";
import { requireSource } from "./source-guard";
import { getSeriesData } from "@/lib/data/external-data";
import { seriesSchema, type Series } from "@/lib/data/schemas/series";
import { SERIES_VIEW_IDS, SERIES_VIEWS } from "@/lib/views/series-views";
import { PAGES } from "@/lib/routes";
import {
  ImportError,
  REGISTER_DIR,
  REGISTER_ESTIMATE_NOTE,
  REGISTER_FILE,
  REGISTER_HEADER,
  REGISTER_PREAMBLE,
  REGISTER_SOURCE,
  buildExternalData,
  buildRegisterSeries,
  parseCsvText,
  parseRegister,
  readRegister,
  registerSeriesId,
  resolveExternalDir,
  sumDecimals,
} from "@/scripts/import-external";

/**
 * SIPRI's trade register from its March 2024 release (generated 3 January 2025): Russia to Iran,
 * Iran to Russia and China to Iran, 2000–2023, each year the exact sum of its delivery rows. A
 * different release from the 2022 supplier tables, so never on one chart with them.
 */

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

const IDS = {
  russiaToIran: registerSeriesId("russia", "iran"),
  iranToRussia: registerSeriesId("iran", "russia"),
  chinaToIran: registerSeriesId("china", "iran"),
} as const;

// ——— The importer on a small stand-in register ———

interface StandInRow {
  supplier: string;
  recipient: string;
  year: number;
  tiv: string;
  /** "Numbers delivered is estimate", "Delivery year is estimate"; "No" unless given. */
  numbersEst?: string;
  yearEst?: string;
}

/** One register line in the real layout: 17 fields, the TIV in column 16. */
function line(r: StandInRow, id = 1): string {
  return [
    String(id),
    r.supplier,
    r.recipient,
    "Type-X",
    "trainer aircraft",
    "Aircraft",
    String(r.year - 1),
    "No",
    "1",
    r.numbersEst ?? "No",
    String(r.year),
    r.yearEst ?? "No",
    "New",
    "1",
    "1",
    r.tiv,
    "No",
  ].join(",");
}

/** One filler delivery per year 2000–2023 between two other states, so every year is covered. */
const FILLER: StandInRow[] = range(2000, 2023).map((year) => ({
  supplier: "France",
  recipient: "India",
  year,
  tiv: "5",
}));

function standIn(rows: StandInRow[], edit: (lines: string[]) => void = () => {}): string[][] {
  const lines = [
    ...REGISTER_PREAMBLE,
    REGISTER_HEADER.join(","),
    ...[...FILLER, ...rows].map((r, i) => line(r, 1000 + i)),
  ];
  edit(lines);
  return parseCsvText(`${lines.join("\n")}\n`, "stand-in.csv");
}

const THREE_FLOWS: StandInRow[] = [
  { supplier: "Russia", recipient: "Iran", year: 2000, tiv: "0.1" },
  { supplier: "Russia", recipient: "Iran", year: 2000, tiv: "0.2" },
  { supplier: "Russia", recipient: "Iran", year: 2016, tiv: "220", yearEst: "Yes" },
  { supplier: "Russia", recipient: "Iran", year: 2016, tiv: "165" },
  { supplier: "Iran", recipient: "Russia", year: 2022, tiv: "120", numbersEst: "Yes" },
  { supplier: "Iran", recipient: "Russia", year: 2022, tiv: "3" },
  { supplier: "China", recipient: "Iran", year: 2005, tiv: "10.55" },
];

const pointOf = (series: Series[], id: string, year: number) =>
  series.find((s) => s.id === id)?.points.find((p) => p.year === year);

describe("the register importer on a stand-in file", () => {
  it("sums each pair's delivery rows by year exactly, with no floating-point residue", () => {
    const series = buildRegisterSeries(parseRegister(standIn(THREE_FLOWS), "stand-in.csv"));
    expect(series.map((s) => s.id)).toEqual([IDS.russiaToIran, IDS.iranToRussia, IDS.chinaToIran]);
    // 0.1 + 0.2 in plain floating point is 0.30000000000000004.
    expect(pointOf(series, IDS.russiaToIran, 2000)).toEqual({ year: 2000, value: 0.3 });
    expect(pointOf(series, IDS.chinaToIran, 2005)).toEqual({ year: 2005, value: 10.55 });
    for (const s of series) {
      expect(s.points.map((p) => p.year)).toEqual(range(2000, 2023));
      expect(s.release).toBe("sipri-at-2024");
      expect(s.kind).toBe("tiv");
      expect(s.unit).toBe("tiv_m");
      expect(seriesSchema.safeParse(s).success, s.id).toBe(true);
    }
  });

  it("marks a year as an estimate when any row summed into it has a delivery flag set", () => {
    const series = buildRegisterSeries(parseRegister(standIn(THREE_FLOWS), "stand-in.csv"));
    // Delivery year estimated on one of the two 2016 rows.
    expect(pointOf(series, IDS.russiaToIran, 2016)).toEqual({
      year: 2016,
      value: 385,
      estimated: true,
      note: REGISTER_ESTIMATE_NOTE,
    });
    // Numbers delivered estimated on one of the two 2022 rows.
    expect(pointOf(series, IDS.iranToRussia, 2022)).toMatchObject({ value: 123, estimated: true });
    // Neither flag set: no estimate. "Order date is estimate" alone never marks a year.
    expect(pointOf(series, IDS.russiaToIran, 2000)?.estimated).toBeUndefined();
  });

  it("reads a year with no delivery row as a plain zero, as SIPRI's tables print it", () => {
    const series = buildRegisterSeries(parseRegister(standIn(THREE_FLOWS), "stand-in.csv"));
    expect(pointOf(series, IDS.iranToRussia, 2021)).toEqual({ year: 2021, value: 0 });
    expect(pointOf(series, IDS.chinaToIran, 2023)).toEqual({ year: 2023, value: 0 });
  });

  it.each([
    [
      "a changed query line",
      (l: string[]) => void (l[0] = (l[0] ?? "").replace("'2000'", "'2005'")),
      "preamble line 1 reads",
    ],
    [
      "a changed generation stamp",
      (l: string[]) => void (l[10] = "Data generated: 14 Mar 2025 10:00:00 AM"),
      "preamble line 11 reads",
    ],
    ["a missing preamble line", (l: string[]) => void l.splice(3, 1), "preamble line 4 reads"],
    [
      "a renamed header column",
      (l: string[]) => void (l[11] = (l[11] ?? "").replace("Delivery year is estimate", "Est")),
      'header column 12 is "Est", not "Delivery year is estimate"',
    ],
    [
      "a header with a column more",
      (l: string[]) => void (l[11] = `${l[11] ?? ""},Extra`),
      "line 12 has 18 columns, the header should have 17",
    ],
    [
      "a row with a column less",
      (l: string[]) => void (l[12] = (l[12] ?? "").replace(/,No$/, "")),
      "line 13 has 16 columns, not 17",
    ],
    [
      "an unknown estimate flag",
      (l: string[]) => void (l[12] = (l[12] ?? "").replace(",No,1,No,", ",No,1,Maybe,")),
      'line 13, "Numbers delivered is estimate" is "Maybe", not Yes, No or blank',
    ],
    [
      "a TIV that is not a number",
      (l: string[]) => void (l[12] = (l[12] ?? "").replace(/,5,No$/, ",5x,No")),
      'line 13, TIV delivery value "5x" is not a number',
    ],
    [
      "a delivery year outside the query",
      (l: string[]) => void (l[12] = (l[12] ?? "").replace(",2000,No,New", ",1999,No,New")),
      "line 13, delivery year 1999 is outside the query's years",
    ],
  ])("fails loudly on %s", (_what, edit, message) => {
    const rows = standIn(THREE_FLOWS, edit);
    expect(() => parseRegister(rows, "stand-in.csv")).toThrow(ImportError);
    expect(() => parseRegister(rows, "stand-in.csv")).toThrow(message);
  });

  it("refuses a blank delivery flag or a '0' TIV in a row it would sum", () => {
    const blank = standIn([...THREE_FLOWS, { ...FIRST_FLOW, numbersEst: "" }]);
    expect(() => buildRegisterSeries(parseRegister(blank, "x.csv"))).toThrow(
      "(Russia to Iran, 2000) leaves an estimate flag blank",
    );
    // A blank flag between two other states is read and left alone.
    const elsewhere = standIn([...THREE_FLOWS, { ...FIRST_FLOW, supplier: "Spain", yearEst: "" }]);
    expect(() => buildRegisterSeries(parseRegister(elsewhere, "x.csv"))).not.toThrow();
    const zero = standIn([...THREE_FLOWS, { ...FIRST_FLOW, tiv: "0" }]);
    expect(() => buildRegisterSeries(parseRegister(zero, "x.csv"))).toThrow(
      'has a TIV of "0" (under 0.5m)',
    );
  });

  it("refuses a register whose deliveries stop before 2023, or that has a year with none", () => {
    const short = standIn([], (l) => l.splice(l.length - 1, 1));
    expect(() => buildRegisterSeries(parseRegister(short, "x.csv"))).toThrow(
      "deliveries run to 2022, not 2023",
    );
    const hole = standIn(THREE_FLOWS, (l) => {
      const i = l.findIndex((x) => x.includes(",France,India,") && x.includes(",2010,No,New"));
      l.splice(i, 1);
    });
    expect(() => buildRegisterSeries(parseRegister(hole, "x.csv"))).toThrow(
      "no delivery at all in 2010, so a missing row cannot be read as zero",
    );
  });
});

const FIRST_FLOW = THREE_FLOWS[0] as StandInRow;

describe("sumDecimals", () => {
  it("adds decimal strings at the finest precision they have, exactly", () => {
    expect(sumDecimals(["0.1", "0.2"])).toBe(0.3);
    expect(sumDecimals(["2", "2.75", "36.25", "43.5"])).toBe(84.5);
    expect(sumDecimals(["4", "116", "2.5", "7", "130", "2.5", "5.5", "38.7"])).toBe(306.2);
    expect(sumDecimals(["120"])).toBe(120);
    expect(sumDecimals([])).toBe(0);
  });
});

// ——— The committed data and the charts ———

describe("the 2024-release register series in the committed data", () => {
  const all = getSeriesData().series;
  const byId = (id: string) => {
    const s = all.find((x) => x.id === id);
    if (!s) throw new Error(`no series ${id}`);
    return s;
  };
  const register = all.filter((s) => s.release === "sipri-at-2024");
  const flagged = (id: string) =>
    byId(id)
      .points.filter((p) => p.estimated)
      .map((p) => p.year);

  it("are the three flows, 2000–2023, from one source block", () => {
    expect(register.map((s) => s.id)).toEqual([
      IDS.russiaToIran,
      IDS.iranToRussia,
      IDS.chinaToIran,
    ]);
    for (const s of register) {
      expect(
        s.points.map((p) => p.year),
        s.id,
      ).toEqual(range(2000, 2023));
      expect(s.source, s.id).toEqual(REGISTER_SOURCE);
      expect(s.label, s.id).toContain("March 2024 release");
    }
    expect(REGISTER_SOURCE.vintage).toMatch(/^March 2024 release .*generated 3 Jan 2025/);
    expect(REGISTER_SOURCE.vintage).toContain("lucacasu/Global-Arms-Trade");
    expect(REGISTER_SOURCE.licence).toMatch(/© SIPRI, cite SIPRI/);
    expect(byId(IDS.iranToRussia).parties).toEqual(["iran", "russia"]);
  });

  it("flag as estimates the years the rule gives", () => {
    // Every year with a delivery has at least one row whose year or number SIPRI estimates.
    expect(flagged(IDS.russiaToIran)).toEqual([...range(2000, 2020), 2023]);
    expect(flagged(IDS.iranToRussia)).toEqual([2022, 2023]);
    expect(flagged(IDS.chinaToIran)).toEqual(range(2000, 2015));
    for (const s of register) {
      for (const p of s.points) {
        expect(p.estimated === true, `${s.id} ${p.year}`).toBe(p.value !== 0);
        if (p.estimated) expect(p.note).toBe(REGISTER_ESTIMATE_NOTE);
      }
    }
  });

  it("keep the 2022 tables' series in their own release", () => {
    const tables = all.filter((s) => s.kind === "tiv" && s.release !== "sipri-at-2024");
    expect(tables).toHaveLength(8);
    for (const s of tables) expect(s.release, s.id).toBe("sipri-at-2022");
  });

  it("are refused by the schema without a release, or with another kind's release", () => {
    const s = byId(IDS.iranToRussia);
    const noRelease: Partial<Series> = { ...s };
    delete noRelease.release;
    expect(seriesSchema.safeParse(noRelease).error?.issues[0]?.message).toBe(
      "a TIV series names its SIPRI arms-transfers release",
    );
    expect(seriesSchema.safeParse({ ...s, release: "sipri-milex-2025" }).error?.issues[0]).toEqual(
      expect.objectContaining({ message: "sipri-milex-2025 is a milex release, not tiv" }),
    );
    expect(seriesSchema.safeParse({ ...s, unit: "usd_m" }).error?.issues[0]?.message).toBe(
      "sipri-at-2024 is in tiv_m, not usd_m",
    );
  });

  it("are drawn by arms-both-ways alone; arms-tiv keeps the 2022 tables", () => {
    const shown = (id: keyof typeof SERIES_VIEWS) =>
      all.filter(SERIES_VIEWS[id].pick).map((s) => s.id);
    expect(shown("arms-both-ways")).toEqual([IDS.russiaToIran, IDS.iranToRussia, IDS.chinaToIran]);
    expect(shown("arms-tiv")).toEqual(["tiv-russia-to-iran", "tiv-china-to-iran"]);
    // No chart mixes releases: each view draws one release (or, for trade, none).
    for (const id of SERIES_VIEW_IDS) {
      const releases = new Set(all.filter(SERIES_VIEWS[id].pick).map((s) => s.release));
      expect(releases.size, id).toBe(1);
    }
    const view = SERIES_VIEWS["arms-both-ways"];
    expect([view.from, view.to]).toEqual([2000, 2023]);
    expect(view.href).toBe(PAGES.figures);
    expect(view.testId).toBe("arms-both-ways-chart");
    expect(view.title).toContain("2000–2023");
    expect(view.title).toContain("2024 release");
    expect(view.description).toMatch(/not a money value/);
  });

  it("bear out each number the takeaway states", () => {
    const text = SERIES_VIEWS["arms-both-ways"].takeaway;
    const value = (id: string, year: number) =>
      byId(id).points.find((p) => p.year === year)?.value ?? NaN;
    // "no arms deliveries from Iran to Russia in 2000–2021, then 123m TIV in 2022 and 120m in 2023"
    expect(range(2000, 2021).map((y) => value(IDS.iranToRussia, y))).toEqual(
      range(2000, 2021).map(() => 0),
    );
    expect(value(IDS.iranToRussia, 2022)).toBe(123);
    expect(value(IDS.iranToRussia, 2023)).toBe(120);
    expect(text).toContain("123m TIV in 2022 and 120m in 2023");
    // "more than it records from Russia to Iran in any year after 2016"
    const russiaAfter2016 = range(2017, 2023).map((y) => value(IDS.russiaToIran, y));
    expect(Math.max(...russiaAfter2016)).toBeLessThan(120);
    // "Russia's deliveries to Iran peak at 413m in 2016"
    const russia = range(2000, 2023).map((y) => value(IDS.russiaToIran, y));
    expect(Math.max(...russia)).toBe(413);
    expect(value(IDS.russiaToIran, 2016)).toBe(413);
    // "China's recorded deliveries to Iran end in 2015"
    const chinaYears = byId(IDS.chinaToIran)
      .points.filter((p) => p.value !== 0)
      .map((p) => p.year);
    expect(Math.max(...chinaYears)).toBe(2015);
  });
});

// ——— Against the raw register ———

describe("the register series against the raw file", () => {
  const dir = resolveExternalDir();
  const file = path.join(dir, REGISTER_DIR, REGISTER_FILE);
  if (!requireSource(existsSync(file), `the SIPRI register in ${dir}`, "EXTERNAL_DATA_PATH")) {
    return;
  }
  const raw = readFileSync(file, "utf8");
  const committed = getSeriesData().series;
  const value = (id: string, year: number) =>
    committed.find((s) => s.id === id)?.points.find((p) => p.year === year)?.value;

  /**
   * An independent reading, deliberately naive: the file has no quoted fields (checked), so a
   * split on commas finds its columns; sums are rounded to two places, the file's finest.
   */
  function naiveSums(supplier: string, recipient: string) {
    expect(raw).not.toContain('"');
    const lines = raw.split(/\r?\n/);
    expect(lines[11]).toBe(REGISTER_HEADER.join(","));
    const sums = new Map<number, { tiv: number; estimated: boolean }>();
    for (const l of lines.slice(12).filter(Boolean)) {
      const f = l.split(",");
      expect(f).toHaveLength(17);
      if (f[1] !== supplier || f[2] !== recipient) continue;
      const year = Number(f[10]);
      const prev = sums.get(year) ?? { tiv: 0, estimated: false };
      sums.set(year, {
        tiv: Math.round((prev.tiv + Number(f[15])) * 100) / 100,
        estimated: prev.estimated || f[9] === "Yes" || f[11] === "Yes",
      });
    }
    return sums;
  }

  it("reproduce PROVENANCE.md's spot values", () => {
    const provenance = readFileSync(path.join(dir, REGISTER_DIR, "PROVENANCE.md"), "utf8");
    expect(provenance).toContain("Russia→Iran 2016 = 413.0");
    expect(provenance).toContain("Russia→Iran 2023 = 21");
    expect(provenance).toContain("Iran→Russia 2022 = 123");
    expect(provenance).toContain("Iran→Russia 2023 = 120");
    expect(provenance).toContain("344.5 / 306.2 / 96.5 / 89.5");
    expect(value(IDS.russiaToIran, 2016)).toBe(413.0);
    expect(value(IDS.russiaToIran, 2023)).toBe(21);
    expect(value(IDS.iranToRussia, 2022)).toBe(123);
    expect(value(IDS.iranToRussia, 2023)).toBe(120);
    expect(range(2000, 2003).map((y) => value(IDS.russiaToIran, y))).toEqual([
      344.5, 306.2, 96.5, 89.5,
    ]);
    // The same from a fresh read of the raw file through the importer.
    const fresh = buildRegisterSeries(readRegister(dir));
    expect(fresh).toEqual(committed.filter((s) => s.release === "sipri-at-2024"));
  });

  it("match a naive sum of the raw rows, year by year, with the same estimate flags", () => {
    for (const [id, supplier, recipient] of [
      [IDS.russiaToIran, "Russia", "Iran"],
      [IDS.iranToRussia, "Iran", "Russia"],
      [IDS.chinaToIran, "China", "Iran"],
    ] as const) {
      const sums = naiveSums(supplier, recipient);
      const s = committed.find((x) => x.id === id);
      for (const p of s?.points ?? []) {
        const expected = sums.get(p.year) ?? { tiv: 0, estimated: false };
        expect(p.value, `${id} ${p.year}`).toBe(expected.tiv);
        expect(p.estimated === true, `${id} ${p.year}`).toBe(expected.estimated);
      }
      // No delivery row outside the years the series shows.
      expect(
        [...sums.keys()].every((y) => y >= 2000 && y <= 2023),
        id,
      ).toBe(true);
    }
  });

  it("fail the whole import on a corrupted copy of the register", async () => {
    const copy = copyOfExternal(dir, "register");
    const target = path.join(copy, REGISTER_DIR, REGISTER_FILE);
    const lines = raw.split("\n");

    // A twelfth preamble line pushes the header down.
    writeFileSync(target, [...lines.slice(0, 11), "", ...lines.slice(11)].join("\n"));
    await expect(buildExternalData(copy)).rejects.toThrow(ImportError);
    await expect(buildExternalData(copy)).rejects.toThrow(
      `${REGISTER_FILE}: line 12 has 1 columns, the header should have 17`,
    );

    // Iran's 2022 Shahed-136 row (600 delivered, 120m TIV) with a non-numeric TIV.
    const at = lines.findIndex((l) =>
      /^\d+,Iran,Russia,Shahed-136,.*,2022,No,New,.*,120,Yes$/.test(l),
    );
    expect(at).toBeGreaterThan(11);
    const broken = [...lines];
    broken[at] = (lines[at] ?? "").replace(/,120,Yes$/, ",12O,Yes");
    writeFileSync(target, broken.join("\n"));
    await expect(buildExternalData(copy)).rejects.toThrow(
      `${REGISTER_FILE}: line ${at + 1}, TIV delivery value "12O" is not a number`,
    );

    // An estimate flag the register does not use.
    broken[at] = (lines[at] ?? "").replace(",2022,No,New,", ",2022,?,New,");
    writeFileSync(target, broken.join("\n"));
    await expect(buildExternalData(copy)).rejects.toThrow(
      `line ${at + 1}, "Delivery year is estimate" is "?", not Yes, No or blank`,
    );
  }, 60_000);
});
