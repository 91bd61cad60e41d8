"use client";

import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from "react";
import { parseSlideNumber } from "@/lib/deck/deck";
import { paramsToRecord } from "@/lib/views/view-state";
import { DeckLoadState } from "./deck-load-state";
import { planDeck, type DeckPlan, type DeckStatics } from "./deck-plan";
import { DeckPlayer } from "./deck-player";
import { SpeakerView } from "./speaker-view";
import { markLinkApplied, urlWatcher } from "@/components/shell/use-url-state";

/*
 * The deck pages are static: their HTML is the default deck, drawn at build time. The link's own
 * deck (`slide=` and `theme=`) is read here, in the browser, and a custom deck is drawn from the
 * API's answers with the same slide functions the server used.
 */

/** The default deck as the server drew it: the slides as elements, their titles and notes. */
export interface DrawnDeck {
  titles: string[];
  slides: ReactNode[];
  /** The speaker view's notes panel, one per slide. */
  notes?: ReactNode[];
}

// Loaded only for a deck named in a link (see deck-custom).
const CustomDeck = lazy(() => import("./deck-custom").then((m) => ({ default: m.CustomDeck })));
const CustomSpeaker = lazy(() =>
  import("./deck-custom").then((m) => ({ default: m.CustomSpeaker })),
);

/** While a custom deck's code arrives: the same loading state as while its data does. */
const loading = (plan: DeckPlan) => (
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
function useAddressedDeck(statics: DeckStatics) {
  const [read, setRead] = useState<{ query: string; plan: DeckPlan } | null>(null);
  const onRead = useCallback(
    (query: string) => {
      // The link's theme resizes the slide's text: the deck waits hidden (in place) until the
      // state below renders, which React does before the next paint.
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

export function Player({
  standby,
  plan,
  n,
  titles,
  slides,
}: {
  standby?: boolean;
  plan: DeckPlan;
  n: string | undefined;
  titles: string[];
  slides: ReactNode[];
}) {
  const { index, notice } = parseSlideNumber(n, slides.length);
  return (
    <DeckPlayer
      standby={standby}
      // Another deck starts afresh at the slide its address names; a new theme keeps the place.
      key={plan.custom ? plan.channelKey : "default"}
      title={plan.title}
      custom={plan.custom}
      tokens={plan.tokens}
      defaultTokens={plan.defaultTokens}
      slideTitles={titles}
      theme={plan.theme}
      query={plan.query}
      channelKey={plan.channelKey}
      notices={notice ? [notice, ...plan.notices] : plan.notices}
      initialIndex={index}
      slides={slides}
    />
  );
}

/**
 * /present and /present/{n}. The static HTML is the default deck; in the browser the address is
 * read and the deck it names (its theme, its own slides) takes over. Until then the default deck
 * is on standby: it must not act as a deck of its own (write the address, answer the speaker
 * view) in the moment before the address is known.
 */
export function DeckClient({
  n,
  statics,
  drawn,
}: {
  n: string | undefined;
  statics: DeckStatics;
  drawn: DrawnDeck;
}) {
  const { plan, standby, reader } = useAddressedDeck(statics);
  return (
    <div className="url-state-region">
      {reader}
      {plan.custom ? (
        <Suspense fallback={loading(plan)}>
          <CustomDeck plan={plan} n={n} statics={statics} />
        </Suspense>
      ) : (
        <Player standby={standby} plan={plan} n={n} titles={drawn.titles} slides={drawn.slides} />
      )}
    </div>
  );
}

export function Speaker({
  standby,
  plan,
  titles,
  slides,
  notes,
}: {
  standby?: boolean;
  plan: DeckPlan;
  titles: string[];
  slides: ReactNode[];
  notes: ReactNode[];
}) {
  return (
    <div data-theme={plan.theme ?? undefined}>
      <SpeakerView
        standby={standby}
        key={plan.channelKey}
        query={plan.query}
        channelKey={plan.channelKey}
        notices={plan.notices}
        count={slides.length}
        titles={titles}
        slides={slides}
        notes={notes}
      />
    </div>
  );
}

/** /present/speaker: the default deck's speaker view in the HTML, the addressed deck's in the browser. */
export function SpeakerClient({ statics, drawn }: { statics: DeckStatics; drawn: DrawnDeck }) {
  const { plan, standby, reader } = useAddressedDeck(statics);
  return (
    <div className="url-state-region">
      {reader}
      {plan.custom ? (
        <Suspense fallback={loading(plan)}>
          <CustomSpeaker plan={plan} statics={statics} />
        </Suspense>
      ) : (
        <Speaker
          standby={standby}
          plan={plan}
          titles={drawn.titles}
          slides={drawn.slides}
          notes={drawn.notes ?? []}
        />
      )}
    </div>
  );
}
