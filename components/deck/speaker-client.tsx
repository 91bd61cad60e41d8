"use client";

import { lazy, Suspense, type ReactNode } from "react";
import type { DeckPlan, DeckStatics } from "./deck-plan";
import { SpeakerView } from "./speaker-view";
import { loading, useAddressedDeck, type DrawnDeck } from "./use-addressed-deck";

/*
 * /present/speaker, apart from the slides' page (deck-client.tsx): the slides' page does not ship
 * the speaker view and its timer, nor this page the slides' player and deck manager.
 */

// Loaded only for a deck named in a link (see deck-custom).
const CustomSpeaker = lazy(() =>
  import("./deck-custom").then((m) => ({ default: m.CustomSpeaker })),
);

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
