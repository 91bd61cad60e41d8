"use client";

import { lazy, Suspense, type ReactNode } from "react";
import { parseSlideNumber } from "@/lib/deck/deck";
import type { DeckPlan, DeckStatics } from "./deck-plan";
import { DeckPlayer } from "./deck-player";
import { loading, useAddressedDeck, type DrawnDeck } from "./use-addressed-deck";

export type { DrawnDeck } from "./use-addressed-deck";

/*
 * The slides' page (/present, /present/{n}); the speaker view's page is speaker-client.tsx, so
 * neither page ships the other's player. The deck pages are static: their HTML is the default
 * deck, drawn at build time. The link's own deck (`slide=` and `theme=`) is read in the browser,
 * and a custom deck is drawn from the API's answers with the same slide functions the server used.
 */

// Loaded only for a deck named in a link (see deck-custom).
const CustomDeck = lazy(() => import("./deck-custom").then((m) => ({ default: m.CustomDeck })));

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
