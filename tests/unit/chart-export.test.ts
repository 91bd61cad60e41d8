import { describe, expect, it } from "vitest";
import type { TableSpec } from "@/lib/views/table";
import {
  MIN_EXPORT_WIDTH,
  chartExportInput,
  citationLine,
  composeExportSvg,
  escapeXml,
  exportFileName,
  parseCellValue,
  parsePlainNumber,
  resolveCssVars,
  tableExportRows,
  toCsv,
  toJsonExport,
  withFontFallback,
  wrapText,
  type ComposeExportSvgInput,
  type TableExportInput,
} from "@/lib/export/chart-export";

describe("wrapText", () => {
  it("breaks at spaces without exceeding the limit", () => {
    const lines = wrapText("Russia's arms deliveries to Iran by year and category", 20);
    expect(lines.join(" ")).toBe("Russia's arms deliveries to Iran by year and category");
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });

  it("cuts a word longer than a line and collapses whitespace", () => {
    expect(wrapText("see https://example.org/a-very-long-path", 10)).toEqual([
      "see",
      "https://ex",
      "ample.org/",
      "a-very-lon",
      "g-path",
    ]);
    expect(wrapText("  a \n\t b  ", 10)).toEqual(["a b"]);
    expect(wrapText("   ", 10)).toEqual([]);
  });
});

describe("escapeXml", () => {
  it("escapes the five XML specials and drops characters XML cannot hold", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;",
    );
    expect(escapeXml("a\u0000b\u0007c\td\ne")).toBe("abc\td\ne");
  });
});

describe("resolveCssVars", () => {
  const vars: Record<string, string> = {
    "--grid": "#c9ced8",
    "--alias": "var(--grid)",
    "--loop": "var(--loop)",
  };
  const lookup = (name: string) => vars[name] ?? "";

  it("replaces variables, nested ones and fallbacks", () => {
    expect(resolveCssVars("var(--grid)", lookup)).toBe("#c9ced8");
    expect(resolveCssVars("var(--alias)", lookup)).toBe("#c9ced8");
    expect(resolveCssVars("var(--unset, rgb(1, 2, 3))", lookup)).toBe("rgb(1, 2, 3)");
    expect(resolveCssVars("1px solid var(--grid)", lookup)).toBe("1px solid #c9ced8");
    expect(resolveCssVars("red", lookup)).toBe("red");
  });

  it("gives up on unset and self-referencing variables", () => {
    expect(resolveCssVars("var(--unset)", lookup)).toBe("");
    expect(resolveCssVars("var(--loop)", lookup)).toBe("");
  });
});

describe("withFontFallback", () => {
  it("ends the family list on a generic family", () => {
    expect(withFontFallback('"__Inter_1a2b", "__Inter_Fallback_1a2b"')).toBe(
      '"__Inter_1a2b", "__Inter_Fallback_1a2b", Arial, Helvetica, sans-serif',
    );
    expect(withFontFallback("Inter, sans-serif")).toBe("Inter, sans-serif");
    expect(withFontFallback("")).toBe("Arial, Helvetica, sans-serif");
  });
});

describe("composeExportSvg", () => {
  const base: ComposeExportSvgInput = {
    chartSvg:
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 500 300" width="500" height="300"><rect width="10" height="10" fill="#b3261e"/></svg>',
    chartWidth: 500,
    chartHeight: 300,
    title: "Russian & Iranian trade <2015–2024>",
    source: "Source: IMF Direction of Trade Statistics",
    asOf: "As of 1 May 2025",
    legend: [
      {
        swatchSvg: '<svg viewBox="0 0 34 16" width="100%" height="100%"><line x2="34"/></svg>',
        label: "Russia",
      },
      { swatchSvg: "", label: "China" },
    ],
    background: "#ffffff",
    foreground: "#16181d",
    muted: "#4a5060",
    fontFamily: '"__Inter_1a2b"',
  };

  it("makes one stand-alone document with title, legend, chart, source and date", () => {
    const { svg, width, height } = composeExportSvg(base);
    expect(svg.startsWith("<?xml")).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain("<title>Russian &amp; Iranian trade &lt;2015–2024&gt;</title>");
    expect(svg).toContain("<desc>Source: IMF Direction of Trade Statistics</desc>");
    expect(svg).toContain(">As of 1 May 2025</text>");
    expect(svg).toContain(">Russia</text>");
    expect(svg).toContain(">China</text>");
    expect(svg).toContain('<rect width="10" height="10" fill="#b3261e"/>');
    expect(svg).toContain("sans-serif");
    // The raw title never appears unescaped.
    expect(svg).not.toContain("<2015");
    // The chart is nested at its own size inside the document.
    expect(svg).toMatch(/<svg x="[\d.]+" y="[\d.]+" width="500" height="300"[^>]*><svg /);
    expect(width).toBe(MIN_EXPORT_WIDTH);
    expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
    // Title, legend and footer add to the chart's height.
    expect(height).toBeGreaterThan(300 + 100);
    // Exactly one root element: every <svg opening has a closing tag.
    expect(svg.match(/<svg[\s>]/g)?.length).toBe(svg.match(/<\/svg>/g)?.length);
    expect(svg.trim().endsWith("</svg>")).toBe(true);
  });

  it("grows with a wide chart and wraps a long title", () => {
    const wide = composeExportSvg({ ...base, chartWidth: 1200, chartHeight: 400 });
    expect(wide.width).toBe(1200 + 48);
    const long = composeExportSvg({
      ...base,
      title:
        "A very long chart title that certainly cannot fit on a single line of the image ".repeat(
          2,
        ),
    });
    const titleLines = long.svg.match(/font-weight="700"/g) ?? [];
    expect(titleLines.length).toBeGreaterThan(1);
    expect(long.height).toBeGreaterThan(composeExportSvg(base).height);
  });

  it("falls back to a usable size when the chart's is unknown", () => {
    const out = composeExportSvg({ ...base, chartWidth: Number.NaN, chartHeight: 0, legend: [] });
    expect(Number.isFinite(out.width) && Number.isFinite(out.height)).toBe(true);
    expect(out.svg).not.toContain("NaN");
  });
});

describe("cell values", () => {
  it("reads plainly numeric text as numbers and leaves the rest alone", () => {
    expect(parsePlainNumber("1,234")).toBe(1234);
    expect(parsePlainNumber("-3.5")).toBe(-3.5);
    expect(parsePlainNumber("\u22122")).toBe(-2);
    expect(parsePlainNumber("2e3")).toBe(2000);
    expect(parsePlainNumber("12%")).toBeNull();
    expect(parsePlainNumber("1,5")).toBeNull();
    expect(parsePlainNumber("007")).toBeNull();
    expect(parsePlainNumber("-")).toBeNull();
    expect(parseCellValue("  3 (e) ")).toBe("3 (e)");
    expect(parseCellValue("")).toBeNull();
  });

  it("keys JSON records by unique column names, so no value is lost under a shared key", () => {
    const json = JSON.parse(
      toJsonExport({
        title: "T",
        source: "S",
        asOf: "As of 2016",
        url: "https://example.org/figures",
        columns: ["Year", "Value", "Value", ""],
        rows: [
          [2023, 1234, "n/a", "x"],
          [2024, -3.5, null],
        ],
      }),
    ) as { columns: string[]; rows: Record<string, unknown>[] };
    expect(json.columns).toEqual(["Year", "Value", "Value (2)", "Column 4"]);
    expect(json.rows).toEqual([
      { Year: 2023, Value: 1234, "Value (2)": "n/a", "Column 4": "x" },
      { Year: 2024, Value: -3.5, "Value (2)": null, "Column 4": null },
    ]);
  });
});

describe("toCsv", () => {
  const input: TableExportInput = {
    title: "Arms transfers",
    source: "SIPRI Arms Transfers Database",
    asOf: "As of 2025-03-10",
    url: "https://example.org/figures?view=arms",
    columns: ["Year", "Note, if any", "Value"],
    rows: [
      [2022, 'He said "no"', 1.5],
      [2023, '=HYPERLINK("http://evil")', -2],
      [2024, "-3.5", null],
      [2025, "@SUM(A1)", 4],
      [2026, "line\nbreak", 5],
      [2027, "\tTabbed", Number.NaN],
    ],
  };
  const csv = toCsv(input);
  const lines = csv.split("\r\n");

  it("puts the citation first, each line marked with '# '", () => {
    expect(lines.slice(0, 4)).toEqual([
      "# Arms transfers",
      "# Source: SIPRI Arms Transfers Database",
      "# As of 2025-03-10",
      "# https://example.org/figures?view=arms",
    ]);
    expect(toCsv({ ...input, source: "Sources: A; B" })).toContain("\r\n# Sources: A; B\r\n");
    // A unit, when the chart names one, follows the source.
    expect(toCsv({ ...input, unit: "US$ millions" }).split("\r\n")[2]).toBe("# Unit: US$ millions");
    expect(toCsv({ ...input, asOf: "", url: "" }).split("\r\n")[2]).toBe(
      'Year,"Note, if any",Value',
    );
  });

  it("quotes per RFC 4180 and ends lines with CRLF", () => {
    expect(lines[4]).toBe('Year,"Note, if any",Value');
    expect(lines[5]).toBe('2022,"He said ""no""",1.5');
    expect(csv).not.toMatch(/[^\r]\n(?!break)/);
    expect(csv.endsWith("\r\n")).toBe(false);
    expect(csv).toContain('2026,"line\nbreak",5');
  });

  it("defuses spreadsheet formulas but keeps negative numbers", () => {
    expect(lines[6]).toBe('2023,"\'=HYPERLINK(""http://evil"")",-2');
    expect(lines[7]).toBe("2024,-3.5,");
    expect(lines[8]).toBe("2025,'@SUM(A1),4");
    expect(csv).toContain("2027,'\tTabbed,");
  });

  it("defuses the citation lines too, and writes no fragment of the address", () => {
    // A fragment the reader typed once landed unquoted in the address line: `=1+1` became a cell.
    const hostile = toCsv({
      ...input,
      title: 'Deals, =cmd|" /C calc"!A0',
      url: "https://example.org/figures#,=1+1,@SUM(A1), +2,-3",
    });
    const head = hostile.split("\r\n").filter((l) => l.startsWith("# "));
    expect(head).toHaveLength(4);
    expect(head[3]).toBe("# https://example.org/figures");
    // Split each line as a spreadsheet would: no cell may start with a formula character.
    for (const line of head) {
      expect(line).not.toContain('"');
      for (const cell of line.split(",")) expect(cell.trimStart()).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(head[0]).toBe("# Deals, '=cmd|' /C calc'!A0");
    // The query is kept, so its pieces are defused like any other cell.
    const query = toCsv({ ...input, url: "https://example.org/figures?kind=a,=1+1,@SUM(A1)" });
    expect(query).toContain("\r\n# https://example.org/figures?kind=a,'=1+1,'@SUM(A1)\r\n");
    expect(citationLine({ ...input, url: "https://example.org/x?a=1#,=2" })).toMatch(
      /https:\/\/example\.org\/x\?a=1$/,
    );
  });

  it("writes exactly one line per data row when no cell holds a line break", () => {
    const rows = Array.from({ length: 17 }, (_, i) => [2000 + i, i * 1.25]);
    const out = toCsv({ ...input, columns: ["Year", "Value"], rows });
    const outLines = out.split("\r\n");
    const data = outLines.filter((l) => !l.startsWith("# ")).slice(1);
    expect(data).toHaveLength(17);
    expect(data[3]).toBe("2003,3.75");
  });
});

describe("exports from a TableSpec", () => {
  it("exports each cell's machine value, else its text, one row per table row", () => {
    const table: TableSpec = {
      caption: "c",
      columns: ["Name", "Value", "Note"],
      rows: [
        {
          key: "a",
          cells: [
            { text: "A", header: true },
            { text: "about $40bn", value: 40, estimate: true },
            { text: "1,234" },
          ],
        },
        { key: "b", cells: [{ text: "B", header: true }, { text: "n/a" }, { text: "" }] },
      ],
    };
    expect(tableExportRows(table)).toEqual({
      columns: ["Name", "Value", "Value: estimate", "Note"],
      rows: [
        ["A", 40, true, 1234],
        ["B", "n/a", false, null],
      ],
    });
  });

  it("carries the chart's texts and unit, cites the address without its fragment", () => {
    const table: TableSpec = {
      caption: "c",
      columns: ["Year", "Russia"],
      rows: [
        {
          key: "2015",
          cells: [
            { text: "2015", value: 2015, header: true },
            { text: "3 (e)", value: 3, estimate: true },
          ],
        },
      ],
    };
    const input = chartExportInput(
      { title: "T", source: "Source: S", asOf: "As of 2016", unit: "US$ m", table },
      "https://example.org/v?a=1#top",
    );
    expect(toCsv(input).split("\r\n")).toEqual([
      "# T",
      "# Source: S",
      "# Unit: US$ m",
      "# As of 2016",
      "# https://example.org/v?a=1",
      "Year,Russia,Russia: estimate",
      "2015,3,true",
    ]);
    expect(JSON.parse(toJsonExport(input))).toMatchObject({
      unit: "US$ m",
      rows: [{ Year: 2015, Russia: 3, "Russia: estimate": true }],
    });
  });
});

describe("toJsonExport", () => {
  it("carries the citation and rows as records", () => {
    const json = toJsonExport({
      title: "Oil output",
      source: "Source: EIA.",
      asOf: "As of May 2025",
      url: "https://example.org/",
      columns: ["Year", "Output"],
      rows: [
        [2023, 10.5],
        [2024, null],
        [2025, Number.POSITIVE_INFINITY],
      ],
    });
    expect(json).toContain('\n  "title": "Oil output"');
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(parsed).toEqual({
      title: "Oil output",
      source: "Source: EIA.",
      asOf: "As of May 2025",
      unit: "",
      url: "https://example.org/",
      citation: "Oil output. Source: EIA. As of May 2025. https://example.org/",
      columns: ["Year", "Output"],
      rows: [
        { Year: 2023, Output: 10.5 },
        { Year: 2024, Output: null },
        { Year: 2025, Output: null },
      ],
    });
  });

  it("builds the citation from the parts that are present", () => {
    expect(citationLine({ title: "T", source: "", asOf: "As of X", url: "" })).toBe("T. As of X");
  });
});

describe("exportFileName", () => {
  it("slugs the title in kebab case with the extension", () => {
    expect(exportFileName("Russia's Arms Sales to Iran (2015–2024)", "png")).toBe(
      "russia-s-arms-sales-to-iran-2015-2024.png",
    );
    expect(exportFileName("Égalité & Fraternité", ".CSV")).toBe("egalite-and-fraternite.csv");
    expect(exportFileName("   ", "json")).toBe("chart.json");
  });

  it("keeps names short and cuts at a word boundary", () => {
    const name = exportFileName(
      "Iran's camps compared across every dimension of alignment with Moscow and Beijing",
      "svg",
    );
    const slug = name.replace(/\.svg$/, "");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    // 61 characters would end mid-word ("…-wit"), so the name stops at the last whole word.
    expect(slug).toBe("iran-s-camps-compared-across-every-dimension-of-alignment");
  });
});
