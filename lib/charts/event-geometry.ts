/**
 * Pure geometry of a time chart's event markers: where each marker stands and on which row
 * above the plot its label goes, so no two labels overlap. The Recharts chart on the page and
 * the still SVG of the slides both place their labels with it.
 */

export interface EventMarkInput {
  n: number;
  label: string;
  /** The marker's place on the year axis (lib/views/chart-events eventYearPosition). */
  position: number;
}

export interface EventMark {
  n: number;
  /** The marker's x in the drawing's units. */
  x: number;
  /** The label row, 0 nearest the plot. */
  row: number;
  /** The label runs right of the line, or left of it near the plot's right edge. */
  anchor: "start" | "end";
  /** What is drawn: "1 S-300 sale frozen", or just "1" where labels would not fit. */
  text: string;
}

export interface EventLayoutInput {
  from: number;
  to: number;
  /** The plot's left and right edges, in the drawing's units. */
  left: number;
  right: number;
  fontSize: number;
  /**
   * Below this plot width the labels are numbers only (the key under the chart names them):
   * whole labels on a phone would stack four rows deep over a plot a few hundred pixels wide.
   */
  minLabelledWidth?: number;
}

/** Average glyph width as a share of the font size; on the wide side, so labels part early. */
const CHAR_WIDTH = 0.62;
/** Space kept between a line and its label, and between two labels on one row. */
const GAP = 4;

export function eventLabelWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH;
}

/**
 * Places each label on the lowest row where it clears every label already there, in date order;
 * a label that would run past the plot's right edge is turned to the left of its line.
 */
export function eventMarks(
  events: readonly EventMarkInput[],
  layout: EventLayoutInput,
  /** Where the caller's axis puts a position, when it is not a plain linear one (Recharts). */
  place?: (position: number) => number | undefined,
): { marks: EventMark[]; rows: number } {
  const { from, to, left, right, fontSize } = layout;
  const labelled = right - left >= (layout.minLabelledWidth ?? 0);
  const x = (p: number) => {
    if (to === from) return (left + right) / 2;
    // Never off the plot, whatever the caller's years.
    const q = Math.min(to, Math.max(from, p));
    return left + ((right - left) * (q - from)) / (to - from);
  };
  // The right end of the last label on each row.
  const rowEnds: number[] = [];
  const marks = [...events]
    .sort((a, b) => a.position - b.position)
    .map((e) => {
      const at = Math.round((place?.(e.position) ?? x(e.position)) * 100) / 100;
      const text = labelled ? `${e.n} ${e.label}` : String(e.n);
      const width = eventLabelWidth(text, fontSize) + GAP;
      const anchor: EventMark["anchor"] = at + width <= right ? "start" : "end";
      const start = anchor === "start" ? at : at - width;
      const end = anchor === "start" ? at + width : at;
      let row = rowEnds.findIndex((rowEnd) => rowEnd + GAP <= start);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = end;
      return { n: e.n, x: at, row, anchor, text };
    });
  return { marks, rows: rowEnds.length };
}

/** The height the label rows need above the plot. */
export function eventRowsHeight(rows: number, fontSize: number): number {
  return rows * Math.ceil(fontSize * 1.35);
}
