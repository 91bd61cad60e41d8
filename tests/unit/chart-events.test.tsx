// @vitest-environment jsdom
import { fireEvent, render, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { getSlideData } from "@/components/deck/deck-data";
import { renderSlide } from "@/components/views/slide-views";
import { getChartEventData } from "@/lib/data/chart-events";
import { getTimelineData } from "@/lib/data/timeline";
import { eventMarks, eventLabelWidth } from "@/lib/charts/event-geometry";
import {
  eventYearPosition,
  resolveChartEvents,
  seriesEvents,
  type ChartEventRef,
} from "@/lib/views/chart-events";
import { SERIES_VIEW_IDS, SERIES_VIEWS, seriesView } from "@/lib/views/series-views";
import { notesText } from "@/lib/views/view-model";

const timeline = getTimelineData().events;
const byId = new Map(timeline.map((e) => [e.id, e]));

describe("events named by the time charts", () => {
  it("exist in the timeline, lie within the chart's years, and are few and distinct", () => {
    for (const id of SERIES_VIEW_IDS) {
      const def: { events: readonly ChartEventRef[]; from: number; to: number } = SERIES_VIEWS[id];
      expect(def.events.length, id).toBeGreaterThan(0);
      // Crowded labels help nobody.
      expect(def.events.length, id).toBeLessThanOrEqual(5);
      expect(new Set(def.events.map((r) => r.id)).size, id).toBe(def.events.length);
      for (const ref of def.events) {
        const e = byId.get(ref.id);
        expect(e, `${id}: ${ref.id}`).toBeDefined();
        const year = Number(e!.date.slice(0, 4));
        expect(year, `${id}: ${ref.id}`).toBeGreaterThanOrEqual(def.from);
        expect(year, `${id}: ${ref.id}`).toBeLessThanOrEqual(def.to);
        // A label short enough to sit beside two others above a slide's plot.
        expect(ref.label.length, ref.label).toBeLessThanOrEqual(36);
      }
      expect(() => resolveChartEvents(def.events, timeline, def.from, def.to)).not.toThrow();
    }
  });

  it("mark the S-300 deliveries on the arms chart and keep the sources' hedges", () => {
    const refs = SERIES_VIEWS["arms-tiv"].events.map((r) => r.id);
    expect(refs).toContain("s-300-delivery-begins");
    // Tehran's reading of Resolution 2231 is said to be Tehran's, on the chart too.
    const lapse = SERIES_VIEWS["arms-tiv"].events.find(
      (r) => r.id === "un-arms-restrictions-lapse-2020",
    );
    expect(lapse?.label).toMatch(/Iran's reading/);
  });
});

describe("resolving a chart's events", () => {
  const refs = [
    { id: "us-exits-jcpoa-2018", label: "US leaves" },
    { id: "s-300-delivery-begins", label: "S-300 begins" },
  ];

  it("numbers them in date order and carries date, after-the-paper flag and evidence", () => {
    const items = resolveChartEvents(refs, timeline, 2000, 2023);
    expect(items.map((e) => [e.n, e.id])).toEqual([
      [1, "s-300-delivery-begins"],
      [2, "us-exits-jcpoa-2018"],
    ]);
    expect(items[0]).toMatchObject({ when: "Apr 2016", afterPaper: false, label: "S-300 begins" });
    expect(items[1]).toMatchObject({ date: "2018-05-08", afterPaper: true });
    // After the paper: stored documents only, never the paper's words.
    expect(items[1]!.evidence.every((ev) => "sourceId" in ev)).toBe(true);
    expect(items[0]!.evidence.every((ev) => "section" in ev)).toBe(true);
  });

  it("refuses an id the timeline lacks and an event outside the chart's years", () => {
    expect(() =>
      resolveChartEvents([{ id: "no-such-event", label: "x" }], timeline, 2000, 2023),
    ).toThrow(/not in the timeline/);
    expect(() => resolveChartEvents(refs, timeline, 2000, 2016)).toThrow(/outside 2000–2016/);
  });

  it("places a month within the span its year's point stands for", () => {
    expect(eventYearPosition("2016")).toBe(2016);
    // January sits just after the midpoint from 2015, October just after the 2016 tick;
    // both nearer 2016's point than any other year's.
    expect(eventYearPosition("2016-01")).toBeCloseTo(2015.542, 3);
    expect(eventYearPosition("2016-10-15")).toBeCloseTo(2016.292, 3);
    for (const d of ["2016-01", "2016-06", "2016-12-31"])
      expect(Math.abs(eventYearPosition(d) - 2016), d).toBeLessThan(0.5);
    // Kept on the axis in the chart's first year.
    const [first] = resolveChartEvents(
      [{ id: "sanctions-relief-begins", label: "Sanctions eased" }],
      timeline,
      2016,
      2020,
    );
    expect(first?.position).toBe(2016);
  });

  it("hands a chart only the footnotes and stored documents its events cite", () => {
    const data = getChartEventData();
    const arms = seriesEvents("arms-both-ways", data);
    const stored = arms.items.flatMap((e) => e.evidence).filter((ev) => "sourceId" in ev);
    expect(stored.length).toBeGreaterThan(0);
    for (const ev of stored) expect(arms.storedSources[ev.sourceId], ev.sourceId).toBeDefined();
    const trade = seriesEvents("trade-exports", data);
    expect(Object.keys(trade.storedSources)).toEqual([]);
    for (const n of Object.keys(trade.footnotes)) {
      const cited = trade.items.some((e) =>
        e.evidence.some((ev) => "footnote" in ev && ev.footnote === Number(n)),
      );
      expect(cited, `footnote ${n}`).toBe(true);
    }
  });
});

describe("event label placement", () => {
  const layout = { from: 2000, to: 2020, left: 100, right: 900, fontSize: 14 };
  const events = [
    { n: 1, label: "Sanctions eased", position: 2015.5 },
    { n: 2, label: "Big deals reported", position: 2015.6 },
    { n: 3, label: "UN arms curbs end (Iran's reading)", position: 2020 },
    { n: 4, label: "Contract", position: 2007 },
  ];

  it("never lets two labels on one row overlap, and keeps them inside the plot", () => {
    const { marks, rows } = eventMarks(events, layout);
    expect(rows).toBeGreaterThan(1);
    const spans = marks.map((m) => {
      const w = eventLabelWidth(m.text, layout.fontSize);
      return {
        row: m.row,
        start: m.anchor === "start" ? m.x : m.x - w,
        end: m.anchor === "start" ? m.x + w : m.x,
      };
    });
    for (const a of spans) {
      expect(a.start).toBeGreaterThanOrEqual(layout.left);
      expect(a.end).toBeLessThanOrEqual(layout.right);
      for (const b of spans)
        if (a !== b && a.row === b.row) expect(a.end <= b.start || b.end <= a.start).toBe(true);
    }
    // The last event, at the right edge, turns its label to the left of its line.
    expect(marks.find((m) => m.n === 3)?.anchor).toBe("end");
  });

  it("numbers the markers without labels on a narrow plot", () => {
    const { marks, rows } = eventMarks(events, { ...layout, right: 380, minLabelledWidth: 420 });
    expect(marks.map((m) => m.text).sort()).toEqual(["1", "2", "3", "4"]);
    expect(rows).toBeLessThanOrEqual(2);
  });
});

describe("markers on the slide, the embed and the notes", () => {
  const data = getSlideData();

  it("draws every chosen event's number and label into the slide's wide SVG", () => {
    for (const id of SERIES_VIEW_IDS) {
      const slide = renderSlide({ view: id, state: "" }, data, `${id}-t`);
      const { container } = render(<>{slide.chart}</>);
      const wide = container.querySelector("svg.line-wide");
      expect(wide, id).not.toBeNull();
      for (const ref of SERIES_VIEWS[id].events) {
        const marker = wide!.querySelector(`[data-event-marker="${ref.id}"]`);
        expect(marker, `${id}: ${ref.id}`).not.toBeNull();
        expect(marker!.textContent, `${id}: ${ref.id}`).toContain(ref.label);
        expect(marker!.hasAttribute("data-after-paper"), ref.id).toBe(
          byId.get(ref.id)?.afterPaper === true,
        );
      }
    }
  });

  it("lists the events in the speaker notes, which the PPTX carries", () => {
    const slide = renderSlide({ view: "arms-tiv", state: "" }, data, "t");
    const text = notesText(slide.notes);
    expect(text).toContain("Events marked on the chart");
    expect(text).toMatch(/Apr 2016: Russia starts delivering S-300s to Iran/);
    expect(text).toMatch(/18 Oct 2020: .*\(after the paper/);
  });

  it("opens an event's evidence, quote and source, from its button in the key", () => {
    const slide = renderSlide({ view: "arms-both-ways", state: "" }, data, "t");
    const { getByRole, container } = render(<>{slide.chart}</>);
    const button = getByRole("button", { name: /Iran admits drones to Russia/ });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const panel = container.querySelector(
      '[data-event-evidence="iran-admits-drones-to-russia-2022"]',
    );
    expect(panel).not.toBeNull();
    const event = byId.get("iran-admits-drones-to-russia-2022")!;
    const first = event.evidence[0]!;
    expect(panel!.textContent).toContain(first.quote);
    // A stored document, named as outside the paper, with its publisher and link.
    expect(within(panel as HTMLElement).getAllByText(/Outside the paper/).length).toBe(
      event.evidence.length,
    );
    expect(panel!.querySelector("a[href^='http']")).not.toBeNull();
  });

  it("leaves the numbers and texts of a view unchanged when it has no events", () => {
    const plain = seriesView("milex", data.series);
    expect(plain.notes.some((n) => n.heading === "Events marked on the chart")).toBe(false);
  });
});
