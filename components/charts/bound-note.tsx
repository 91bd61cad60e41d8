import type { Figure } from "@/lib/data/schemas/figures";
import { BOUND_QUALIFIERS } from "@/lib/charts/chart-data";

/**
 * Under a chart with a bound ("almost 2×", "up to"): what its outlined bar means, and for the
 * paper's SIPRI ratio, where it is checked against the data.
 */
export function BoundNote({ figures, checkHref }: { figures: Figure[]; checkHref: string }) {
  if (!figures.some((f) => BOUND_QUALIFIERS.has(f.qualifier))) return null;
  return (
    <p>
      An outlined bar marks a bound the paper gives (&ldquo;almost&rdquo;, &ldquo;up to&rdquo;), not
      a value.
      {figures.some((f) => f.kind === "ratio") ? (
        <>
          {" "}
          The ratio is <a href={checkHref}>checked against SIPRI&apos;s data</a>.
        </>
      ) : null}
    </p>
  );
}
