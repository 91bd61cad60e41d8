import type { Metadata } from "next";
import { SiteHeader } from "@/components/shell/site-header";
import { citationIndex } from "@/lib/evidence/citations";
import { getSeriesData } from "@/lib/data/external-data";
import { getArmsDeals } from "@/lib/data/arms-deals";
import { getArmsTotals } from "@/lib/data/arms-totals";
import { PAPER_CITATION } from "@/lib/data/paper-sections";
import { getSources } from "@/lib/data/sources";
import { PageNotices } from "@/components/shell/notices";
import { PAGES } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Sources",
  description:
    "Every footnote of the 2016 ECFR paper with the places in the dashboard that cite it, and the external datasets used.",
};

export default function SourcesPage() {
  const { footnotes } = getSources();
  const index = citationIndex();
  const deals = getArmsDeals();
  // The two deal registers share a dataset name and differ in release, so the vintage is part
  // of the key: each release is listed once.
  const external = [
    ...new Map(
      [
        ...getSeriesData().series.map((s) => s.source),
        ...deals.registers.map((r) => r.source),
        deals.latestYear.source,
        ...getArmsTotals().releases.map((r) => r.source),
      ].map((source) => [`${source.publisher}|${source.dataset}|${source.vintage}`, source]),
    ).values(),
  ];
  const citedCount = footnotes.filter((f) => index.has(f.number)).length;

  return (
    <>
      <SiteHeader current={PAGES.sources} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <PageNotices />
        <h1 className="text-2xl font-bold">Sources</h1>
        <p className="mt-1 max-w-3xl text-muted">
          Everything on this dashboard rests on {PAPER_CITATION.publisher}, “{PAPER_CITATION.title}”
          ({PAPER_CITATION.year}), and on three published datasets. The paper&apos;s{" "}
          {footnotes.length} footnotes are listed below with the places that cite them ({citedCount}{" "}
          are cited here); follow a link to the chart or card that rests on it.
        </p>

        <section aria-labelledby="external-heading" className="mt-6">
          <h2 id="external-heading" className="text-xl font-semibold">
            External datasets
          </h2>
          <ul className="mt-2 space-y-2 text-sm">
            {external.map((s) => (
              <li key={`${s.dataset}|${s.vintage}`} className="rounded border border-border p-3">
                <p className="font-medium">
                  {s.publisher}: {s.dataset}
                </p>
                <p className="text-muted">
                  Vintage: {s.vintage}. Licence: {s.licence}.
                  {s.url ? (
                    <>
                      {" "}
                      <a
                        href={s.url}
                        rel="noopener noreferrer"
                        target="_blank"
                        className="break-all"
                      >
                        {s.url}
                      </a>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="footnotes-heading" className="render-when-near mt-8">
          <h2 id="footnotes-heading" className="text-xl font-semibold">
            The paper&apos;s footnotes
          </h2>
          <ol className="mt-2 space-y-3" data-testid="footnote-list">
            {footnotes.map((f) => {
              const places = index.get(f.number) ?? [];
              return (
                <li
                  key={f.number}
                  id={`fn-${f.number}`}
                  className="scroll-mt-4 rounded border border-border p-3 text-sm"
                >
                  <p>
                    <span className="font-semibold">[{f.number}]</span>{" "}
                    {f.missing
                      ? "Cited in the paper's text but missing from its footnote list; its source is unknown."
                      : f.citation}
                  </p>
                  {f.urls.length ? (
                    <p className="mt-1">
                      {f.urls.map((u) => (
                        <a
                          key={u}
                          href={u}
                          rel="noopener noreferrer"
                          target="_blank"
                          className="mr-3 break-all"
                        >
                          {u}
                        </a>
                      ))}
                    </p>
                  ) : null}
                  <p className="mt-1 text-xs text-muted">
                    {places.length ? "Cited in: " : "Not cited in the dashboard."}
                    {places.map((p, i) => (
                      <span key={p.href}>
                        {i > 0 ? "; " : ""}
                        {/* Plain links: 140 of them here, and each next/link would hydrate and
                            prefetch the page it points to. */}
                        <a href={p.href}>{p.label}</a>
                      </span>
                    ))}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      </main>
    </>
  );
}
