"use client";

import { useCallback, useMemo, useState, type ReactNode } from "react";
import { paramsToRecord } from "@/lib/views/view-state";
import { DeckLoadState } from "./deck-load-state";
import { planDeck, type DeckPlan, type DeckStatics } from "./deck-plan";
import { markLinkApplied, urlWatcher } from "@/components/shell/use-url-state";

/*
 * What the slides' page and the speaker view's page share: the deck the address names, read in
 * the browser, and the loading state shown while a custom deck's code or data arrives.
 */

/** The default deck as the server drew it: the slides as elements, their titles and notes. */
export interface DrawnDeck {
  titles: string[];
  slides: ReactNode[];
  /** The speaker view's notes panel, one per slide. */
  notes?: ReactNode[];
}

/** While a custom deck's code arrives: the same loading state as while its data does. */
export const loading = (plan: DeckPlan) => (
  <DeckLoadState
    state={{ status: "loading" }}
    count={plan.specs.length}
    theme={plan.theme}
    notices={plan.notices}
  />
);

const planOf = (query: string, statics: DeckStatics) =>
  planDeck(paramsToRecord(new URLSearchParams(query)), statics);

/**
 * The deck the address names, once read in the browser; until then the default deck, on
 * standby. The page's HTML is that default deck, so it hydrates in place rather than being
 * drawn again.
 */
export function useAddressedDeck(statics: DeckStatics) {
  const [read, setRead] = useState<{ query: string; plan: DeckPlan } | null>(null);
  const onRead = useCallback(
    (query: string) => {
      // The link's theme resizes the slide's text: the deck waits hidden (in place, as a
      // url-state-region) until the state below renders, which React does before the next paint.
      markLinkApplied();
      setRead((prev) => {
        if (prev?.query === query) return prev;
        // The player writes the deck's own address back (bad slides and theme left out): that
        // is the same deck, and the notices about what the link got wrong still stand. Any
        // other address is another deck, or a new theme, and is read afresh.
        if (prev && query === prev.plan.query) return { query, plan: prev.plan };
        return { query, plan: planOf(query, statics) };
      });
    },
    [statics],
  );
  const unread = useMemo(() => planDeck({}, statics), [statics]);
  return {
    plan: read?.plan ?? unread,
    standby: read === null,
    reader: urlWatcher(onRead),
  };
}
