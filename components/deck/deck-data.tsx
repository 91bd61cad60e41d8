import { getBalancingData } from "@/lib/data/balancing";
import { getDeckData } from "@/lib/deck/deck-content";
import { getArmsRecipients, getSeriesData } from "@/lib/data/external-data";
import { getFactionsData } from "@/lib/data/factions";
import { getFiguresData } from "@/lib/data/figures";
import { PAST_DECADE, recipientRanking } from "@/lib/views/paper-vs-data";
import { getSyriaData } from "@/lib/data/syria";
import { getTimelineData } from "@/lib/data/timeline";
import { getOutcomesData } from "@/lib/data/outcomes";
import { getChartEventData } from "@/lib/data/chart-events";
import { getArmsDeals } from "@/lib/data/arms-deals";
import { drawSlides, planDeck, type DeckStatics } from "./deck-compose";
import type { SlideData, SlideOptions } from "@/components/views/slide-views";

/*
 * The server's side of the deck: data read from the files (validated with Zod), never imported
 * by a client component. The browser gets the same data from the API and from DeckStatics.
 */

/** What a custom deck in the browser needs beyond the API (see DeckStatics). */
export function getDeckStatics(): DeckStatics {
  const file = getDeckData();
  const arms = getArmsRecipients();
  const ranked = recipientRanking(arms, PAST_DECADE.from, PAST_DECADE.to);
  return {
    title: file.title,
    curated: file.slides.map(({ slide, title, takeaway }) => ({ slide, title, takeaway })),
    syriaJudgement: getSyriaData().judgement,
    recipients: {
      // Only recipients with deliveries: the chart and takeaway count and draw no others, and
      // the browser need not carry the rest.
      ranking: { ...ranked, ranking: ranked.ranking.filter((r) => r.total > 0) },
      source: arms.source,
    },
    chartEvents: getChartEventData(),
  };
}

/** Every part of the slide data, read on the server: what the API would answer, and the statics. */
export function getSlideData(statics: DeckStatics = getDeckStatics()): SlideData {
  const { dimensions, factions, consensus, outlook } = getFactionsData();
  const { dimensions: balancingDimensions, actors, reference } = getBalancingData();
  return {
    factions: { dimensions, factions, consensus, outlook },
    balancing: { dimensions: balancingDimensions, actors, reference },
    figures: getFiguresData().figures,
    series: getSeriesData().series,
    syria: { issues: getSyriaData().issues, judgement: statics.syriaJudgement },
    timeline: getTimelineData().events,
    outcomes: getOutcomesData().outcomes,
    recipients: statics.recipients,
    chartEvents: statics.chartEvents,
    armsDeals: { registers: getArmsDeals().registers, latestYear: getArmsDeals().latestYear },
  };
}

/** The default deck, every slide drawn on the server (at build time: the deck pages are static). */
export function loadDefaultDeck(opts?: SlideOptions) {
  const statics = getDeckStatics();
  const plan = planDeck({}, statics);
  const slides = drawSlides(plan.specs, getSlideData(statics), statics.curated, opts);
  return { statics, plan, slides };
}
