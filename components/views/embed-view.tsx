"use client";

import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { parseSlideToken, type SlideView } from "@/lib/deck/deck";
import { drawSlides, type DeckStatics } from "@/components/deck/deck-compose";
import { useSlideData } from "@/components/deck/deck-loader";
import { EmbedFrame } from "./embed-frame";
import { Notices } from "@/components/shell/notices";
import { markLinkApplied, urlWatcher } from "@/components/shell/use-url-state";

/** The view in the state its link names, drawn from the API's answers. */
function StatefulEmbed({
  view,
  query,
  statics,
}: {
  view: SlideView;
  query: string;
  statics: DeckStatics;
}) {
  const parsed = useMemo(() => parseSlideToken(`${view}?${query}`), [view, query]);
  const specs = useMemo(() => ("spec" in parsed ? [parsed.spec] : []), [parsed]);
  const state = useSlideData(specs, statics);
  const slide = useMemo(
    () =>
      state.status === "ready" && specs.length
        ? (drawSlides(specs, state.data, statics.curated)[0] ?? null)
        : null,
    [state, specs, statics.curated],
  );
  const settled = state.status !== "loading";
  useEffect(() => {
    if (settled) markLinkApplied();
  }, [settled]);
  if ("error" in parsed) return <Notices notices={[`This link's view: ${parsed.error}.`]} />;
  if (state.status === "loading") {
    return (
      <p role="status" data-testid="embed-loading">
        Loading the data for this view…
      </p>
    );
  }
  if (state.status === "error") {
    return (
      <div role="alert" data-testid="embed-error" className="space-y-2">
        <p className="font-semibold">This view could not be loaded ({state.message}).</p>
        <button
          type="button"
          onClick={state.retry}
          disabled={state.retrying}
          className="rounded border border-border bg-surface px-3 py-1 text-sm"
        >
          {state.retrying ? "Trying again…" : "Try again"}
        </button>
      </div>
    );
  }
  if (!slide) return null;
  return (
    <>
      <Notices notices={slide.notices} />
      <EmbedFrame slide={slide} />
    </>
  );
}

/**
 * An embedded view: the prerendered default state, or, when the link carries a state, that
 * state drawn in the browser with the same slide function the server used.
 */
export function EmbedView({
  view,
  statics,
  drawn,
}: {
  view: SlideView;
  statics: DeckStatics;
  drawn: ReactNode;
}) {
  const [query, setQuery] = useState<string | null>(null);
  const onRead = useCallback((q: string) => {
    setQuery(q);
    if (!q) markLinkApplied();
  }, []);
  return (
    <div className="url-state-region">
      {urlWatcher(onRead)}
      {query ? <StatefulEmbed view={view} query={query} statics={statics} /> : drawn}
    </div>
  );
}
