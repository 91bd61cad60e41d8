import Link from "next/link";
import { HeadlineRadar } from "@/components/charts/headline-radar";
import { FactionSwatch } from "@/components/charts/faction-marker";
import { SiteHeader } from "@/components/shell/site-header";
import { getFactionViewData } from "@/lib/data/page-data";
import { diffRows, GAP_BASIS_TEXT } from "@/lib/charts/series";
import { PageNotices } from "@/components/shell/notices";
import { attributionLabel } from "@/lib/evidence/attribution";
import { DebateFrame } from "@/components/views/debate-frame";
import { PAGES } from "@/lib/routes";
import { getOutcomesData } from "@/lib/data/outcomes";
import { ledgerHeadline } from "@/lib/views/ledger";

export default function OverviewPage() {
  const view = getFactionViewData();
  const { outcomes } = getOutcomesData();
  const { dimensions, factions } = view.response;
  const [leaners, rebalancers] = [
    factions.find((f) => f.id === "russia-leaners"),
    factions.find((f) => f.id === "re-balancers"),
  ];
  const widest =
    leaners && rebalancers ? diffRows(dimensions, leaners, rebalancers).slice(0, 3) : [];
  const scores = factions.flatMap((f) => f.scores);
  const quoteCount = scores.reduce((n, s) => n + s.evidence.length, 0);
  const notStated = scores.filter((s) => s.value === null).length;

  return (
    <>
      <SiteHeader current={PAGES.overview} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <PageNotices />
        <h1 className="text-2xl font-bold">
          Russia and Iran: Tehran&apos;s debate on Moscow, as the 2016 ECFR paper describes it
        </h1>
        <p className="mt-1 max-w-3xl text-muted">
          A working dashboard for analysts, built on the European Council on Foreign Relations&apos;
          2016 paper “The new power couple”. Every score is a coded judgment with a rationale, a
          confidence and the paper&apos;s own words behind it, marked as stated by the paper or
          inferred by us; where the paper is silent we say so.
        </p>

        {/* Briefs are on today: the paper's bottom line against ten years of events, up front. */}
        <p className="mt-3 max-w-3xl rounded-lg border border-border bg-surface p-3 text-sm">
          <span className="font-semibold">Ten years on: </span>
          {ledgerHeadline(outcomes)}{" "}
          <Link href={PAGES.ledger} prefetch={false} className="font-semibold">
            See each expectation against what happened →
          </Link>
        </p>

        <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <HeadlineRadar data={view.response} />

          <section aria-labelledby="gaps-heading" className="rounded-lg border border-border p-4">
            <h2 id="gaps-heading" className="text-lg font-semibold">
              Where the Russia-leaners and re-balancers differ most
            </h2>
            <ol className="mt-2 space-y-3">
              {widest.map((row) => (
                <li key={row.dimension.id}>
                  <p className="font-medium">
                    {row.dimension.label}: {row.a?.value ?? "not stated"} vs{" "}
                    {row.b?.value ?? "not stated"}
                    {row.gap !== null ? (
                      <span className="text-muted">
                        {" "}
                        (gap {row.gap}; {GAP_BASIS_TEXT[row.gapBasis ?? "stated"]})
                      </span>
                    ) : null}
                  </p>
                  <p className="text-sm text-muted">
                    Russia-leaners: {row.a?.gist} Re-balancers: {row.b?.gist}
                  </p>
                </li>
              ))}
            </ol>
            <p className="mt-4 text-sm">
              {scores.length} coded scores, {quoteCount} verbatim quotes; {notStated} scores are
              left “not stated” where the paper is silent.
            </p>
            <p className="mt-4">
              <Link href={PAGES.factions} prefetch={false} className="font-semibold">
                Compare the camps side by side, with evidence →
              </Link>
            </p>
          </section>
        </div>

        <div className="mt-8">
          <DebateFrame {...view} />
        </div>

        <section aria-labelledby="camps-heading" className="render-when-near mt-8">
          <h2 id="camps-heading" className="text-xl font-semibold">
            The three camps
          </h2>
          <div className="mt-3 grid gap-4 md:grid-cols-3">
            {factions.map((f) => (
              <article key={f.id} className="rounded-lg border border-border bg-surface p-4">
                <h3 className="flex items-center gap-2 font-semibold">
                  <FactionSwatch id={f.id} />
                  {f.name}
                </h3>
                <p className="mt-2 text-sm">{f.summary}</p>
                <p className="mt-2 text-xs text-muted">Base: {f.base.join("; ")}</p>
                {f.people.length ? (
                  <ul className="mt-2 text-sm">
                    {f.people.map((p) => (
                      <li key={p.name}>
                        <span className="font-medium">{p.name}</span>, {p.role}
                        {p.placement === "inferred" ? (
                          <span className="text-xs text-muted"> (placement inferred)</span>
                        ) : null}
                        <details className="mt-1 text-xs text-muted">
                          <summary className="cursor-pointer">Why this camp</summary>
                          {p.evidence.map((ev) => (
                            <p key={ev.quote} className="mt-1">
                              {attributionLabel(ev.attribution)}: “{ev.quote}” ({ev.section}
                              {ev.footnote !== null ? `, footnote [${ev.footnote}]` : ""})
                            </p>
                          ))}
                        </details>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </article>
            ))}
          </div>
        </section>
      </main>
    </>
  );
}
