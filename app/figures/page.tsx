import type { Metadata } from "next";
import { FiguresView } from "@/components/views/figures-view";
import { PaperVsData } from "@/components/views/paper-vs-data";
import { RecipientBarsFor } from "@/components/charts/recipient-bars";
import { SeriesFrame } from "@/components/charts/series-frame";
import { ArmsDealsPanel, ArmsReleaseChart } from "@/components/views/arms-releases";
import { getArmsDeals } from "@/lib/data/arms-deals";
import { getArmsTotals } from "@/lib/data/arms-totals";
import { seriesFrameProps } from "@/lib/views/series-views";
import { seriesEvents } from "@/lib/views/chart-events";
import { getChartEventData } from "@/lib/data/chart-events";
import { SiteHeader } from "@/components/shell/site-header";
import type { FiguresResponse } from "@/lib/api/api-schemas";
import { getArmsRecipients, getPaperVersusData, getSeriesData } from "@/lib/data/external-data";
import { PAST_DECADE, recipientRanking } from "@/lib/views/paper-vs-data";
import { getFiguresData } from "@/lib/data/figures";
import { citedFootnotes, PAPER_TITLE } from "@/lib/data/page-data";
import { PAGES } from "@/lib/routes";
import { getTradeStatements } from "@/lib/data/trade-statements";
import { citedStoredSources } from "@/lib/data/stored-sources";
import { TradeStatementsPanel } from "@/components/views/trade-statements-panel";

export const metadata: Metadata = {
  title: "Trade and arms figures",
  description:
    "The trade, deal, arms and budget figures the 2016 ECFR paper states, each with its kind and caveat, beside SIPRI and IMF series.",
};

export default function FiguresPage() {
  const { figures } = getFiguresData();
  const response: FiguresResponse = { figures };
  const parties = [...new Set(figures.flatMap((f) => f.parties))].sort();
  const { series } = getSeriesData();
  const chartEvents = getChartEventData();
  const recipients = getArmsRecipients();
  const { statements } = getTradeStatements();
  const { registers, latestYear } = getArmsDeals();
  // Only the TIV series travel to the release switcher: it draws nothing else.
  const tiv = series.filter((s) => s.kind === "tiv");

  return (
    <>
      <SiteHeader current={PAGES.figures} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <h1 className="text-2xl font-bold">Trade and arms figures</h1>
        <p className="mt-1 max-w-3xl text-muted">
          Every number the 2016 paper gives on deals, trade targets, arms and budgets, as reported
          then. Each kind of figure has its own chart: a deal agreed or signed, a ten-year target
          and a wish list are not the same thing, even in the same currency.
        </p>
        <div className="mt-6">
          <FiguresView
            data={response}
            parties={parties}
            footnotes={citedFootnotes(figures)}
            paperTitle={PAPER_TITLE}
          />
        </div>

        <section aria-labelledby="series-heading" className="render-when-near mt-10 space-y-6">
          <div>
            <h2 id="series-heading" className="text-xl font-semibold">
              The series behind the story
            </h2>
            <p className="mt-1 max-w-3xl text-sm text-muted">
              Published data rather than the paper: SIPRI arms transfers (a volume index, not
              money), IMF trade statistics and SIPRI military spending. Each chart names its
              publisher, dataset, vintage and licence; different units never share an axis. The arms
              chart draws one SIPRI release at a time: the 2022 tables, or the later register, which
              runs to 2023 and so shows deliveries from Iran to Russia as well.
            </p>
          </div>
          <ArmsReleaseChart
            series={tiv}
            latestYear={latestYear}
            totals={{ releases: getArmsTotals().releases }}
            events={{
              "arms-tiv": seriesEvents("arms-tiv", chartEvents),
              "arms-both-ways": seriesEvents("arms-both-ways", chartEvents),
            }}
          />
          <ArmsDealsPanel data={{ registers, latestYear }} />
          <div className="grid gap-6 lg:grid-cols-2">
            <RecipientBarsFor
              ranking={recipientRanking(recipients, PAST_DECADE.from, PAST_DECADE.to)}
              source={recipients.source}
            />
            <SeriesFrame
              {...seriesFrameProps("trade-exports", series)}
              events={seriesEvents("trade-exports", chartEvents)}
            />
            <SeriesFrame
              {...seriesFrameProps("trade-imports", series)}
              events={seriesEvents("trade-imports", chartEvents)}
            />
            <SeriesFrame
              {...seriesFrameProps("milex", series)}
              events={seriesEvents("milex", chartEvents)}
            />
          </div>
          <PaperVsData items={getPaperVersusData()} paperTitle={PAPER_TITLE} />
        </section>

        <section aria-labelledby="trade-after-heading" className="render-when-near mt-10 space-y-6">
          <div>
            <h2 id="trade-after-heading" className="text-xl font-semibold">
              Trade after 2016
            </h2>
            <p className="mt-1 max-w-3xl text-sm text-muted">
              Iran does not report to the IMF&apos;s Direction of Trade Statistics, so most of
              Iran&apos;s own table is IMF estimates. Each chart below sets one flow of goods as
              Russia or China reports it beside the same flow in Iran&apos;s table, to 2020, the
              last year of the vintage held: each reporter its own line, never joined. After 2020
              there are only officials&apos; statements, shown last as their own kind, on their own
              axis.
            </p>
          </div>
          <div className="grid gap-6 lg:grid-cols-2">
            <SeriesFrame {...seriesFrameProps("trade-mirror-russia-to-iran", series)} />
            <SeriesFrame {...seriesFrameProps("trade-mirror-iran-to-russia", series)} />
            <SeriesFrame {...seriesFrameProps("trade-mirror-china-to-iran", series)} />
            <SeriesFrame {...seriesFrameProps("trade-mirror-iran-to-china", series)} />
          </div>
          <TradeStatementsPanel
            statements={statements}
            storedSources={citedStoredSources({ statements })}
            paperTitle={PAPER_TITLE}
          />
        </section>
      </main>
    </>
  );
}
