import type { PaperVsDataItem } from "@/lib/data/schemas/paper-vs-data";
import { sourceLineFor } from "@/lib/charts/chart-data";
import { attributionLabel } from "@/lib/evidence/attribution";
import { anchorId } from "@/lib/routes";
import { formatNumber } from "@/lib/charts/number-format";

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
        the re-balancers, cite SIPRI figures. Here each one sits beside what SIPRI&apos;s data give
        for the same years, computed from the series on this page; each names the release it used,
        and the ratio is recomputed on every release that gives those years.
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
                <dt className="font-semibold">
                  The data (release used: <span data-testid="pvd-release">{item.release}</span>)
                </dt>
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
            {item.byRelease.length ? (
              <table className="mt-3 w-full border-collapse text-sm" data-testid="pvd-by-release">
                <caption className="text-left font-semibold">
                  Recomputed per release, {item.byRelease[0]?.computed.from}–
                  {item.byRelease[0]?.computed.to} (TIV, millions)
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="text-left">
                      Release
                    </th>
                    <th scope="col" className="text-right">
                      Russia → Iran
                    </th>
                    <th scope="col" className="text-right">
                      China → Iran
                    </th>
                    <th scope="col" className="text-right">
                      Ratio
                    </th>
                    <th scope="col" className="text-left pl-2">
                      Verdict
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {item.byRelease.map((r) => (
                    <tr key={r.release} data-release={r.release}>
                      <th scope="row" className="text-left font-normal">
                        {r.release}
                      </th>
                      <td className="text-right tabular-nums">
                        {formatNumber(r.computed.russiaToIran, 2)}
                      </td>
                      <td className="text-right tabular-nums">
                        {formatNumber(r.computed.chinaToIran, 2)}
                      </td>
                      <td className="text-right tabular-nums">
                        {r.computed.ratio === null ? "none" : r.computed.ratio.toFixed(2)}
                      </td>
                      <td className="pl-2">{VERDICT_TEXT[r.verdict]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <p className="mt-2 text-xs text-muted">{item.byReleaseNote}</p>
            <p className="mt-2 text-xs text-muted">{sourceLineFor([item.source])}</p>
          </article>
        ))}
      </div>
    </section>
  );
}
