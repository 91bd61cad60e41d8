import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyOfExternal } from "./external-copy";
import { requireSource } from "./source-guard";
import * as armsDealsRoute from "@/app/api/arms-deals/route";
import { armsDealsResponseSchema } from "@/lib/api/api-schemas";
import { getArmsDeals } from "@/lib/data/arms-deals";
import { getArmsTotals } from "@/lib/data/arms-totals";
import { getPaperVersusData, getSeriesData } from "@/lib/data/external-data";
import {
  armsDealsFileSchema,
  type ArmsDeal,
  type ArmsDealsFile,
} from "@/lib/data/schemas/arms-deals";
import type { Series } from "@/lib/data/schemas/series";
import {
  NOT_IN_REGISTER,
  armsDealsView,
  dealRevisions,
  switchableReleases,
  watchList,
} from "@/lib/views/arms-deals";
import {
  NO_STATED_REASON,
  releaseSeries,
  revisionsFor,
  totalsRevisions,
  yearRevisions,
} from "@/lib/views/arms-revisions";
import { armsRatio } from "@/lib/views/paper-vs-data";
import { SERIES_VIEWS } from "@/lib/views/series-views";
import { parseReleaseParam } from "@/lib/views/view-state";
import { TIV_RELEASES } from "@/lib/constants";
import {
  DEAL_REGISTERS,
  ImportError,
  TOTALS_DIR,
  TOTALS_IMPORTS_FILE,
  VOLUME_DIR,
  VOLUME_FILE,
  buildArmsDeals,
  buildArmsTotals,
  readRegister,
  resolveExternalDir,
} from "@/scripts/import-external";

const data = getArmsDeals();
const register = (release: "sipri-at-2025" | "sipri-at-2026") => {
  const r = data.registers.find((x) => x.release === release);
  if (!r) throw new Error(`no ${release} block`);
  return r;
};
const deal = (release: "sipri-at-2025" | "sipri-at-2026", designation: string): ArmsDeal => {
  const found = register(release).deals.filter((d) => d.designation === designation);
  expect(found, `${release} ${designation}`).toHaveLength(1);
  return found[0] as ArmsDeal;
};

// ——— The importer against the raw registers ———

describe("the deal registers against the raw files", () => {
  const dir = resolveExternalDir();
  const file = (release: "sipri-at-2025" | "sipri-at-2026") =>
    path.join(dir, DEAL_REGISTERS[release].dir, DEAL_REGISTERS[release].file);
  if (
    !requireSource(
      existsSync(file("sipri-at-2025")) && existsSync(file("sipri-at-2026")),
      `the SIPRI deal registers in ${dir}`,
      "EXTERNAL_DATA_PATH",
    )
  ) {
    return;
  }

  it("the committed file is exactly what a fresh import gives", () => {
    const fresh = buildArmsDeals(dir);
    expect(fresh).toEqual(JSON.parse(readFileSync("data/arms-deals.json", "utf8")));
  });

  it("label each block with its release and the file's generation stamp", () => {
    expect(data.registers.map((r) => [r.release, r.generated, r.deliveriesTo])).toEqual([
      ["sipri-at-2025", "13 Mar 2025 10:02:49 AM", 2024],
      ["sipri-at-2026", "18 May 2026 2:29:20 PM", 2025],
    ]);
    expect(register("sipri-at-2025").source.vintage).toMatch(/^2025 release/);
    expect(register("sipri-at-2026").source.vintage).toMatch(/^2026 release/);
  });

  it("reproduce PROVENANCE.md's spot values, uncertainty marks included", () => {
    const shahed25 = deal("sipri-at-2025", "Shahed-136");
    expect(shahed25).toMatchObject({
      supplier: "iran",
      recipient: "russia",
      orderYear: 2022,
      numberOrdered: 6600,
      numberOrderedUncertain: true,
      numberDelivered: 4600,
      numberDeliveredUncertain: false,
      deliveryYears: [2022, 2023, 2024],
      tivPerUnit: 0.1,
      tivDelivered: 460,
    });
    expect(shahed25.comments).toContain("delivery planned by 2025");
    const shahed26 = deal("sipri-at-2026", "Shahed-136");
    expect(shahed26).toMatchObject({
      numberOrdered: null,
      numberDelivered: 6600,
      numberDeliveredUncertain: true,
      deliveryYears: [2022, 2023, 2024, 2025],
      tivPerUnit: 0.04,
      tivDelivered: 264,
    });
    expect(deal("sipri-at-2025", "Su-35S")).toMatchObject({
      supplier: "russia",
      recipient: "iran",
      orderYear: 2023,
      orderYearUncertain: true,
      numberOrdered: 24,
      numberOrderedUncertain: true,
      numberDelivered: 0,
      tivOrder: 1440,
      deliveryYears: [],
    });
    expect(deal("sipri-at-2025", "Su-35S").comments).toContain("originally produced for Egypt");
    expect(deal("sipri-at-2026", "Su-35S").numberOrdered).toBeNull();
    expect(deal("sipri-at-2025", "Yak-130")).toMatchObject({
      orderYear: 2022,
      orderYearUncertain: true,
      numberOrdered: 24,
      numberDelivered: 6,
      numberDeliveredUncertain: false,
      deliveryYears: [2023, 2024],
      tivDelivered: 63,
    });
    expect(deal("sipri-at-2026", "Yak-130").numberDeliveredUncertain).toBe(true);
    expect(deal("sipri-at-2025", "Fath-360")).toMatchObject({
      numberDelivered: 200,
      numberDeliveredUncertain: false,
      tivDelivered: 24,
    });
    expect(deal("sipri-at-2026", "Fath-360").numberDeliveredUncertain).toBe(true);
    expect(register("sipri-at-2025").deals.some((d) => d.designation.startsWith("Mi-28"))).toBe(
      false,
    );
    const mi28 = deal("sipri-at-2026", "Mi-28N");
    expect(mi28).toMatchObject({ orderYear: 2023, numberDelivered: 0, numberOrdered: null });
    expect(mi28.comments).toContain("delivery planned 2026");
  });

  it("match a naive reading of every Russia↔Iran row, cell by cell", () => {
    for (const release of ["sipri-at-2025", "sipri-at-2026"] as const) {
      const lines = readFileSync(file(release), "latin1").split(/\r?\n/);
      const rows = lines
        .map((l, i) => ({ l, line: i + 1 }))
        .filter(({ l }) => /^(Iran,Russia|Russia,Iran),/.test(l));
      const deals = register(release).deals;
      expect(deals).toHaveLength(rows.length);
      for (const { l, line } of rows) {
        // These rows hold no quoted field, so a split on commas finds the columns.
        expect(l).not.toContain('"');
        const f = l.split(",");
        expect(f).toHaveLength(16);
        const d = deals.find((x) => x.line === line);
        expect(d, `${release} line ${line}`).toBeDefined();
        expect(d?.designation).toBe(f[6]);
        expect(String(d?.orderYear) + (d?.orderYearUncertain ? "?" : "")).toBe(
          (f[2] ?? "") + (f[3] ?? ""),
        );
        expect(
          (d?.numberOrdered === null ? "" : String(d?.numberOrdered)) +
            (d?.numberOrderedUncertain ? "?" : ""),
        ).toBe((f[4] ?? "") + (f[5] ?? ""));
        expect(String(d?.numberDelivered) + (d?.numberDeliveredUncertain ? "?" : "")).toBe(
          (f[8] ?? "") + (f[9] ?? ""),
        );
        expect(d?.deliveryYears.join("; ")).toBe(f[10]);
        expect(String(d?.tivPerUnit)).toBe(f[13]);
        expect(d?.tivDelivered === null ? "" : String(d?.tivDelivered)).toBe(f[15]);
      }
    }
  });

  it("read the 2024 volume tables' Russia and Iran rows as the file gives them", () => {
    const rows = data.latestYear.rows.map((r) => [r.supplier, r.recipient, r.label, r.value]);
    expect(rows).toEqual([
      ["russia", "iran", "Iran", 42],
      ["russia", null, "Total exports from Russia", 1339],
      ["iran", "russia", "Russia", 224],
      ["iran", null, "Total exports from Iran", 226],
    ]);
    expect(data.latestYear).toMatchObject({ release: "sipri-at-2025", year: 2024 });
    const raw = readFileSync(path.join(dir, VOLUME_DIR, VOLUME_FILE), "utf8").split(/\r?\n/);
    for (const r of data.latestYear.rows) {
      expect(raw[r.line - 1]?.startsWith(`${r.label},${r.value},${r.value},`)).toBe(true);
    }
  });

  it("fail on a changed layout, a broken total, a stray mark or a changed legend", () => {
    const copy = copyOfExternal(dir, "deals");
    const def = DEAL_REGISTERS["sipri-at-2026"];
    const target = path.join(copy, def.dir, def.file);
    const text = readFileSync(target, "latin1");
    const lines = text.split("\n");
    const at = lines.findIndex((l) => l.startsWith("Iran,Russia,2022,?,24,?,Yak-130,"));
    expect(at).toBeGreaterThan(11);
    const where = `${def.dir}/${def.file}: line ${at + 1}`;
    // One import per damage (each reads both registers): it must fail as an ImportError, named.
    const fails = (message: string) => {
      let caught: unknown;
      try {
        buildArmsDeals(copy);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(ImportError);
      expect((caught as Error).message).toContain(message);
    };
    const write = (edit: (ls: string[]) => void) => {
      const ls = [...lines];
      edit(ls);
      writeFileSync(target, ls.join("\n"), "latin1");
    };

    // TIV delivered no longer the number delivered times the TIV per unit (6 × 10.5 = 63).
    write((ls) => {
      ls[at] = (lines[at] ?? "").replace(/,63$/, ",36");
    });
    fails(`${where}: 6 delivered × 10.5 TIV is not the 36`);

    // An uncertainty mark SIPRI does not use.
    write((ls) => {
      ls[at] = (lines[at] ?? "").replace("Iran,Russia,2022,?,", "Iran,Russia,2022,~,");
    });
    fails(`${where} (year of order): uncertainty mark "~"`);

    // A changed legend line: what "0" means for delivered TIV.
    write((ls) => {
      ls[5] = (lines[5] ?? "").replace("between 0 and 0.5", "between 0 and 1");
    });
    fails("preamble line 6 reads");

    // A header column renamed.
    write((ls) => {
      ls[11] = (lines[11] ?? "").replace("SIPRI TIV per unit", "TIV per unit");
    });
    fails('header column 14 is "TIV per unit"');

    // The volume table's Russia block no longer adds up.
    writeFileSync(target, text, "latin1");
    const volume = path.join(copy, VOLUME_DIR, VOLUME_FILE);
    const vol = readFileSync(volume, "utf8").replace("\nIran,42,42,", "\nIran,420,420,");
    writeFileSync(volume, vol);
    fails("the rows sum to");
  }, 60_000);
});

// ——— The schema ———

describe("the arms-deals schema", () => {
  const base = JSON.parse(readFileSync("data/arms-deals.json", "utf8")) as ArmsDealsFile;
  const withDeal = (change: Partial<ArmsDeal>) => {
    const copy = structuredClone(base);
    const first = copy.registers[0]?.deals[0];
    if (first) Object.assign(first, change);
    return copy;
  };

  it("accepts the committed file", () => {
    expect(armsDealsFileSchema.safeParse(base).success).toBe(true);
  });

  it("rejects a delivery before the order, years out of order, or deliveries with no year", () => {
    expect(armsDealsFileSchema.safeParse(withDeal({ orderYear: 2030 })).success).toBe(false);
    expect(
      armsDealsFileSchema.safeParse(withDeal({ orderYear: 2000, deliveryYears: [2003, 2001] }))
        .success,
    ).toBe(false);
    expect(
      armsDealsFileSchema.safeParse(withDeal({ numberDelivered: 3, deliveryYears: [] })).success,
    ).toBe(false);
  });

  it("rejects two blocks of one release: releases are never merged", () => {
    const copy = structuredClone(base);
    const first = copy.registers[0];
    if (first) copy.registers.push(first);
    expect(armsDealsFileSchema.safeParse(copy).success).toBe(false);
  });
});

// ——— The deals view ———

describe("the deals view", () => {
  it("says which wish-list systems each register lists, and never fills in the absent ones", () => {
    const w25 = watchList(register("sipri-at-2025"));
    const w26 = watchList(register("sipri-at-2026"));
    for (const system of ["S-400", "Su-30", "T-90S"]) {
      for (const w of [w25, w26]) {
        const row = w.find((x) => x.system === system);
        expect(row?.deals).toEqual([]);
        expect(row?.text).toContain(NOT_IN_REGISTER);
      }
    }
    expect(w25.find((x) => x.system === "Mi-28")?.text).toContain(NOT_IN_REGISTER);
    expect(w26.find((x) => x.system === "Mi-28")?.text).toMatch(/^Mi-28N: not given ordered/);
    expect(w25.find((x) => x.system === "Yak-130")?.text).toBe(
      "Yak-130: 24? ordered in 2022?, 6 delivered (2023–2024)",
    );
    expect(w26.find((x) => x.system === "Su-35")?.text).toBe(
      "Su-35S: not given ordered in 2023?, 0 delivered",
    );
  });

  it("keeps a multi-year deal whole: one delivered TIV and its list of years", () => {
    const view = armsDealsView(data, "sipri-at-2026");
    const row = view.table.rows.find((r) => r.cells[0]?.text === "Shahed-136");
    expect(row?.cells.map((c) => c.text)).toEqual([
      "Shahed-136",
      "Iran → Russia",
      "2022",
      "not given",
      "6,600?",
      "2022–2025",
      "0.04",
      "not given (no number ordered)",
      "264",
      expect.stringContaining("Bought for use against Ukraine") as unknown as string,
    ]);
    expect(view.source).toContain("2026 release");
    expect(view.asOf).toContain("18 May 2026");
  });

  it("lists the unit-value revision of the Shahed-136 and the new Mi-28N order", () => {
    const rev = dealRevisions(register("sipri-at-2025"), register("sipri-at-2026"));
    const shahed = rev.changed.find((c) => c.label.startsWith("Shahed-136"));
    expect(shahed?.changes).toEqual(
      expect.arrayContaining([
        { field: "TIV per unit", old: "0.1", new: "0.04" },
        { field: "TIV delivered", old: "460", new: "264" },
        { field: "delivery years", old: "2022–2024", new: "2022–2025" },
      ]),
    );
    expect(rev.added.map((d) => d.designation)).toContain("Mi-28N");
    expect(switchableReleases(data)).toEqual(["sipri-at-2025", "sipri-at-2026"]);
  });
});

// ——— Revisions between the yearly releases ———

describe("revisions between yearly releases", () => {
  const series = getSeriesData().series;

  it("list Russia→Iran 2000–2003 as revised from the 2022 tables to the 2024 register", () => {
    const rev = yearRevisions(series, "sipri-at-2022", "sipri-at-2024");
    const russia = rev.revisions.filter((r) => r.supplier === "russia");
    expect(russia.map((r) => [r.year, r.old, r.new, r.difference])).toEqual([
      [2000, 341, 344.5, 3.5],
      [2001, 298, 306.2, 8.2],
      [2002, 92, 96.5, 4.5],
      [2003, 85, 89.5, 4.5],
    ]);
    expect(new Set(rev.revisions.map((r) => r.reason))).toEqual(new Set([NO_STATED_REASON]));
    expect([rev.from, rev.to]).toEqual([2000, 2021]);
  });

  it("take each side from one release's own series, never a mix", () => {
    const rev = yearRevisions(series, "sipri-at-2022", "sipri-at-2024");
    for (const r of rev.revisions) {
      const older = releaseSeries(series, "sipri-at-2022", r.supplier, r.recipient);
      const newer = releaseSeries(series, "sipri-at-2024", r.supplier, r.recipient);
      expect(older?.release).toBe("sipri-at-2022");
      expect(newer?.release).toBe("sipri-at-2024");
      expect(older?.points.find((p) => p.year === r.year)?.value).toBe(r.old);
      expect(newer?.points.find((p) => p.year === r.year)?.value).toBe(r.new);
    }
    // The chart each release switches to draws that release's series only.
    expect(series.filter(SERIES_VIEWS["arms-tiv"].pick).map((s) => s.release)).toEqual([
      "sipri-at-2022",
      "sipri-at-2022",
    ]);
    expect(
      new Set(series.filter(SERIES_VIEWS["arms-both-ways"].pick).map((s) => s.release)),
    ).toEqual(new Set(["sipri-at-2024"]));
  });

  it("ignore differences within the older tables' rounding and refuse a duplicated flow", () => {
    const mk = (release: string, points: [number, number][]): Series =>
      ({
        id: `x-${release}`,
        label: "x",
        unit: "tiv_m",
        kind: "tiv",
        release,
        parties: ["russia", "iran"],
        sourceRow: "x",
        source: { publisher: "SIPRI", dataset: "x", vintage: "x", licence: "x", url: "x" },
        points: points.map(([year, value]) => ({ year, value })),
      }) as Series;
    const two = [
      mk("sipri-at-2022", [
        [2010, 10],
        [2011, 20],
      ]),
      mk("sipri-at-2024", [
        [2010, 10.5],
        [2011, 21.25],
      ]),
    ];
    expect(
      yearRevisions(two, "sipri-at-2022", "sipri-at-2024").revisions.map((r) => r.year),
    ).toEqual([2011]);
    expect(() =>
      yearRevisions([...two, mk("sipri-at-2024", [[2010, 1]])], "sipri-at-2022", "sipri-at-2024"),
    ).toThrow(/not one/);
  });

  it("face the other way for the oldest release", () => {
    expect(revisionsFor(series, "sipri-at-2024")?.direction).toBe("since");
    expect(revisionsFor(series, "sipri-at-2022")?.direction).toBe("until");
  });

  it("a bad release in the link falls back to the default with a notice", () => {
    const bad = parseReleaseParam(
      new URLSearchParams("arms=sipri-at-1999"),
      "arms",
      TIV_RELEASES,
      "sipri-at-2024",
      "arms-transfers release",
    );
    expect(bad.value).toBe("sipri-at-2024");
    expect(bad.notices[0]).toMatch(/Unknown arms-transfers release "sipri-at-1999"/);
    const good = parseReleaseParam(
      new URLSearchParams("arms=sipri-at-2022"),
      "arms",
      TIV_RELEASES,
      "sipri-at-2024",
      "x",
    );
    expect(good).toEqual({ value: "sipri-at-2022", notices: [] });
  });
});

// ——— The paper against the data, per release ———

describe("the paper against the data, per release", () => {
  const items = getPaperVersusData();
  const series = getSeriesData().series;

  it("names the release it used and recomputes the ratio on each release on its own", () => {
    const ratio = items.find((i) => i.id === "russian-vs-chinese-arms-to-iran");
    expect(ratio?.release).toBe("sipri-at-2022");
    expect(ratio?.byRelease.map((r) => r.release)).toEqual(["sipri-at-2022", "sipri-at-2024"]);
    for (const r of ratio?.byRelease ?? []) {
      const russia = releaseSeries(series, r.release, "russia", "iran");
      const china = releaseSeries(series, r.release, "china", "iran");
      if (!russia || !china) throw new Error("missing series");
      expect(r.computed).toEqual({ kind: "arms-ratio", ...armsRatio(russia, china, 2005, 2010) });
    }
    const rank = items.find((i) => i.id === "iran-among-russian-arms-recipients");
    expect(rank?.release).toBe("sipri-at-2022");
    expect(rank?.byReleaseNote).toMatch(/only on the 2022 tables/);
  });
});

// ——— The API ———

describe("GET /api/arms-deals", () => {
  const get = (q: string) => armsDealsRoute.GET(new Request(`http://localhost/api/arms-deals${q}`));

  it("answers every release, or one", async () => {
    const all = armsDealsResponseSchema.parse(await get("").json());
    expect(all.registers.map((r) => r.release)).toEqual(["sipri-at-2025", "sipri-at-2026"]);
    const one = armsDealsResponseSchema.parse(await get("?release=sipri-at-2026").json());
    expect(one.registers.map((r) => r.release)).toEqual(["sipri-at-2026"]);
  });

  it("answers 400 naming the valid releases for an unknown release or parameter", async () => {
    const bad = get("?release=sipri-at-2024");
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: string };
    expect(body.error).toMatch(/Unknown register release "sipri-at-2024".*sipri-at-2025/);
    const unknown = get("?year=2024");
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/Unknown parameter "year"/);
    expect(get("?release=").status).toBe(400);
  });
});

// ——— Iran's imports from all suppliers, two releases ———

describe("Iran's arms imports in the 2023 country totals and the 2024 register", () => {
  const totals = getArmsTotals();
  const block = (release: "sipri-at-2023" | "sipri-at-2024") => {
    const b = totals.releases.find((r) => r.release === release);
    if (!b) throw new Error(`no ${release} block`);
    return b;
  };
  const value = (release: "sipri-at-2023" | "sipri-at-2024", year: number) =>
    block(release).points.find((p) => p.year === year)?.value;

  it("reproduce PROVENANCE.md's spot values and a fresh import", () => {
    const dir = resolveExternalDir();
    if (!existsSync(path.join(dir, TOTALS_DIR, TOTALS_IMPORTS_FILE))) return;
    expect(value("sipri-at-2023", 2016)).toBe(413);
    expect(value("sipri-at-2023", 2020)).toBe(2);
    expect(block("sipri-at-2023").generated).toBe("11 December 2023");
    // The register's sum for 2016 is the Russia → Iran S-300 year, the same 413.
    expect(value("sipri-at-2024", 2016)).toBe(413);
    const fresh = buildArmsTotals(dir, readRegister(dir));
    expect(fresh).toEqual(JSON.parse(readFileSync("data/arms-totals.json", "utf8")));
  });

  it("list the years the two releases disagree beyond rounding, each side from its own block", () => {
    const rev = totalsRevisions(totals);
    expect([rev.from, rev.to]).toEqual([2000, 2022]);
    expect(rev.revisions[0]).toEqual({
      year: 2000,
      old: 414,
      new: 423.72,
      difference: 9.72,
      reason: NO_STATED_REASON,
    });
    // 2019: 3 against 2.5 is within the table's rounding, so it is not a revision.
    expect(rev.revisions.some((r) => r.year === 2019)).toBe(false);
    for (const r of rev.revisions) {
      expect(value("sipri-at-2023", r.year)).toBe(r.old);
      expect(value("sipri-at-2024", r.year)).toBe(r.new);
    }
  });
});
