import type { ReactNode } from "react";
import type { ExternalSource } from "@/lib/data/schemas/common";
import type { Figure } from "@/lib/data/schemas/figures";
import type { Series } from "@/lib/data/schemas/series";
import type { SyriaIssue } from "@/lib/data/schemas/syria";
import type { TimelineEvent } from "@/lib/data/schemas/timeline";
import type { Outcome } from "@/lib/data/schemas/outcomes";
import type { BalancingResponse, FactionsResponse } from "@/lib/api/api-schemas";
import { figureBars } from "@/lib/charts/chart-data";
import { slideToken, type SlideSpec, type SlideView } from "@/lib/deck/deck";
import type { RecipientRanking } from "@/lib/views/paper-vs-data";
import type { DebateNote } from "@/lib/data/schemas/common";
import type { Dimension, Score } from "@/lib/data/schemas/scores";
import { toRadarRows } from "@/lib/charts/series";
import { paramsToRecord, unknownParamNotices } from "@/lib/views/view-state";
import { frameTexts, signed, type SlideNote, type ViewTexts } from "@/lib/views/view-model";
import { campsState, campsView } from "@/lib/views/camps";
import { campGapState, campGapView } from "@/lib/views/camp-gap";
import { figuresState, figuresView } from "@/lib/views/figures";
import { armsRecipientsView } from "@/lib/views/arms-recipients";
import { armsDealsState, armsDealsView, type ArmsDealsData } from "@/lib/views/arms-deals";
import { ArmsDealsFrame } from "@/components/charts/arms-deals-frame";
import { balancingState, balancingView } from "@/lib/views/balancing";
import { balancingBarState, balancingBarView } from "@/lib/views/balancing-bar";
import { syriaView } from "@/lib/views/syria";
import { timelineState, timelineView } from "@/lib/views/timeline";
import { ledgerView, parseLedgerState } from "@/lib/views/ledger";
import { LedgerChart } from "./ledger-chart";
import { SERIES_VIEW_IDS, seriesView, type SeriesViewId } from "@/lib/views/series-views";
import { seriesEvents, type ChartEventData } from "@/lib/views/chart-events";
import { formatEventDate } from "@/lib/views/timeline-format";
import { actorStyle } from "@/components/charts/actor-style";
import { BarChart } from "@/components/charts/bar-chart";
import { BoundNote } from "@/components/charts/bound-note";
import { ChartFrame } from "@/components/charts/chart-frame";
import { Legend, type LegendItem } from "@/components/charts/legend";
import { RadarChart, type ChartLayouts } from "@/components/charts/radar-chart";
import { RecipientBars } from "@/components/charts/recipient-bars";
import { SeriesFrame } from "@/components/charts/series-frame";
import { factionSeriesStyle } from "@/components/charts/stance-radar";
import { anchorHref } from "@/lib/routes";

/*
 * Every slide is a pure function of its data and its state, with no data getter in sight: the
 * server draws the default deck with it at build time, and the browser draws custom decks with
 * the same functions from the API's answers. This module must stay free of Zod and of `fs`.
 *
 * What a view says (title, description, takeaway, source, unit, table, notes, link back) is its
 * definition's, in lib/views, which the dashboard page draws too; the renderers here only turn
 * a definition into markup, so no text is written twice.
 */

/** Everything slides are drawn from, one part per source. */
export interface SlideData {
  /** /api/factions */
  factions: Pick<FactionsResponse, "dimensions" | "factions" | "consensus" | "outlook">;
  /** /api/balancing */
  balancing: BalancingResponse;
  /** /api/figures */
  figures: Figure[];
  /** /api/series */
  series: Series[];
  /** /api/syria's issues, with the paper's net judgement (which no API serves) */
  syria: { issues: SyriaIssue[]; judgement: DebateNote };
  /** /api/timeline */
  timeline: TimelineEvent[];
  /** /api/outcomes */
  outcomes: Outcome[];
  /** Russia's arms customers, ranked over the paper's past decade (no API serves it) */
  recipients: { ranking: RecipientRanking; source: ExternalSource };
  /** The events the time charts mark, with their sources (a static, like recipients) */
  chartEvents: ChartEventData;
  /** /api/arms-deals: the Russia↔Iran deals of each register release */
  armsDeals: ArmsDealsData;
}
export type SlideSource = keyof SlideData;
/** What has arrived so far: a custom deck loads only the parts its slides need. */
export type LoadedSlideData = Partial<SlideData>;

/** The one part of the data each view is drawn from. */
export const SLIDE_NEEDS: Record<SlideView, SlideSource> = {
  camps: "factions",
  "camp-gap": "factions",
  figures: "figures",
  "arms-recipients": "recipients",
  "arms-deals": "armsDeals",
  balancing: "balancing",
  "balancing-bar": "balancing",
  syria: "syria",
  timeline: "timeline",
  ledger: "outcomes",
  ...(Object.fromEntries(SERIES_VIEW_IDS.map((id) => [id, "series"])) as Record<
    SeriesViewId,
    SlideSource
  >),
};

/** The parts of the data a deck's slides need, each once. */
export function slideSources(specs: readonly SlideSpec[]): SlideSource[] {
  return [...new Set(specs.map((s) => SLIDE_NEEDS[s.view]))];
}

function need<K extends SlideSource>(data: LoadedSlideData, key: K): SlideData[K] {
  const part = data[key];
  // Callers wait for slideSources() to arrive before drawing; reaching this is a bug.
  if (part === undefined) throw new Error(`the slide data "${key}" has not been loaded`);
  return part;
}

export type { SlideNote } from "@/lib/views/view-model";

export interface RenderedSlide {
  title: string;
  takeaway: string;
  /** The chart(s), each in its ChartFrame with table, source line and exports. */
  chart: ReactNode;
  /** The source line as plain text, for the slide footer, the handout and the PPTX. */
  source: string;
  asOf: string;
  notes: SlideNote[];
  /** Problems with the slide's state, said on the slide rather than hidden. */
  notices: string[];
  /** The dashboard page this view comes from, in the same state. */
  href: string;
}

/** A radar of coded scores (camps or actors) in its frame, with its table and key. */
function ScoresRadar({
  view,
  testId,
  styles,
  layouts,
}: {
  view: ViewTexts & {
    dimensions: Dimension[];
    shown: { id: string; name: string; shortName?: string; scores: Score[] }[];
  };
  testId: string;
  styles: (LegendItem & { id: string })[];
  layouts: ChartLayouts;
}) {
  return (
    <ChartFrame
      headingLevel="h3"
      testId={testId}
      {...frameTexts(view)}
      controls={<Legend items={styles} />}
    >
      <RadarChart
        rows={toRadarRows(view.dimensions, view.shown)}
        series={styles}
        max={10}
        layouts={layouts}
      />
    </ChartFrame>
  );
}

type Raw = Record<string, string | string[] | undefined>;
/** How a slide is drawn: both chart layouts, or the wide one alone (the speaker view's laptop). */
export interface SlideOptions {
  layouts: ChartLayouts;
}
type ViewRenderer = (
  data: LoadedSlideData,
  raw: Raw,
  testId: string,
  opts: SlideOptions,
) => RenderedSlide;

/** A view definition's texts as a slide, around the chart drawn from it. */
function asSlide(view: ViewTexts, notices: string[], chart: ReactNode): RenderedSlide {
  return {
    title: view.title,
    takeaway: view.takeaway,
    source: view.source,
    asOf: view.asOf,
    href: view.href,
    notes: view.notes,
    notices,
    chart,
  };
}

const camps: ViewRenderer = (data, raw, testId, opts) => {
  const part = need(data, "factions");
  const { state, notices } = campsState(raw, part);
  const view = campsView(part, state);
  const styles = view.shown.map((f) => factionSeriesStyle({ id: f.id, name: f.shortName }));
  return asSlide(
    view,
    notices,
    <ScoresRadar view={view} testId={testId} styles={styles} layouts={opts.layouts} />,
  );
};

const campGap: ViewRenderer = (data, raw, testId, opts) => {
  const part = need(data, "factions");
  const { state, notices } = campGapState(raw, part);
  const view = campGapView(part, state);
  const { a, b } = view;
  return asSlide(
    view,
    notices,
    <ChartFrame
      headingLevel="h3"
      testId={testId}
      {...frameTexts(view)}
      boxStyle={{ height: "auto" }}
      footnote={
        view.unstated.length ? (
          <p>
            Not drawn, because the paper does not state both camps&apos; positions:{" "}
            {view.unstated.join(", ")}.
          </p>
        ) : null
      }
    >
      <BarChart
        layouts={opts.layouts}
        unitLabel={`${a.shortName} minus ${b.shortName}, points of 10`}
        data={view.stated.map((r) => ({
          id: r.dimension.id,
          label: r.dimension.label,
          value: r.diff,
          colour: `var(--color-${r.diff >= 0 ? a.id : b.id})`,
          display: `${signed(r.diff)}${r.gapBasis === "inferred" ? " (inferred)" : ""}`,
          outlined: r.gapBasis === "inferred",
        }))}
      />
    </ChartFrame>,
  );
};

const figures: ViewRenderer = (data, raw, testId, opts) => {
  const all = need(data, "figures");
  const { state, notices } = figuresState(raw, all);
  const view = figuresView(all, state);
  return asSlide(
    view,
    notices,
    <div className="slide-grid grid gap-4">
      {view.charts.map((c, i) => (
        <ChartFrame
          headingLevel="h3"
          key={c.token}
          testId={i === 0 ? testId : `${testId}-${i + 1}`}
          {...frameTexts(c)}
          boxStyle={{ height: "auto" }}
          footnote={<BoundNote figures={c.group.figures} checkHref={anchorHref("paperVsData")} />}
        >
          <BarChart layouts={opts.layouts} unitLabel={c.unit} data={figureBars(c.group.figures)} />
        </ChartFrame>
      ))}
    </div>,
  );
};

/** A published-data line chart: the entry in lib/views/series-views, drawn as a still chart. */
function seriesRenderer(id: SeriesViewId): ViewRenderer {
  return (data, raw, testId) => {
    // The markers come with the deck's statics, which every deck has; drawn without them only
    // where a caller hands the series alone.
    const events = data.chartEvents ? seriesEvents(id, data.chartEvents) : undefined;
    const view = seriesView(id, need(data, "series"), events?.items);
    return asSlide(
      view,
      unknownParamNotices(raw, []),
      <SeriesFrame id={id} series={view.series} testId={testId} events={events} still />,
    );
  };
}

const recipients: ViewRenderer = (data, raw, testId, opts) => {
  const part = need(data, "recipients");
  const view = armsRecipientsView(part);
  return asSlide(
    view,
    unknownParamNotices(raw, []),
    <RecipientBars view={view} testId={testId} layouts={opts.layouts} />,
  );
};

const armsDeals: ViewRenderer = (data, raw, testId) => {
  const part = need(data, "armsDeals");
  const { release, notices } = armsDealsState(raw);
  const view = armsDealsView(part, release);
  return asSlide(view, notices, <ArmsDealsFrame view={view} testId={testId} />);
};

const balancing: ViewRenderer = (data, raw, testId, opts) => {
  const part = need(data, "balancing");
  const { state, notices } = balancingState(raw, part);
  const view = balancingView(part, state);
  const styles = view.shown.map((a) =>
    actorStyle(a.id, a.id === "iran" ? `${a.name} (reference)` : a.name),
  );
  return asSlide(
    view,
    notices,
    <ScoresRadar view={view} testId={testId} styles={styles} layouts={opts.layouts} />,
  );
};

const balancingBar: ViewRenderer = (data, raw, testId, opts) => {
  const part = need(data, "balancing");
  const { state, notices } = balancingBarState(raw, part);
  const view = balancingBarView(part, state);
  return asSlide(
    view,
    notices,
    <ChartFrame
      headingLevel="h3"
      testId={testId}
      {...frameTexts(view)}
      boxStyle={{ height: "auto" }}
      footnote={view.unstated.length ? <p>Not drawn: {view.unstated.join(", ")}.</p> : null}
    >
      <BarChart
        layouts={opts.layouts}
        unitLabel="Coded score, 0 to 10"
        data={view.stated.map(({ a, score }) => ({
          id: a.id,
          label: a.name,
          value: score?.value ?? 0,
          colour: `var(--color-${a.id})`,
          display: `${score?.value} / 10`,
        }))}
      />
    </ChartFrame>,
  );
};

const ALIGNMENT_COLOURS = {
  converge: "var(--accent)",
  mixed: "var(--muted)",
  diverge: "var(--fg)",
} as const;

const syria: ViewRenderer = (data, raw, testId, opts) => {
  const view = syriaView(need(data, "syria"));
  return asSlide(
    view,
    unknownParamNotices(raw, []),
    <ChartFrame
      headingLevel="h3"
      testId={testId}
      {...frameTexts(view)}
      boxStyle={{ height: "auto" }}
    >
      <BarChart
        layouts={opts.layouts}
        unitLabel="Number of issues"
        data={view.bars.map((b) => ({
          id: b.id,
          label: `${b.group.label}: ${b.alignment}`,
          value: b.n,
          // Theme colours, not an actor's: the bars count issues, they are not Russia or Iran.
          colour: ALIGNMENT_COLOURS[b.alignment],
          display: `${b.n} of ${b.group.issues.length}`,
        }))}
      />
    </ChartFrame>,
  );
};

/**
 * The latest events of a filtered timeline, as a strip: a point per event, hollow if expected,
 * a square if after the paper (from stored documents), and each said in words too.
 */
/**
 * A title as the strip can hold it: the rows are one line, 750 units wide at 15-unit type, so a
 * long title is cut at a word with an ellipsis (the full one is the element's tooltip and in the
 * slide's table).
 */
function stripTitle(title: string, max = 72): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : max).replace(/[,;:]$/, "")}…`;
}

function TimelineStrip({ events }: { events: TimelineEvent[] }) {
  const rowH = 34;
  const height = 16 + events.length * rowH;
  return (
    <svg viewBox={`0 0 900 ${height}`} width="100%" className="timeline-strip">
      <line x1={128} x2={128} y1={8} y2={height - 8} stroke="var(--grid)" strokeWidth={2} />
      {events.map((e, i) => {
        const y = 8 + rowH / 2 + i * rowH;
        return (
          <g key={e.id}>
            <text x={112} y={y + 5} fontSize={14} textAnchor="end" fill="var(--muted)">
              {formatEventDate(e.date)}
            </text>
            {e.afterPaper ? (
              <rect x={121} y={y - 7} width={14} height={14} fill="var(--fg)" />
            ) : (
              <circle
                cx={128}
                cy={y}
                r={7}
                fill={e.expected ? "var(--bg)" : "var(--fg)"}
                stroke="var(--fg)"
                strokeWidth={2}
                strokeDasharray={e.expected ? "3 2" : undefined}
              />
            )}
            <text x={146} y={y + 5} fontSize={15} fill="var(--fg)">
              <title>{e.title}</title>
              {stripTitle(e.title)}
              {/* Said in words too (not only by the hollow marker), unless the title says it. */}
              {e.expected && !/expected/i.test(e.title) ? " (expected)" : ""}
              {e.afterPaper ? " (after the paper)" : ""}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const timeline: ViewRenderer = (data, raw, testId) => {
  const events = need(data, "timeline");
  const { state, notices } = timelineState(raw, events);
  const view = timelineView(events, state);
  return asSlide(
    view,
    notices,
    <ChartFrame
      headingLevel="h3"
      testId={testId}
      {...frameTexts(view)}
      boxStyle={{ height: "auto" }}
    >
      <TimelineStrip events={view.shown} />
    </ChartFrame>,
  );
};

const ledger: ViewRenderer = (data, raw, testId, opts) => {
  const { state, notices } = parseLedgerState(raw);
  const view = ledgerView(need(data, "outcomes"), state);
  return asSlide(view, notices, <LedgerChart view={view} testId={testId} layouts={opts.layouts} />);
};

const RENDERERS: Record<SlideSpec["view"], ViewRenderer> = {
  camps,
  "camp-gap": campGap,
  figures,
  "arms-recipients": recipients,
  "arms-deals": armsDeals,
  balancing,
  "balancing-bar": balancingBar,
  syria,
  timeline,
  ledger,
  ...(Object.fromEntries(SERIES_VIEW_IDS.map((id) => [id, seriesRenderer(id)])) as Record<
    SeriesViewId,
    ViewRenderer
  >),
};

/**
 * Draws one slide from its spec and the data (at least the part SLIDE_NEEDS names for it), on
 * the server or in the browser alike. Bad state in a spec (an unknown faction, say) falls back
 * the way the dashboard page does and comes back as a notice.
 */
export function renderSlide(
  spec: SlideSpec,
  data: LoadedSlideData,
  testId: string,
  opts: SlideOptions = { layouts: "both" },
): RenderedSlide & { token: string } {
  const raw = paramsToRecord(new URLSearchParams(spec.state));
  return { ...RENDERERS[spec.view](data, raw, testId, opts), token: slideToken(spec) };
}
