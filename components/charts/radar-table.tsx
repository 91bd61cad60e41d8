import type { Dimension, Score } from "@/lib/data/schemas/scores";
import { scoreFor, scoreText } from "@/lib/charts/series";
import { DataTable } from "./data-table";

/** The radar's numbers as a table: the accessible alternative, and what prints before the chart draws. */
export function RadarTable({
  dimensions,
  factions,
}: {
  dimensions: Dimension[];
  /** Camps or actors: anything scored on the dimensions. */
  factions: { id: string; name: string; shortName?: string; scores: Score[] }[];
}) {
  return (
    <DataTable
      caption="Scores from 0 to 10 by dimension; “not stated” where the paper is silent; “inferred” where the score is our reading of indirect passages."
      columns={["Dimension", ...factions.map((f) => f.shortName ?? f.name)]}
      rows={dimensions.map((d) => ({
        key: d.id,
        cells: [
          { content: d.label, header: true },
          ...factions.map((f) => {
            const s = scoreFor(f, d.id);
            return {
              content: (
                <>
                  {scoreText(s)}
                  {s && s.value !== null ? (
                    <span className="text-xs text-muted">
                      {" "}
                      ({s.confidence} confidence{s.basis === "inferred" ? "; inferred" : ""})
                    </span>
                  ) : null}
                </>
              ),
              value: s?.value ?? undefined,
            };
          }),
        ],
      }))}
    />
  );
}
