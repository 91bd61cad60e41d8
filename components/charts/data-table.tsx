import type { TableSpec } from "@/lib/views/table";

/**
 * The table every chart carries as its accessible alternative. It draws a TableSpec, the same
 * value the chart's CSV and JSON exports are written from, so what is read and what is
 * downloaded cannot drift apart: one header row, then one row per point of the chart.
 */
export function DataTable({ table }: { table: TableSpec }) {
  const pad = (i: number) => (i === 0 ? "py-1 pr-2" : "px-2 py-1");
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{table.caption}</caption>
      <thead>
        <tr className="border-b border-border text-left">
          {table.columns.map((c, i) => (
            <th key={`${i}-${c}`} scope="col" className={pad(i)}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.key} className="border-b border-border align-top">
            {r.cells.map((cell, i) => {
              const content = (
                <>
                  {cell.text}
                  {cell.note ? <span className="text-xs text-muted"> ({cell.note})</span> : null}
                </>
              );
              const size = cell.small ? "text-xs" : "";
              return cell.header ? (
                <th key={i} scope="row" className={`${pad(i)} text-left font-normal ${size}`}>
                  {content}
                </th>
              ) : (
                <td
                  key={i}
                  data-value={cell.value}
                  data-estimate={cell.estimate ? "true" : undefined}
                  className={`${pad(i)} tabular-nums ${size}`}
                >
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
