import type { ReactNode } from "react";
import { FIGURE_KINDS, FIGURE_UNITS, TIMELINE_CATEGORIES } from "@/lib/constants";
import type { ExternalSource } from "@/lib/data/schemas/common";
import type { Figure } from "@/lib/data/schemas/figures";
import type { Series } from "@/lib/data/schemas/series";
import type { SyriaIssue } from "@/lib/data/schemas/syria";
import type { TimelineEvent } from "@/lib/data/schemas/timeline";
import type { BalancingResponse, FactionsResponse } from "@/lib/api/api-schemas";
import {
  FIGURE_KIND_LABELS,
  FIGURE_UNIT_LABELS,
  figureBars,
  formatFigure,
  groupFigures,
  SCORE_DIFF_UNIT,
  SCORE_UNIT,
  sourceLineFor,
} from "@/lib/charts/chart-data";
import { slideToken, type SlideSpec, type SlideView } from "@/lib/deck/deck";
import { filterEvents, filterFigures, timelineFilterFromState } from "@/lib/views/filters";
import { PAPER_AS_OF, PAPER_CITATION } from "@/lib/data/paper-sections";
import type { RecipientRanking } from "@/lib/views/paper-vs-data";
import { partyName } from "@/lib/data/parties";
import type { DebateNote, Evidence } from "@/lib/data/schemas/common";
import type { Dimension, Score } from "@/lib/data/schemas/scores";
import { diffRows, scoreFor, scoreText, toRadarRows } from "@/lib/charts/series";
import { SCORES_SOURCE_LINE } from "@/lib/evidence/source-lines";
import {
  listParam,
  oneParam,
  paramsToRecord,
  parseBalancingState,
  parseTimelineState,
  parseViewState,
  unknownParamNotices,
} from "@/lib/views/view-state";
import { actorStyle } from "@/components/charts/actor-style";
import { BarChart } from "@/components/charts/bar-chart";
import { BoundNote } from "@/components/charts/bound-note";
import { DataTable } from "@/components/charts/data-table";
import { FigureTable } from "@/components/charts/figure-table";
import { ChartFrame } from "@/components/charts/chart-frame";
import { Legend, type LegendItem } from "@/components/charts/legend";
import { RadarChart, type ChartLayouts } from "@/components/charts/radar-chart";
import { RadarTable } from "@/components/charts/radar-table";
import { RecipientBars } from "@/components/charts/recipient-bars";
import { SeriesFrame } from "@/components/charts/series-frame";
import {
  SERIES_VIEW_IDS,
  SERIES_VIEWS,
  type SeriesViewDef,
  type SeriesViewId,
} from "@/lib/views/series-views";
import { factionSeriesStyle } from "@/components/charts/stance-radar";
import { CATEGORY_LABELS, formatEventDate, THREAD_LABELS } from "./timeline-format";
import { formatNumber } from "@/lib/charts/number-format";
import { referenceText } from "@/components/evidence/evidence-list";
import { SYRIA_ALIGNMENTS, syriaTally, tallyWords } from "@/lib/views/syria-tally";

/*
 * Every slide is a pure function of its data and its state, with no data getter in sight: the
 * server draws the default deck with it at build time, and the browser draws custom decks with
 * the same functions from the API's answers. This module must stay free of Zod and of `fs`.
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
  /** Russia's arms customers, ranked over the paper's past decade (no API serves it) */
  recipients: { ranking: RecipientRanking; source: ExternalSource };
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
  balancing: "balancing",
  "balancing-bar": "balancing",
  syria: "syria",
  timeline: "timeline",
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

/** One line of speaker notes: what a judgment rests on, in our words and the paper's. */
export interface SlideNote {
  heading: string;
  text?: string;
  quote?: string;
  /** Where the quote sits in the paper: section and footnote. */
  cite?: string;
}

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

const MAX_NOTES = 6;

function cite(ev: Evidence | undefined): Pick<SlideNote, "quote" | "cite"> {
  if (!ev) return {};
  return {
    quote: ev.quote,
    cite: `${PAPER_CITATION.short}, ${referenceText(ev)}`,
  };
}

function scoreNote(who: string, dimension: string, score: Score | undefined): SlideNote {
  return {
    heading: `${who} — ${dimension}: ${scoreText(score)}${score && score.value !== null ? ` (${score.confidence} confidence)` : ""}`,
    text: score?.rationale,
    ...cite(score?.evidence[0]),
  };
}

/** A radar of coded scores (camps or actors) in its frame, with its table and key. */
function ScoresRadar({
  testId,
  title,
  description,
  dimensions,
  shown,
  styles,
  layouts,
}: {
  testId: string;
  title: string;
  description: string;
  dimensions: Dimension[];
  shown: { id: string; name: string; shortName?: string; scores: Score[] }[];
  styles: (LegendItem & { id: string })[];
  layouts: ChartLayouts;
}) {
  return (
    <ChartFrame
      headingLevel="h3"
      testId={testId}
      title={title}
      description={description}
      source={SCORES_SOURCE_LINE}
      asOf={PAPER_AS_OF}
      unit={SCORE_UNIT}
      table={<RadarTable dimensions={dimensions} factions={shown} />}
      controls={<Legend items={styles} />}
    >
      <RadarChart
        rows={toRadarRows(dimensions, shown)}
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

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
/** "Opening to the West" → "opening to the West": proper nouns inside a label keep their capitals. */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** A camp's name inside a sentence: "the re-balancers", "the Russia-leaners". */
const inSentence = (f: { name: string }) => f.name.replace(/^The /, "the ");

/** The frame of the camps' debate as speaker notes: what they share, where the paper sees it going. */
function debateNotes({ consensus, outlook }: SlideData["factions"]): SlideNote[] {
  return [
    { heading: "What the camps share", text: consensus.summary, ...cite(consensus.evidence[0]) },
    {
      heading: "Where the paper expects the debate to go",
      text: outlook.summary,
      ...cite(outlook.evidence[0]),
    },
  ];
}

const camps: ViewRenderer = (data, raw, testId, opts) => {
  const debate = need(data, "factions");
  const { dimensions, factions } = debate;
  const { state, notices } = parseViewState(
    raw,
    dimensions.map((d) => d.id),
  );
  const shown = factions.filter((f) => state.factions.includes(f.id));
  const styles = shown.map((f) => factionSeriesStyle({ id: f.id, name: f.shortName }));
  const title = "Iran's camps on Russia";
  return {
    title,
    takeaway: `${shown.map((f) => f.shortName).join(", ") || "No camp"} coded 0 to 10 on ${dimensions.length} axes; a gap in a shape is an axis the paper leaves unstated for that camp.`,
    source: SCORES_SOURCE_LINE,
    asOf: PAPER_AS_OF,
    href: `/factions?factions=${state.factions.join(",") || "none"}`,
    notices,
    notes: [
      ...debateNotes(debate),
      ...shown.flatMap((f) => [
        { heading: f.name, text: f.summary },
        ...f.scores
          .filter((s) => s.value !== null)
          .slice(0, 1)
          .map((s) =>
            scoreNote(
              f.shortName,
              dimensions.find((d) => d.id === s.dimension)?.label ?? s.dimension,
              s,
            ),
          ),
      ]),
    ].slice(0, MAX_NOTES),
    chart: (
      <ScoresRadar
        layouts={opts.layouts}
        testId={testId}
        title={title}
        description="Coded positions of the camps, 0 to 10; gaps mark what the paper does not state, hollow markers low-confidence scores, dashed rings scores we infer rather than read in the paper."
        dimensions={dimensions}
        shown={shown}
        styles={styles}
      />
    ),
  };
};

const campGap: ViewRenderer = (data, raw, testId, opts) => {
  const debate = need(data, "factions");
  const { dimensions, factions } = debate;
  const { state, notices } = parseViewState(
    raw,
    dimensions.map((d) => d.id),
  );
  const a = factions.find((f) => f.id === state.a);
  const b = factions.find((f) => f.id === state.b);
  if (!a || !b) throw new Error("factions file lacks a camp the schema requires");
  const rows = diffRows(dimensions, a, b);
  // Signed: positive where the first camp scores higher (the gap itself is unsigned).
  const stated = rows
    .filter((r) => r.gap !== null)
    .map((r) => ({ ...r, diff: (r.a?.value ?? 0) - (r.b?.value ?? 0) }));
  const unstated = rows.filter((r) => r.gap === null);
  const inferredGaps = stated.filter((r) => r.gapBasis === "inferred");
  const title = `Where ${inSentence(a)} and ${inSentence(b)} differ`;
  const widest = stated[0]?.gap ?? 0;
  const top = stated.filter((r) => r.gap === widest && widest > 0).map((r) => r.dimension.label);
  return {
    title,
    takeaway: top.length
      ? `The widest gap, ${widest} points of 10, is on ${top.map(lowerFirst).join(", ")}; ${inferredGaps.length} of the ${stated.length} gaps rest on our inference rather than on positions the paper states (outlined bars); bars run right where ${inSentence(a)} score higher.`
      : `The two camps' coded scores do not differ on any axis the paper states for both.`,
    source: SCORES_SOURCE_LINE,
    asOf: PAPER_AS_OF,
    href: `/factions?a=${a.id}&b=${b.id}`,
    notices,
    notes: [
      debateNotes(debate)[0]!,
      {
        heading: "Stated or inferred",
        text: `Gaps on positions the paper states for both camps: ${
          stated
            .filter((r) => r.gapBasis === "stated")
            .map((r) => `${lowerFirst(r.dimension.label)} (${r.gap})`)
            .join(", ") || "none"
        }. Gaps resting on our inference for at least one camp: ${
          inferredGaps.map((r) => `${lowerFirst(r.dimension.label)} (${r.gap})`).join(", ") ||
          "none"
        }.`,
      },
      ...stated
        .slice(0, 2)
        .flatMap((r) => [
          scoreNote(a.shortName, r.dimension.label, r.a),
          scoreNote(b.shortName, r.dimension.label, r.b),
        ]),
    ].slice(0, MAX_NOTES),
    chart: (
      <ChartFrame
        headingLevel="h3"
        testId={testId}
        title={title}
        description={`The coded score of ${inSentence(a)} minus that of ${inSentence(b)}, on each axis both are scored on, widest gap first; an outlined bar rests on our inference rather than on positions the paper states.`}
        source={SCORES_SOURCE_LINE}
        asOf={PAPER_AS_OF}
        unit={SCORE_DIFF_UNIT}
        boxStyle={{ height: "auto" }}
        table={
          <DataTable
            caption="Scores of the two camps and their difference, by dimension."
            columns={["Dimension", a.shortName, b.shortName, "Difference", "Rests on"]}
            rows={stated.map((r) => ({
              key: r.dimension.id,
              cells: [
                { content: r.dimension.label, header: true },
                { content: scoreText(r.a), value: r.a?.value ?? undefined },
                { content: scoreText(r.b), value: r.b?.value ?? undefined },
                { content: signed(r.diff), value: r.diff },
                {
                  content: r.gapBasis === "inferred" ? "our inference" : "stated positions",
                  value: r.gapBasis ?? undefined,
                },
              ],
            }))}
          />
        }
        footnote={
          unstated.length ? (
            <p>
              Not drawn, because the paper does not state both camps&apos; positions:{" "}
              {unstated.map((r) => r.dimension.label).join(", ")}.
            </p>
          ) : null
        }
      >
        <BarChart
          layouts={opts.layouts}
          unitLabel={`${a.shortName} minus ${b.shortName}, points of 10`}
          data={stated.map(({ diff, ...r }) => {
            return {
              id: r.dimension.id,
              label: r.dimension.label,
              value: diff,
              colour: `var(--color-${diff >= 0 ? a.id : b.id})`,
              display: `${signed(diff)}${r.gapBasis === "inferred" ? " (inferred)" : ""}`,
              outlined: r.gapBasis === "inferred",
            };
          })}
        />
      </ChartFrame>
    ),
  };
};

const figures: ViewRenderer = (data, raw, testId, opts) => {
  const all = need(data, "figures");
  const parties = [...new Set(all.flatMap((f) => f.parties))].sort();
  const notices: string[] = [];
  const kind = listParam(raw, "kind", FIGURE_KINDS, [], notices);
  const party = listParam(raw, "party", parties, [], notices);
  const unit = oneParam(raw, "unit", FIGURE_UNITS, notices);
  notices.push(...unknownParamNotices(raw, ["kind", "party", "unit"]));
  const groups = groupFigures(
    filterFigures(all, {
      kind: kind.length ? kind : undefined,
      party: party.length ? party : undefined,
    }),
  ).filter((g) => !unit || g.unit === unit);
  const source = `Source: ${PAPER_CITATION.short}, as reported in 2016; see each figure's caveat.`;
  const shown = groups.flatMap((g) => g.figures);
  const title =
    groups.length === 1 && groups[0]
      ? `${FIGURE_KIND_LABELS[groups[0].kind]}, as reported in 2016`
      : "Figures as reported in 2016";
  return {
    title,
    takeaway: shown.length
      ? `${shown.map((f) => `${f.label}: ${formatFigure(f)}`).join("; ")}. Each kind has its own axis.`
      : "No figure matches this slide's filters.",
    source,
    asOf: PAPER_AS_OF,
    href: `/figures${kind.length ? `?kind=${kind.join(",")}` : ""}`,
    notices,
    notes: shown
      .map((f) => ({
        heading: `${f.label}: ${formatFigure(f)} (${f.date})`,
        text: f.caveat,
        ...cite(f.evidence?.[0]),
      }))
      .slice(0, MAX_NOTES),
    chart: (
      <div className="slide-grid grid gap-4">
        {groups.map((g, i) => (
          <ChartFrame
            headingLevel="h3"
            key={`${g.kind}-${g.unit}`}
            testId={i === 0 ? testId : `${testId}-${i + 1}`}
            title={`${FIGURE_KIND_LABELS[g.kind]} (${FIGURE_UNIT_LABELS[g.unit]})`}
            description={`${g.figures.length} figure${g.figures.length > 1 ? "s" : ""} of one kind on one axis, as reported in 2016.`}
            source={source}
            asOf={PAPER_AS_OF}
            unit={FIGURE_UNIT_LABELS[g.unit]}
            boxStyle={{ height: "auto" }}
            table={<FigureTable figures={g.figures} />}
            footnote={<BoundNote figures={g.figures} checkHref="/figures#pvd-heading" />}
          >
            <BarChart
              layouts={opts.layouts}
              unitLabel={FIGURE_UNIT_LABELS[g.unit]}
              data={figureBars(g.figures)}
            />
          </ChartFrame>
        ))}
      </div>
    ),
  };
};

function seriesView(opts: SeriesViewDef): ViewRenderer {
  return (data, raw, testId) => {
    const series = need(data, "series").filter(opts.pick);
    const source = sourceLineFor(series.map((s) => s.source));
    const vintages = [...new Set(series.map((s) => s.source.vintage))];
    return {
      title: opts.title,
      takeaway: opts.takeaway,
      source,
      asOf: `Data as published: ${vintages.join("; ")}`,
      href: opts.href,
      notices: unknownParamNotices(raw, []),
      notes: series
        .map((s) => ({
          heading: s.label,
          text: `${s.source.publisher}, ${s.source.dataset}; source row “${s.sourceRow}”. Vintage: ${s.source.vintage}.`,
        }))
        .slice(0, MAX_NOTES),
      chart: (
        <SeriesFrame
          series={series}
          title={opts.title}
          description={opts.description}
          testId={testId}
          from={opts.from}
          to={opts.to}
          still
        />
      ),
    };
  };
}

const recipients: ViewRenderer = (data, raw, testId, opts) => {
  const { ranking, source } = need(data, "recipients");
  const iran = ranking.iran;
  const total = ranking.ranking.filter((r) => r.total > 0).length;
  return {
    title: `Russia's arms customers, ${ranking.from}–${ranking.to}`,
    takeaway: iran
      ? `Iran ranks ${iran.rank} of ${total} recipients of Russian arms over ${ranking.from}–${ranking.to}, with ${formatNumber(iran.total)}m TIV.`
      : `Iran received no Russian arms recorded by SIPRI over ${ranking.from}–${ranking.to}.`,
    source: sourceLineFor([source]),
    asOf: `Data as published: ${source.vintage}`,
    href: "/figures",
    notices: unknownParamNotices(raw, []),
    notes: [
      {
        heading: "What TIV measures",
        text: "SIPRI's trend-indicator value is a volume index of military capability transferred, not the money paid; compare it only with other TIV figures.",
      },
    ],
    chart: (
      <RecipientBars ranking={ranking} source={source} testId={testId} layouts={opts.layouts} />
    ),
  };
};

const balancingActors = (data: LoadedSlideData) => {
  const { dimensions, actors, reference } = need(data, "balancing");
  return { dimensions, everyone: [...actors, { ...reference, summary: reference.note }] };
};

const balancing: ViewRenderer = (data, raw, testId, opts) => {
  const { dimensions, everyone } = balancingActors(data);
  const ids = everyone.map((a) => a.id);
  const { state, notices } = parseBalancingState(
    raw,
    ids,
    dimensions.map((d) => d.id),
  );
  const shown = everyone.filter((a) => state.actors.includes(a.id));
  const styles = shown.map((a) =>
    actorStyle(a.id, a.id === "iran" ? `${a.name} (reference)` : a.name),
  );
  const title = "How much Israel, Saudi Arabia and Turkey weigh in Moscow's calculations";
  return {
    title,
    takeaway: `${shown.map((a) => a.name).join(", ") || "No actor"} coded 0 to 10 on ${dimensions.length} dimensions of Russia's balancing${shown.some((a) => a.id === "iran") ? "; Iran is drawn for reference" : ""}: rough placements, not a ranking the paper makes.`,
    source: SCORES_SOURCE_LINE,
    asOf: PAPER_AS_OF,
    href: `/balancing?actors=${state.actors.join(",") || "none"}`,
    notices,
    notes: shown.map((a) => ({ heading: a.name, text: a.summary })).slice(0, MAX_NOTES),
    chart: (
      <ScoresRadar
        layouts={opts.layouts}
        testId={testId}
        title={title}
        description={`${shown.map((a) => a.name).join(", ") || "No actor"}, coded 0 to 10 on each dimension of Russia's balancing; gaps mark what the paper does not state.`}
        dimensions={dimensions}
        shown={shown}
        styles={styles}
      />
    ),
  };
};

const balancingBar: ViewRenderer = (data, raw, testId, opts) => {
  const { dimensions, everyone } = balancingActors(data);
  const { state, notices } = parseBalancingState(
    raw,
    everyone.map((a) => a.id),
    dimensions.map((d) => d.id),
  );
  const dim = dimensions.find((d) => d.id === state.bar) ?? dimensions[0];
  if (!dim) throw new Error("balancing file has no dimension");
  const scored = everyone.map((a) => ({ a, score: scoreFor(a, dim.id) }));
  const stated = scored.filter((x) => x.score?.value !== null && x.score?.value !== undefined);
  const unstated = scored.filter((x) => !stated.includes(x));
  const title = `${dim.label}: Israel, Saudi Arabia, Turkey and Iran`;
  return {
    title,
    // The scores in words, not the scoring rubric (that stays in the notes and on the page).
    takeaway: `Coded 0 to 10 from the paper: ${
      stated
        .map(
          (x) =>
            `${x.a.name} ${x.score?.value}${x.score?.basis === "inferred" ? " (inferred)" : ""}`,
        )
        .join(", ") || "no actor scored"
    }${unstated.length ? `; not stated for ${unstated.map((x) => x.a.name).join(", ")}` : ""}. Rough placements, not a ranking the paper makes.`,
    source: SCORES_SOURCE_LINE,
    asOf: PAPER_AS_OF,
    href: `/balancing?bar=${dim.id}`,
    notices,
    notes: scored.map((x) => scoreNote(x.a.name, dim.label, x.score)).slice(0, MAX_NOTES),
    chart: (
      <ChartFrame
        headingLevel="h3"
        testId={testId}
        title={title}
        description={`Coded 0 to 10 from the paper. ${dim.description}`}
        source={SCORES_SOURCE_LINE}
        asOf={PAPER_AS_OF}
        unit={SCORE_UNIT}
        boxStyle={{ height: "auto" }}
        footnote={
          unstated.length ? (
            <p>
              Not drawn:{" "}
              {unstated
                .map(
                  (x) =>
                    `${x.a.name} (${x.score?.notApplicable ? "does not apply" : "not stated"})`,
                )
                .join(", ")}
              .
            </p>
          ) : null
        }
        table={
          <DataTable
            caption={`${dim.label}, coded 0 to 10, with confidence.`}
            columns={["Actor", "Score", "Confidence"]}
            rows={stated.map(({ a, score }) => ({
              key: a.id,
              cells: [
                { content: a.name, header: true },
                { content: scoreText(score), value: score?.value ?? undefined },
                { content: score?.confidence },
              ],
            }))}
          />
        }
      >
        <BarChart
          layouts={opts.layouts}
          unitLabel="Coded score, 0 to 10"
          data={stated.map(({ a, score }) => ({
            id: a.id,
            label: a.name,
            value: score?.value ?? 0,
            colour: `var(--color-${a.id})`,
            display: `${score?.value} / 10`,
          }))}
        />
      </ChartFrame>
    ),
  };
};

const ALIGNMENT_COLOURS = {
  converge: "var(--accent)",
  mixed: "var(--muted)",
  diverge: "var(--fg)",
} as const;

const SYRIA_SOURCE = `Source: ${PAPER_CITATION.short}. Alignments and groups are this dashboard's coded reading of the paper.`;

const syria: ViewRenderer = (data, raw, testId, opts) => {
  const { issues, judgement } = need(data, "syria");
  const title = "Russia and Iran in Syria, issue by issue";
  const tally = syriaTally(issues);
  // One bar per kind of issue and alignment that occurs: counts are compared within a kind only.
  const bars = tally.flatMap((g) =>
    SYRIA_ALIGNMENTS.filter((a) => g.byAlignment[a].length > 0).map((a) => ({
      group: g,
      alignment: a,
      n: g.byAlignment[a].length,
    })),
  );
  return {
    title,
    takeaway: `${tally.map((g) => `${g.label}: ${tallyWords(g)}`).join("; ")}. The paper's net judgement: a broadly effective military coalition whose strategies may ultimately diverge on some fundamental issues.`,
    source: SYRIA_SOURCE,
    asOf: PAPER_AS_OF,
    href: "/balancing#syria-heading",
    notices: unknownParamNotices(raw, []),
    notes: [
      {
        heading: "The paper's net judgement",
        text: judgement.summary,
        ...cite(judgement.evidence[0]),
      },
      ...tally.map((g) => ({
        heading: `${g.label} (${g.issues.length})`,
        text: SYRIA_ALIGNMENTS.filter((a) => g.byAlignment[a].length > 0)
          .map((a) => `${a}: ${g.byAlignment[a].map((i) => i.issue).join("; ")}`)
          .join(". "),
      })),
    ].slice(0, MAX_NOTES),
    chart: (
      <ChartFrame
        headingLevel="h3"
        testId={testId}
        title={title}
        description="How many Syrian issues of each kind (core aims, 2016 episodes, longer-term questions, third states) find Russia and Iran converging, mixed or diverging, as coded by this dashboard; compare counts within a kind, not across kinds."
        source={SYRIA_SOURCE}
        asOf={PAPER_AS_OF}
        unit={"Number of Syrian issues"}
        boxStyle={{ height: "auto" }}
        table={
          <DataTable
            caption="Number of issues by kind and alignment, and the issues."
            columns={["Kind of issue", "Alignment", "Issues", "Which"]}
            rows={bars.map((b) => ({
              key: `${b.group.group}-${b.alignment}`,
              cells: [
                { content: b.group.label, header: true },
                { content: b.alignment, value: b.alignment },
                { content: b.n, value: b.n },
                {
                  content: b.group.byAlignment[b.alignment].map((i) => i.issue).join("; "),
                  className: "text-xs",
                },
              ],
            }))}
          />
        }
      >
        <BarChart
          layouts={opts.layouts}
          unitLabel="Number of issues"
          data={bars.map((b) => ({
            id: `${b.group.group}-${b.alignment}`,
            label: `${b.group.label}: ${b.alignment}`,
            value: b.n,
            // Theme colours, not an actor's: the bars count issues, they are not Russia or Iran.
            colour: ALIGNMENT_COLOURS[b.alignment],
            display: `${b.n} of ${b.group.issues.length}`,
          }))}
        />
      </ChartFrame>
    ),
  };
};

const TIMELINE_SHOWN = 8;

/** The latest events of a filtered timeline, as a strip: a point per event, hollow if expected. */
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
            <circle
              cx={128}
              cy={y}
              r={7}
              fill={e.expected ? "var(--bg)" : "var(--fg)"}
              stroke="var(--fg)"
              strokeWidth={2}
              strokeDasharray={e.expected ? "3 2" : undefined}
            />
            <text x={146} y={y + 5} fontSize={15} fill="var(--fg)">
              {e.title}
              {/* Said in words too (not only by the hollow marker), unless the title says it. */}
              {e.expected && !/expected/i.test(e.title) ? " (expected)" : ""}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const timeline: ViewRenderer = (data, raw, testId) => {
  const events = need(data, "timeline");
  const actors = [...new Set(events.flatMap((e) => e.actors))].sort();
  const threads = [...new Set(events.flatMap((e) => (e.thread ? [e.thread] : [])))].sort();
  const { state, notices } = parseTimelineState(raw, TIMELINE_CATEGORIES, actors, threads);
  const shown = filterEvents(events, timelineFilterFromState(state)).slice(-TIMELINE_SHOWN);
  const expected = shown.filter((e) => e.expected).length;
  // The title names what the slide was filtered to: a story, a category, an actor, or all events.
  const title = state.thread
    ? `${THREAD_LABELS[state.thread] ?? state.thread}, in the paper's dates`
    : state.category.length || state.actor
      ? `Events: ${[
          ...state.category.map((c) => CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS] ?? c),
          ...(state.actor ? [partyName(state.actor)] : []),
        ].join(", ")}`
      : "The latest events and the paper's outlook";
  const source = `Source: ${PAPER_CITATION.short}. Dates at the precision the paper gives them.`;
  const query = new URLSearchParams(
    Object.entries(raw).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
  ).toString();
  return {
    title,
    takeaway: `${state.thread ? `The ${shown.length} latest events of this story` : `The last ${shown.length} events of the timeline${state.category.length || state.actor ? " so filtered" : ""}`}${expected ? `, ${expected} of them dated after the paper` : ""}.`,
    source,
    asOf: PAPER_AS_OF,
    href: `/timeline${query ? `?${query}` : ""}`,
    notices,
    notes: shown
      .map((e) => ({
        heading: `${formatEventDate(e.date)}: ${e.title}`,
        text: e.summary,
        ...cite(e.evidence[0]),
      }))
      .slice(-MAX_NOTES),
    chart: (
      <ChartFrame
        headingLevel="h3"
        testId={testId}
        title={title}
        description={`${shown.length} events in date order; hollow, dashed points are events the paper expected.`}
        source={source}
        asOf={PAPER_AS_OF}
        unit={"Events in date order (no quantity)"}
        boxStyle={{ height: "auto" }}
        table={
          <DataTable
            caption="Events in date order, with whether each is dated in the paper or lies after it."
            columns={["Date", "Event", "Status"]}
            rows={shown.map((e) => ({
              key: e.id,
              cells: [
                { content: formatEventDate(e.date), value: e.date },
                { content: e.title, header: true },
                { content: e.expected ? (e.outlookLabel ?? "expected") : "dated in the paper" },
              ],
            }))}
          />
        }
      >
        <TimelineStrip events={shown} />
      </ChartFrame>
    ),
  };
};

const RENDERERS: Record<SlideSpec["view"], ViewRenderer> = {
  camps,
  "camp-gap": campGap,
  figures,
  "arms-recipients": recipients,
  balancing,
  "balancing-bar": balancingBar,
  syria,
  timeline,
  ...(Object.fromEntries(SERIES_VIEW_IDS.map((id) => [id, seriesView(SERIES_VIEWS[id])])) as Record<
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
