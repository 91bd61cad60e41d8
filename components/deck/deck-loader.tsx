"use client";

import { useMemo } from "react";
import useSWR, { type SWRConfiguration, type SWRResponse } from "swr";
import type {
  ArmsDealsResponse,
  BalancingResponse,
  FactionsResponse,
  FiguresResponse,
  OutcomesResponse,
  SeriesResponse,
  SyriaResponse,
  TimelineResponse,
} from "@/lib/api/api-schemas";
import { BALANCING_KEY, FACTIONS_KEY, FIGURES_KEY } from "@/lib/constants";
import type { SlideSpec } from "@/lib/deck/deck";
import { withStatics, type DeckStatics } from "./deck-compose";
import { fetchJson } from "@/components/shell/fetch-json";
import { slideSources, type LoadedSlideData } from "@/components/views/slide-views";

/** The API answers slides are drawn from; the arms ranking and Syria's judgement are statics. */
export const SLIDE_API = {
  factions: FACTIONS_KEY,
  balancing: BALANCING_KEY,
  figures: FIGURES_KEY,
  series: "/api/series",
  syria: "/api/syria",
  timeline: "/api/timeline",
  outcomes: "/api/outcomes",
  armsDeals: "/api/arms-deals",
} as const;

const SWR_OPTIONS: SWRConfiguration = {
  // The data changes only with a new build: once a deck has its data, never fetch it again
  // (a projector's Wi-Fi may drop mid-talk).
  revalidateIfStale: false,
  revalidateOnFocus: false,
  revalidateOnReconnect: false,
  // A failure is said at once and the reader chooses when to try again, rather than waiting
  // through silent retries against an API that is down.
  shouldRetryOnError: false,
};

/** One request's state, whatever its answer's type. */
function request<T>(r: SWRResponse<T>) {
  return {
    loaded: r.data !== undefined,
    error: r.error as unknown,
    isValidating: r.isValidating,
    retry: () => void r.mutate(),
  };
}

export type SlideDataState =
  | { status: "loading" }
  | { status: "error"; message: string; retrying: boolean; retry: () => void }
  | { status: "ready"; data: LoadedSlideData };

/**
 * The data a custom deck's slides are drawn from, fetched from the API in the browser: only the
 * parts its slides need (SLIDE_NEEDS), each once, shared by every slide and deck that needs it.
 */
export function useSlideData(specs: readonly SlideSpec[], statics: DeckStatics): SlideDataState {
  const sources = new Set(slideSources(specs));
  const key = (source: keyof typeof SLIDE_API) => (sources.has(source) ? SLIDE_API[source] : null);
  // A fixed list of hooks; a part this deck does not need has no key and fetches nothing.
  const factions = useSWR<FactionsResponse>(key("factions"), fetchJson, SWR_OPTIONS);
  const balancing = useSWR<BalancingResponse>(key("balancing"), fetchJson, SWR_OPTIONS);
  const figures = useSWR<FiguresResponse>(key("figures"), fetchJson, SWR_OPTIONS);
  const series = useSWR<SeriesResponse>(key("series"), fetchJson, SWR_OPTIONS);
  const syria = useSWR<SyriaResponse>(key("syria"), fetchJson, SWR_OPTIONS);
  const timeline = useSWR<TimelineResponse>(key("timeline"), fetchJson, SWR_OPTIONS);
  const outcomes = useSWR<OutcomesResponse>(key("outcomes"), fetchJson, SWR_OPTIONS);
  const armsDeals = useSWR<ArmsDealsResponse>(key("armsDeals"), fetchJson, SWR_OPTIONS);

  const data = useMemo(
    () =>
      withStatics(statics, {
        factions: factions.data,
        balancing: balancing.data,
        figures: figures.data?.figures,
        series: series.data?.series,
        syriaIssues: syria.data?.issues,
        timeline: timeline.data?.events,
        outcomes: outcomes.data?.outcomes,
        armsDeals: armsDeals.data,
      }),
    [
      statics,
      factions.data,
      balancing.data,
      figures.data,
      series.data,
      syria.data,
      timeline.data,
      outcomes.data,
      armsDeals.data,
    ],
  );

  const requests = [
    { source: "factions", ...request(factions) },
    { source: "balancing", ...request(balancing) },
    { source: "figures", ...request(figures) },
    { source: "series", ...request(series) },
    { source: "syria", ...request(syria) },
    { source: "timeline", ...request(timeline) },
    { source: "outcomes", ...request(outcomes) },
    { source: "armsDeals", ...request(armsDeals) },
  ] as const;
  const wanted = requests.filter((r) => sources.has(r.source));
  const failed = wanted.filter((r) => r.error !== undefined);
  if (failed.length) {
    const first = failed[0]?.error;
    return {
      status: "error",
      message: first instanceof Error ? first.message : String(first),
      retrying: failed.some((r) => r.isValidating),
      retry: () => {
        for (const r of failed) r.retry();
      },
    };
  }
  if (wanted.some((r) => !r.loaded)) return { status: "loading" };
  return { status: "ready", data };
}
