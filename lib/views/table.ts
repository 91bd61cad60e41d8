/**
 * A chart's table as plain data: what the page shows as the chart's accessible alternative and
 * what its CSV and JSON exports write, from one value. Kept free of React so the view
 * definitions (lib/views) can build it and the exports can be tested without a DOM.
 */

export interface TableCellSpec {
  /** What the reader sees in the cell. */
  text: string;
  /** A smaller aside after the text ("high confidence"); shown, never exported. */
  note?: string;
  /** The machine value behind a formatted cell ("about $40bn" → 40), for the exports. */
  value?: string | number;
  /** The publisher marks the value as an estimate: exported as a flag beside it. */
  estimate?: boolean;
  /**
   * What qualifies the value (a coded score's confidence and basis): exported as columns beside
   * it, "<column>: <key>", so a file keeps what the reader sees in the aside.
   */
  qualifiers?: Record<string, string>;
  /** The row's label: read out before each of the row's other cells. */
  header?: boolean;
  /** Set in smaller type (long prose such as caveats). */
  small?: boolean;
}

export interface TableRowSpec {
  key: string;
  cells: TableCellSpec[];
}

export interface TableSpec {
  caption: string;
  columns: string[];
  rows: TableRowSpec[];
}
