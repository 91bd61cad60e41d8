import { SPEAKER_SLIDES } from "./deck-compose";
import { loadDefaultDeck } from "./deck-data";
import { DeckSlide, SlideNotes } from "./deck-slide";
import { SpeakerClient } from "./speaker-client";

/*
 * Apart from deck-route.tsx: a page ships the client code of every client component its server
 * module imports, so with both routes in one file the slides' page shipped the speaker view too.
 */

/** /present/speaker: the default deck's slides in the slide layout only, and their notes. */
export function SpeakerRoute() {
  const { statics, slides } = loadDefaultDeck(SPEAKER_SLIDES);
  const count = slides.length;
  return (
    <SpeakerClient
      statics={statics}
      drawn={{
        titles: slides.map((s) => s.title),
        slides: slides.map((s, i) => (
          <DeckSlide key={i} slide={s} n={i + 1} count={count} withNotes={false} />
        )),
        notes: slides.map((s, i) => <SlideNotes key={i} slide={s} />),
      }}
    />
  );
}
