// @vitest-environment jsdom
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ChartFrame } from "@/components/charts/chart-frame";
import { HeadlineRadar } from "@/components/charts/headline-radar";
import { RecipientBarsFor } from "@/components/charts/recipient-bars";
import { SeriesFrame } from "@/components/charts/series-frame";
import { getSlideData } from "@/components/deck/deck-data";
import { BalancingView } from "@/components/views/balancing-view";
import { FactionComparison } from "@/components/views/faction-comparison";
import { FiguresView } from "@/components/views/figures-view";
import { renderSlide, type SlideData } from "@/components/views/slide-views";
import { getDeckData } from "@/lib/deck/deck-content";
import { parseSlideToken, SLIDE_VIEWS, type SlideView } from "@/lib/deck/deck";
import { getFactionViewData } from "@/lib/data/page-data";
import { chartExportInput, tableExportRows, toCsv, toJsonExport } from "@/lib/export/chart-export";
import { armsRecipientsView } from "@/lib/views/arms-recipients";
import { armsDealsState, armsDealsView } from "@/lib/views/arms-deals";
import { balancingState, balancingView } from "@/lib/views/balancing";
import { balancingBarState, balancingBarView } from "@/lib/views/balancing-bar";
import { campGapState, campGapView } from "@/lib/views/camp-gap";
import { campsState, campsView } from "@/lib/views/camps";
import { figuresState, figuresView } from "@/lib/views/figures";
import { SERIES_VIEW_IDS, seriesFrameProps, seriesView } from "@/lib/views/series-views";
import { seriesEvents } from "@/lib/views/chart-events";
import { syriaView } from "@/lib/views/syria";
import type { TableSpec } from "@/lib/views/table";
import { timelineState, timelineView } from "@/lib/views/timeline";
import { ledgerView, parseLedgerState } from "@/lib/views/ledger";
import { paramsToRecord } from "@/lib/views/view-state";
import { frameTexts, notesText, type ViewTexts } from "@/lib/views/view-model";

// The page components read their state from the address; a test page has an empty one.
vi.mock("next/navigation", () => ({ useSearchParams: () => new URLSearchParams() }));

type FrameTexts = ReturnType<typeof frameTexts>;

/**
 * Each view's definition in a state, from lib/views alone: what the slide (its texts) and the
 * first chart frame on it (title, description, source, table) must say.
 */
function definition(
  view: SlideView,
  state: string,
  data: SlideData,
): { slide: ViewTexts; frame: FrameTexts } {
  const raw = paramsToRecord(new URLSearchParams(state));
  const one = (v: ViewTexts) => ({ slide: v, frame: frameTexts(v) });
  switch (view) {
    case "camps":
      return one(campsView(data.factions, campsState(raw, data.factions).state));
    case "camp-gap":
      return one(campGapView(data.factions, campGapState(raw, data.factions).state));
    case "balancing":
      return one(balancingView(data.balancing, balancingState(raw, data.balancing).state));
    case "balancing-bar":
      return one(balancingBarView(data.balancing, balancingBarState(raw, data.balancing).state));
    case "figures": {
      const v = figuresView(data.figures, figuresState(raw, data.figures).state);
      const first = v.charts[0];
      if (!first) throw new Error(`no figures chart for "${state}"`);
      return { slide: v, frame: frameTexts(first) };
    }
    case "arms-recipients":
      return one(armsRecipientsView(data.recipients));
    case "arms-deals":
      return one(armsDealsView(data.armsDeals, armsDealsState(raw).release));
    case "syria":
      return one(syriaView(data.syria));
    case "timeline":
      return one(timelineView(data.timeline, timelineState(raw, data.timeline).state));
    case "ledger":
      return one(ledgerView(data.outcomes, parseLedgerState(raw).state));
    default:
      // A time chart's definition includes the timeline events it marks.
      return one(seriesView(view, data.series, seriesEvents(view, data.chartEvents).items));
  }
}

/** What a cell shows: its text, and its aside in brackets. */
const shown = (cell: TableSpec["rows"][number]["cells"][number]) =>
  `${cell.text}${cell.note ? ` (${cell.note})` : ""}`;

/** Holds a drawn chart frame to a definition: every text, and the table cell by cell. */
function expectFrame(figure: Element, def: FrameTexts, label: string) {
  const text = (sel: string) => figure.querySelector(sel)?.textContent ?? null;
  expect(text("[data-chart-title]"), label).toBe(def.title);
  expect(text(".chart-description"), label).toBe(def.description);
  expect(text("[data-chart-source]"), label).toBe(def.source);
  expect(figure.getAttribute("data-as-of"), label).toBe(def.asOf);
  expect(figure.getAttribute("data-unit"), label).toBe(def.unit);
  const table = figure.querySelector("table");
  if (!table) throw new Error(`${label}: no table`);
  expect(table.querySelector("caption")?.textContent, label).toBe(def.table.caption);
  expect(
    [...table.querySelectorAll("thead th")].map((th) => th.textContent),
    label,
  ).toEqual(def.table.columns);
  const rows = [...table.querySelectorAll("tbody tr")].map((tr) =>
    [...tr.children].map((c) => c.textContent),
  );
  expect(rows, label).toEqual(def.table.rows.map((r) => r.cells.map(shown)));
}

const data = getSlideData();

/** Every view in its default state, and each deck slide in the state the deck gives it. */
const CASES: { view: SlideView; state: string }[] = [
  ...SLIDE_VIEWS.map((view) => ({ view, state: "" })),
  ...getDeckData().slides.map(({ slide }) => {
    const parsed = parseSlideToken(slide);
    if ("error" in parsed) throw new Error(parsed.error);
    return parsed.spec;
  }),
  { view: "camp-gap", state: "a=middle-way&b=re-balancers" },
  { view: "balancing", state: "actors=israel,turkey" },
  { view: "timeline", state: "thread=s-300" },
  { view: "ledger", state: "verdict=not-anticipated" },
  { view: "arms-deals", state: "release=sipri-at-2025" },
];

describe("each view is defined once, in lib/views", () => {
  it("gives the slide and the embed its definition's texts, notes and chart frame", () => {
    for (const { view, state } of CASES) {
      const label = `${view}?${state}`;
      const def = definition(view, state, data);
      const slide = renderSlide({ view, state }, data, `${view}-test`);
      expect(slide.title, label).toBe(def.slide.title);
      expect(slide.takeaway, label).toBe(def.slide.takeaway);
      expect(slide.source, label).toBe(def.slide.source);
      expect(slide.asOf, label).toBe(def.slide.asOf);
      expect(slide.href, label).toBe(def.slide.href);
      expect(slide.notes, label).toEqual(def.slide.notes);
      const { container, unmount } = render(<>{slide.chart}</>);
      const figure = container.querySelector("figure[data-chart]");
      if (!figure) throw new Error(`${label}: no chart`);
      expectFrame(figure, def.frame, label);
      unmount();
    }
  });

  it("writes the PPTX's notes from the definition's notes", () => {
    const def = definition("camp-gap", "", data).slide;
    const text = notesText(def.notes);
    expect(text.split("\n\n")).toHaveLength(def.notes.length);
    for (const n of def.notes) {
      expect(text).toContain(n.heading);
      if (n.quote) expect(text).toContain(`“${n.quote}”`);
    }
  });
});

describe("the view definitions", () => {
  it("are pure TypeScript the browser can load: no React, Zod, fs or components", () => {
    const dir = path.join(process.cwd(), "lib/views");
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const source = readFileSync(path.join(dir, file), "utf8");
      // Imports that run: `import type` is erased, so schemas may be named for their types.
      const running = [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+"([^"]+)"/gms)].map(
        (m) => m[1] ?? "",
      );
      for (const from of running) {
        expect(from, `${file} imports ${from}`).not.toMatch(
          /^(react|zod|node:|fs$)|^@\/components\/|^@\/app\/|schemas$/,
        );
      }
    }
  });
});

describe("the dashboard pages draw the same definitions", () => {
  const factions = getFactionViewData().response;

  it("the camps radar, the camp gap and the overview's radar", () => {
    const page = render(
      <FactionComparison data={factions} footnotes={{}} paperTitle="The paper" />,
    );
    const { state } = campsState({}, factions);
    const camps = campsView(factions, state);
    expectFrame(page.getByTestId("stance-radar"), frameTexts(camps), "camps page");
    expect(camps.title).toBe(definition("camps", "", data).slide.title);
    const gap = campGapView(factions, state);
    const diff = page.getByTestId("diff-table");
    expect(within(diff).getByRole("heading", { level: 2 }).textContent).toBe(gap.title);
    expect(diff.querySelector("[data-add-to-deck]")?.getAttribute("data-add-to-deck")).toBe(
      gap.token,
    );
    page.unmount();

    const overview = render(<HeadlineRadar data={factions} />);
    const all = campsView(factions, { factions: factions.factions.map((f) => f.id) });
    expectFrame(overview.getByTestId("stance-radar"), frameTexts(all), "overview radar");
  });

  it("the balancing radar and its per-dimension bar", () => {
    const page = render(
      <BalancingView data={data.balancing} footnotes={{}} paperTitle="The paper" />,
    );
    const { state } = balancingState({}, data.balancing);
    expectFrame(
      page.getByTestId("balancing-chart"),
      frameTexts(balancingView(data.balancing, state)),
      "balancing page",
    );
    const bar = balancingBarView(data.balancing, state);
    expect(
      page
        .getByTestId("balancing-bars")
        .querySelector("[data-add-to-deck]")
        ?.getAttribute("data-add-to-deck"),
    ).toBe(bar.token);
  });

  it("the figures, one chart per kind", () => {
    const parties = [...new Set(data.figures.flatMap((f) => f.parties))].sort();
    const page = render(
      <FiguresView
        data={{ figures: data.figures }}
        parties={parties}
        footnotes={{}}
        paperTitle="The paper"
      />,
    );
    const view = figuresView(data.figures, { kind: [], party: [] });
    expect(view.charts.length).toBeGreaterThan(1);
    for (const chart of view.charts) {
      expectFrame(page.getByTestId(`figures-${chart.group.kind}`), frameTexts(chart), chart.title);
    }
  });

  it("the published-data charts and Russia's arms customers", () => {
    // The page draws its lines only once near the viewport; the frame around them is what counts.
    vi.stubGlobal(
      "IntersectionObserver",
      class {
        observe() {}
        disconnect() {}
      },
    );
    for (const id of SERIES_VIEW_IDS) {
      const props = seriesFrameProps(id, data.series);
      const { container, unmount } = render(<SeriesFrame {...props} />);
      const figure = container.querySelector("figure[data-chart]");
      if (!figure) throw new Error(id);
      expectFrame(figure, frameTexts(seriesView(id, data.series)), id);
      unmount();
    }
    const { ranking, source } = data.recipients;
    const page = render(<RecipientBarsFor ranking={ranking} source={source} />);
    expectFrame(
      page.getByTestId("recipients-chart"),
      frameTexts(armsRecipientsView(data.recipients)),
      "arms recipients",
    );
  });
});

describe("exports are written from the table data", () => {
  const trade = seriesView("trade-exports", data.series);
  const estimates = trade.table.rows.flatMap((r) => r.cells.filter((c) => c.estimate)).length;

  it("keeps every estimate flag and the unit of a view's table", () => {
    expect(estimates).toBeGreaterThan(0);
    const input = chartExportInput(frameTexts(trade), "https://example.org/figures?x=1#frag");
    expect(input.unit).toBe(trade.unit);
    expect(input.rows).toHaveLength(trade.table.rows.length);
    const flagColumns = input.columns.flatMap((c, i) => (c.endsWith(": estimate") ? [i] : []));
    expect(flagColumns.length).toBeGreaterThan(0);
    const trues = input.rows.reduce(
      (n, row) => n + flagColumns.filter((i) => row[i] === true).length,
      0,
    );
    expect(trues).toBe(estimates);

    const csv = toCsv(input).split("\r\n");
    expect(csv).toContain(`# Unit: ${trade.unit}`);
    expect(csv).toContain("# https://example.org/figures?x=1");
    const json = JSON.parse(toJsonExport(input)) as { unit: string; rows: unknown[] };
    expect(json.unit).toBe(trade.unit);
    expect(json.rows).toHaveLength(trade.table.rows.length);
  });

  describe("through a chart's export menu", () => {
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    afterEach(() => {
      URL.createObjectURL = original;
      created.length = 0;
    });

    it("downloads the CSV of the table it was given, not of what the page shows", async () => {
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) created.push(blob);
        return "blob:test";
      };
      vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
      const page = render(
        <ChartFrame testId="t" {...frameTexts(trade)}>
          <svg />
        </ChartFrame>,
      );
      // Whatever happens to the drawn table, the file comes from the data.
      page
        .getByTestId("t")
        .querySelectorAll("table")
        .forEach((t) => t.remove());
      fireEvent.click(page.getByRole("button", { name: "CSV data" }));
      await waitFor(() => expect(created).toHaveLength(1));
      const csv = (await created[0]!.text()).split("\r\n");
      expect(csv).toContain(`# Unit: ${trade.unit}`);
      const expected = tableExportRows(trade.table);
      expect(csv.filter((l) => l && !l.startsWith("# "))).toHaveLength(expected.rows.length + 1);
    });
  });
});

describe("an exported table says what the reader sees", () => {
  const column = (table: TableSpec, name: string) => {
    const { columns, rows } = tableExportRows(table);
    const i = columns.indexOf(name);
    expect(i, `${name} in ${columns.join(", ")}`).toBeGreaterThanOrEqual(0);
    return rows.map((r) => r[i]);
  };

  it("keeps a figure's qualifier beside its number ('almost 2×' is not 2)", () => {
    const view = figuresView(data.figures, { kind: [], party: [] });
    const figures = view.charts.flatMap((c) => c.group.figures);
    const stated = view.charts.flatMap((c) => column(c.table, "Stated as"));
    expect(stated).toEqual(figures.map((f) => f.qualifier));
    expect(stated).toContain("almost");
  });

  it("keeps each coded score's confidence and basis", () => {
    const { state } = campsState({}, data.factions);
    const view = campsView(data.factions, state);
    const first = view.shown[0]!;
    const confidence = column(view.table, `${first.shortName}: confidence`);
    const basis = column(view.table, `${first.shortName}: basis`);
    const scores = view.dimensions.map((d) => first.scores.find((s) => s.dimension === d.id));
    expect(confidence).toEqual(scores.map((s) => (s && s.value !== null ? s.confidence : null)));
    expect(basis).toEqual(scores.map((s) => (s && s.value !== null ? s.basis : null)));
    expect(basis).toContain("inferred");
  });

  it("lists the actors a bar chart leaves out, with the reason", () => {
    for (const dim of data.balancing.dimensions) {
      const view = balancingBarView(data.balancing, { bar: dim.id });
      const scores = column(view.table, "Score");
      expect(scores).toHaveLength(view.scored.length);
      for (const why of view.unstated) {
        expect(scores.some((s) => typeof s === "string" && why.includes(s))).toBe(true);
      }
    }
  });

  it("writes a date as the view gives it, a year-only date too", () => {
    const view = timelineView(data.timeline, timelineState({}, data.timeline).state);
    const dates = column(view.table, "Date");
    expect(dates.every((d) => typeof d === "string")).toBe(true);
  });
});
