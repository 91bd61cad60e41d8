"use client";

import { useMemo } from "react";
import { parseSlideNumber } from "@/lib/deck/deck";
import { AUDIENCE_SLIDES, drawSlides, SPEAKER_SLIDES } from "./deck-compose";
import { Player } from "./deck-client";
import { Speaker } from "./speaker-client";
import { DeckLoadState } from "./deck-load-state";
import { useSlideData } from "./deck-loader";
import type { DeckPlan, DeckStatics } from "./deck-plan";
import { DeckSlide, SlideNotes } from "./deck-slide";
import type { SlideOptions } from "@/components/views/slide-views";

/*
 * Decks named in a link, drawn in the browser from the API's answers. Loaded only when a link
 * names one: the slide functions and the data loading stay out of the default deck's first load.
 */

/** A custom deck's slides, drawn once its data has arrived (null until then). */
function useCustomSlides(plan: DeckPlan, statics: DeckStatics, opts?: SlideOptions) {
  const state = useSlideData(plan.specs, statics);
  const data = state.status === "ready" ? state.data : null;
  const slides = useMemo(
    () => (data ? drawSlides(plan.specs, data, statics.curated, opts) : null),
    // `opts` is a constant object per caller; its identity does not matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, plan.specs, statics.curated],
  );
  return { state, slides };
}

export function CustomDeck({
  plan,
  n,
  statics,
}: {
  plan: DeckPlan;
  n: string | undefined;
  statics: DeckStatics;
}) {
  const { state, slides } = useCustomSlides(plan, statics, AUDIENCE_SLIDES);
  if (state.status !== "ready" || !slides) {
    const { notice } = parseSlideNumber(n, plan.specs.length);
    return (
      <DeckLoadState
        state={state.status === "ready" ? { status: "loading" } : state}
        count={plan.specs.length}
        theme={plan.theme}
        notices={notice ? [notice, ...plan.notices] : plan.notices}
      />
    );
  }
  return (
    <Player
      plan={plan}
      n={n}
      titles={slides.map((s) => s.title)}
      slides={slides.map((s, i) => (
        <DeckSlide key={i} slide={s} n={i + 1} count={slides.length} />
      ))}
    />
  );
}

export function CustomSpeaker({ plan, statics }: { plan: DeckPlan; statics: DeckStatics }) {
  const { state, slides } = useCustomSlides(plan, statics, SPEAKER_SLIDES);
  if (state.status !== "ready" || !slides) {
    return (
      <DeckLoadState
        state={state.status === "ready" ? { status: "loading" } : state}
        count={plan.specs.length}
        theme={plan.theme}
        notices={plan.notices}
      />
    );
  }
  return (
    <Speaker
      plan={plan}
      titles={slides.map((s) => s.title)}
      slides={slides.map((s, i) => (
        <DeckSlide key={i} slide={s} n={i + 1} count={slides.length} withNotes={false} />
      ))}
      notes={slides.map((s, i) => (
        <SlideNotes key={i} slide={s} />
      ))}
    />
  );
}
