import type { PaperVsDataItem } from "@/lib/data/schemas/paper-vs-data";
import { sourceLineFor } from "@/lib/charts/chart-data";
import { attributionLabel } from "@/lib/evidence/attribution";
import { anchorId } from "@/lib/routes";

const VERDICT_TEXT: Record<PaperVsDataItem["verdict"], string> = {
  consistent: "Data agrees",
  "partly-consistent": "Data partly agrees",
  inconsistent: "Data disagrees",
};

/** The paper's SIPRI claims beside what today's data vintage gives, computed from the series. */
export function PaperVsData({
  items,
  paperTitle,
}: {
  items: PaperVsDataItem[];
  paperTitle: string;
}) {
  return (
    <section
      aria-labelledby={anchorId("paperVsData")}
      className="rounded-lg border border-border p-4"
      data-testid="paper-vs-data"
    >
      <h2 id={anchorId("paperVsData")} className="text-xl font-semibold">
        The paper against the data
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-muted">
        Two arguments the paper reports from Iran's camps, one from the Russia-leaners and one from
        the re-balancers, cite SIPRI figures. Here each one sits beside what the July 2022 SIPRI
        vintage gives for the same years, computed from the series on this page.
      </p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        {items.map((item) => (
          <article key={item.id} className="rounded border border-border bg-surface p-3">
            <p
              className="text-xs font-medium text-muted"
              data-attribution={item.claim.attribution.kind}
            >
              {attributionLabel(item.claim.attribution)}:
            </p>
            <blockquote className="border-l-4 border-border pl-3 text-sm italic">
              “{item.claim.quote}”
            </blockquote>
            <p className="mt-1 text-xs text-muted">
              {paperTitle}, § {item.claim.section}, footnote [{item.citedFootnote}]
              {item.footnoteMissing ? " (missing from the paper's footnote list)" : ""}
            </p>
            <dl className="mt-3 space-y-2 text-sm">
              <div>
                <dt className="font-semibold">The paper (2016)</dt>
                <dd>{item.paperSays}</dd>
              </div>
              <div>
                <dt className="font-semibold">The data today</dt>
                <dd>{item.dataSays}</dd>
              </div>
              <div>
                <dt className="font-semibold">{VERDICT_TEXT[item.verdict]}</dt>
                <dd>{item.verdictReason}</dd>
              </div>
              <div>
                <dt className="font-semibold">Why the vintages differ</dt>
                <dd>{item.whyVintagesDiffer}</dd>
              </div>
            </dl>
            <p className="mt-2 text-xs text-muted">{sourceLineFor([item.source])}</p>
          </article>
        ))}
      </div>
    </section>
  );
}
