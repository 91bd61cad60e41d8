"use client";

import { useSearchParams } from "next/navigation";
import { Suspense, useMemo, useState, type ReactNode } from "react";
import { parseSlideNumber } from "@/lib/deck";
import { paramsToRecord } from "@/lib/view-state";
import { drawSlides, planDeck, type DeckPlan, type DeckStatics } from "./deck-compose";
import { DeckLoadState, useSlideData } from "./deck-loader";
import { DeckPlayer } from "./deck-player";
import { DeckSlide, SlideNotes } from "./deck-slide";
import { SpeakerView } from "./speaker-view";
import type { SlideOptions } from "./slide-views";

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

const planOf = (query: string, statics: DeckStatics) =>
  planDeck(paramsToRecord(new URLSearchParams(query)), statics);

/** The deck the address names. Only in the browser: on the server it suspends to the fallback. */
function useAddressedDeck(statics: DeckStatics): DeckPlan {
  const query = useSearchParams().toString();
  const [read, setRead] = useState(() => ({ query, plan: planOf(query, statics) }));
  if (query === read.query) return read.plan;
  // The player writes the deck's own address back (bad slides and theme left out): that is the
  // same deck, and the notices about what the link got wrong still stand. Any other address is
  // another deck, or a new theme, and is read afresh.
  const next = { query, plan: query === read.plan.query ? read.plan : planOf(query, statics) };
  setRead(next);
  return next.plan;
}

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

function Player({
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

function CustomDeck({
  plan,
  n,
  statics,
}: {
  plan: DeckPlan;
  n: string | undefined;
  statics: DeckStatics;
}) {
  const { state, slides } = useCustomSlides(plan, statics);
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

function DeckFromAddress({
  n,
  statics,
  drawn,
}: {
  n: string | undefined;
  statics: DeckStatics;
  drawn: DrawnDeck;
}) {
  const plan = useAddressedDeck(statics);
  if (plan.custom) return <CustomDeck plan={plan} n={n} statics={statics} />;
  return <Player plan={plan} n={n} titles={drawn.titles} slides={drawn.slides} />;
}

/**
 * /present and /present/{n}. The static HTML is the default deck (the Suspense fallback); in the
 * browser the address is read and the deck it names replaces it. The fallback is on standby: a
 * navigation can show it for a moment too, and it must not act as a deck of its own meanwhile.
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
  return (
    <Suspense
      fallback={
        <Player
          standby
          plan={planDeck({}, statics)}
          n={n}
          titles={drawn.titles}
          slides={drawn.slides}
        />
      }
    >
      <DeckFromAddress n={n} statics={statics} drawn={drawn} />
    </Suspense>
  );
}

function Speaker({
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

// The speaker view is a laptop's window: its slides carry the wide chart layout only, which
// halves the drawing the page brings for charts that have a phone layout too.
const SPEAKER_SLIDES: SlideOptions = { layouts: "wide" };

function CustomSpeaker({ plan, statics }: { plan: DeckPlan; statics: DeckStatics }) {
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

function SpeakerFromAddress({ statics, drawn }: { statics: DeckStatics; drawn: DrawnDeck }) {
  const plan = useAddressedDeck(statics);
  if (plan.custom) return <CustomSpeaker plan={plan} statics={statics} />;
  return (
    <Speaker plan={plan} titles={drawn.titles} slides={drawn.slides} notes={drawn.notes ?? []} />
  );
}

/** /present/speaker: the default deck's speaker view in the HTML, the addressed deck's in the browser. */
export function SpeakerClient({ statics, drawn }: { statics: DeckStatics; drawn: DrawnDeck }) {
  return (
    <Suspense
      fallback={
        <Speaker
          standby
          plan={planDeck({}, statics)}
          titles={drawn.titles}
          slides={drawn.slides}
          notes={drawn.notes ?? []}
        />
      }
    >
      <SpeakerFromAddress statics={statics} drawn={drawn} />
    </Suspense>
  );
}
