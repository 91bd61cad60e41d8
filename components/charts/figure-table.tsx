import type { Figure } from "@/lib/data/schemas/figures";
import { formatFigure } from "@/lib/charts/chart-data";
import { DataTable } from "./data-table";

/** The paper's figures as reported, with their caveats: the table behind each figures chart. */
export function FigureTable({ figures }: { figures: Figure[] }) {
  return (
    <DataTable
      caption="Figures as reported in 2016, with date and caveat."
      columns={["Figure", "Value", "Date", "Caveat"]}
      rows={figures.map((f) => ({
        key: f.id,
        cells: [
          { content: f.label, header: true },
          { content: formatFigure(f), value: f.value },
          { content: f.date },
          { content: f.caveat, className: "text-xs" },
        ],
      }))}
    />
  );
}
