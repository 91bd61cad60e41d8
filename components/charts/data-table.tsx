import type { ReactNode } from "react";

export interface TableCell {
  content: ReactNode;
  /** The machine value behind a formatted cell ("about $40bn" → 40), for the CSV and JSON exports. */
  value?: string | number;
  /** The publisher marks the value as an estimate: exported as a flag beside it. */
  estimate?: boolean;
  /** The row's label: read out before each of the row's other cells. */
  header?: boolean;
  className?: string;
}

export interface TableRow {
  key: string;
  cells: TableCell[];
}

/**
 * The table every chart carries as its accessible alternative, and that its CSV and JSON exports
 * read: one header row, then one row per point of the chart.
 */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: TableRow[];
}) {
  const pad = (i: number) => (i === 0 ? "py-1 pr-2" : "px-2 py-1");
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-border text-left">
          {columns.map((c, i) => (
            <th key={c} scope="col" className={pad(i)}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-border align-top">
            {r.cells.map((cell, i) =>
              cell.header ? (
                <th
                  key={i}
                  scope="row"
                  className={`${pad(i)} text-left font-normal ${cell.className ?? ""}`}
                >
                  {cell.content}
                </th>
              ) : (
                <td
                  key={i}
                  data-value={cell.value}
                  data-estimate={cell.estimate ? "true" : undefined}
                  className={`${pad(i)} tabular-nums ${cell.className ?? ""}`}
                >
                  {cell.content}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
