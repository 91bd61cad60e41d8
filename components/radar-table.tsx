import type { Dimension, Score } from "@/lib/schemas";
import { scoreFor, scoreText } from "@/lib/series";

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
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">
        Scores from 0 to 10 by dimension; “not stated” where the paper is silent.
      </caption>
      <thead>
        <tr className="border-b border-border text-left">
          <th scope="col" className="py-1 pr-2">
            Dimension
          </th>
          {factions.map((f) => (
            <th key={f.id} scope="col" className="px-2 py-1">
              {f.shortName ?? f.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {dimensions.map((d) => (
          <tr key={d.id} className="border-b border-border">
            <th scope="row" className="py-1 pr-2 text-left font-normal">
              {d.label}
            </th>
            {factions.map((f) => {
              const s = scoreFor(f, d.id);
              return (
                <td key={f.id} className="px-2 py-1 tabular-nums">
                  {scoreText(s)}
                  {s && s.value !== null ? (
                    <span className="text-xs text-muted"> ({s.confidence} confidence)</span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
