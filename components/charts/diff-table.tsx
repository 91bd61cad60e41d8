import type { FactionId } from "@/lib/constants";
import { SCORE_MAX } from "@/lib/constants";
import { formatScore, GAP_BASIS_TEXT, type DiffRow } from "@/lib/charts/series";
import { FactionSwatch } from "./faction-marker";

interface DiffTableProps {
  rows: DiffRow[];
  a: { id: FactionId; shortName: string };
  b: { id: FactionId; shortName: string };
  selectedDimension: string | null;
  onSelectDimension: (dimension: string) => void;
}

function ScoreCell({
  value,
  confidence,
  basis,
}: {
  value: number | null | undefined;
  confidence?: string;
  basis?: string;
}) {
  if (value === null || value === undefined)
    return <span className="italic text-muted">not stated</span>;
  return (
    <span>
      <span className="font-semibold tabular-nums">{value}</span>
      {basis === "inferred" ? (
        <span className="block text-xs text-muted sm:ml-1 sm:inline">(inferred)</span>
      ) : null}
      {confidence === "low" ? (
        <span className="block text-xs text-muted sm:ml-1 sm:inline">(low conf.)</span>
      ) : null}
    </span>
  );
}

/** Two factions side by side, largest gap first; each row opens its evidence. */
export function DiffTable({ rows, a, b, selectedDimension, onSelectDimension }: DiffTableProps) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">
        Scores of {a.shortName} and {b.shortName} on each dimension, sorted by the size of the gap;
        each gap says whether it rests on positions the paper states or on our inference; rows where
        either score is not stated come last.
      </caption>
      <thead>
        <tr className="border-b border-border text-left">
          <th scope="col" className="py-2 pr-2">
            Dimension
          </th>
          {[a, b].map((f) => (
            <th key={f.id} scope="col" className="px-1 py-2 sm:px-2">
              <span className="inline-flex flex-wrap items-center gap-1">
                <FactionSwatch id={f.id} />
                {f.shortName}
              </span>
            </th>
          ))}
          <th scope="col" className="px-1 py-2 sm:px-2">
            Gap
          </th>
          <th scope="col" className="hidden py-2 pl-2 md:table-cell">
            Each camp&apos;s position
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const selected = row.dimension.id === selectedDimension;
          const reason = (
            <>
              <span className="block">
                <strong className="font-medium text-fg">{a.shortName}:</strong>{" "}
                {row.a?.gist ?? formatScore(null)}
              </span>
              <span className="block">
                <strong className="font-medium text-fg">{b.shortName}:</strong>{" "}
                {row.b?.gist ?? formatScore(null)}
              </span>
            </>
          );
          return [
            <tr
              key={row.dimension.id}
              data-dimension={row.dimension.id}
              className={`border-border align-top md:border-b ${selected ? "bg-surface" : ""}`}
            >
              <th scope="row" className="py-2 pr-2 text-left font-normal">
                <button
                  type="button"
                  aria-pressed={selected}
                  onClick={() => onSelectDimension(row.dimension.id)}
                  className="text-left font-medium text-accent underline decoration-dotted underline-offset-2"
                >
                  {row.dimension.label}
                </button>
              </th>
              <td className="px-1 py-2 sm:px-2">
                <ScoreCell
                  value={row.a?.value}
                  confidence={row.a?.confidence}
                  basis={row.a?.basis}
                />
              </td>
              <td className="px-1 py-2 sm:px-2">
                <ScoreCell
                  value={row.b?.value}
                  confidence={row.b?.confidence}
                  basis={row.b?.basis}
                />
              </td>
              <td className="px-1 py-2 sm:px-2">
                {row.gap === null ? (
                  <span className="text-muted">n/a</span>
                ) : (
                  <span className="block" data-gap-basis={row.gapBasis ?? undefined}>
                    <span className="flex items-center gap-2">
                      <span className="w-5 text-right font-semibold tabular-nums">{row.gap}</span>
                      <span
                        className="hidden h-2 w-20 rounded bg-surface sm:inline-block"
                        aria-hidden="true"
                      >
                        {/* An inferred gap is drawn as an outline, a stated one solid. */}
                        <span
                          className={`block h-2 rounded ${row.gapBasis === "inferred" ? "border border-dashed border-fg" : "bg-fg"}`}
                          style={{ width: `${(row.gap / SCORE_MAX) * 100}%` }}
                        />
                      </span>
                    </span>
                    <span className="block text-xs text-muted">
                      {GAP_BASIS_TEXT[row.gapBasis ?? "stated"]}
                    </span>
                  </span>
                )}
              </td>
              <td className="hidden py-2 pl-2 text-muted md:table-cell">{reason}</td>
            </tr>,
            // On narrow screens the reason gets its own full-width line under the scores.
            <tr
              key={`${row.dimension.id}-reason`}
              className={`border-b border-border md:hidden ${selected ? "bg-surface" : ""}`}
            >
              <td colSpan={4} className="pb-2 text-muted">
                {reason}
              </td>
            </tr>,
          ];
        })}
      </tbody>
    </table>
  );
}
