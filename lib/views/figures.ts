import type { Figure } from "@/lib/data/schemas/figures";
import { FIGURE_KINDS, FIGURE_UNITS } from "@/lib/constants";
import {
  FIGURE_KIND_LABELS,
  FIGURE_UNIT_LABELS,
  formatFigure,
  groupFigures,
} from "@/lib/charts/chart-data";
import { figureTable } from "@/lib/charts/chart-tables";
import { PAPER_AS_OF, PAPER_CITATION } from "@/lib/data/paper-sections";
import { filterFigures } from "./filters";
import { listParam, oneParam, serialiseFiguresState, unknownParamNotices } from "./view-state";
import { cite, MAX_NOTES, type RawState, type SlideNote, type ViewTexts } from "./view-model";
import { PAGES } from "@/lib/routes";

/**
 * The paper's figures, one chart per kind and unit (/figures, deck token "figures"). A view of
 * several charts: figuresView gives the view's own texts and notes, and each chart (a group of
 * one kind on one axis) its title, description, table and token from figureGroupView.
 */

export const FIGURES_SOURCE = `Source: ${PAPER_CITATION.short}, as reported in 2016; see each figure's caveat.`;

export interface FiguresSelection {
  kind: readonly string[];
  party: readonly string[];
  /** One unit only (a slide of one chart), or every unit. */
  unit?: string;
}

/** A slide's or embed's selection from its query; the page keeps its own richer state. */
export function figuresState(raw: RawState, figures: readonly Figure[]) {
  const parties = [...new Set(figures.flatMap((f) => f.parties))].sort();
  const notices: string[] = [];
  const kind = listParam(raw, "kind", FIGURE_KINDS, [], notices);
  const party = listParam(raw, "party", parties, [], notices);
  const unit = oneParam(raw, "unit", FIGURE_UNITS, notices);
  notices.push(...unknownParamNotices(raw, ["kind", "party", "unit"]));
  const state: FiguresSelection = { kind, party, unit: unit ?? undefined };
  return { state, notices };
}

/** The page's address in this selection: its filters (the page has no unit filter). */
function pageQuery(state: FiguresSelection): string {
  const query = serialiseFiguresState({
    kind: [...state.kind],
    party: [...state.party],
    compare: [],
  });
  return query ? `?${query}` : "";
}

type Group = ReturnType<typeof groupFigures>[number];

/** One chart of the figures: a kind on one axis. */
export function figureGroupView(g: Group, party: readonly string[]) {
  return {
    title: `${FIGURE_KIND_LABELS[g.kind]} (${FIGURE_UNIT_LABELS[g.unit]})`,
    description: `${g.figures.length} figure${g.figures.length > 1 ? "s" : ""} of one kind on one axis, as reported in 2016. Other kinds have their own charts.`,
    source: FIGURES_SOURCE,
    asOf: PAPER_AS_OF,
    unit: FIGURE_UNIT_LABELS[g.unit],
    token: `figures?${new URLSearchParams({ kind: g.kind, unit: g.unit, ...(party.length ? { party: party.join(",") } : {}) }).toString()}`,
    table: figureTable(g.figures),
    group: g,
  };
}

export function figuresView(figures: readonly Figure[], state: FiguresSelection) {
  const groups = groupFigures(
    filterFigures([...figures], {
      kind: state.kind.length ? (state.kind as Figure["kind"][]) : undefined,
      party: state.party.length ? [...state.party] : undefined,
    }),
  ).filter((g) => !state.unit || g.unit === state.unit);
  const charts = groups.map((g) => figureGroupView(g, state.party));
  const shown = groups.flatMap((g) => g.figures);
  const only = groups.length === 1 ? groups[0] : undefined;
  const notes: SlideNote[] = shown
    .map((f) => ({
      heading: `${f.label}: ${formatFigure(f)} (${f.date})`,
      text: f.caveat,
      ...cite(f.evidence?.[0]),
    }))
    .slice(0, MAX_NOTES);
  const first = charts[0];
  const texts: ViewTexts = {
    title: only
      ? `${FIGURE_KIND_LABELS[only.kind]}, as reported in 2016`
      : "Figures as reported in 2016",
    description: `${shown.length} of the paper's figures, one chart per kind and unit, as reported in 2016.`,
    takeaway: shown.length
      ? `${shown.map((f) => `${f.label}: ${formatFigure(f)}`).join("; ")}. Each kind has its own axis.`
      : "No figure matches this slide's filters.",
    source: FIGURES_SOURCE,
    asOf: PAPER_AS_OF,
    unit: first?.unit ?? "",
    href: `${PAGES.figures}${pageQuery(state)}`,
    token: only && first ? first.token : "figures",
    // The view's table is its first chart's; each chart carries its own.
    table: first?.table ?? figureTable([]),
    notes,
  };
  return { ...texts, charts, shown };
}
