import { DeckClient } from "./deck-client";
import { SpeakerClient } from "./speaker-client";
import { AUDIENCE_SLIDES, SPEAKER_SLIDES } from "./deck-compose";
import { loadDefaultDeck } from "./deck-data";
import { DeckSlide, SlideNotes } from "./deck-slide";

/**
 * /present and /present/{n}: the default deck drawn at build time, at slide n. The page reads
 * no request: a link's own deck is composed in the browser (DeckClient).
 */
export function DeckRoute({ n }: { n: string | undefined }) {
  const { statics, slides } = loadDefaultDeck(AUDIENCE_SLIDES);
  const count = slides.length;
  return (
    <DeckClient
      n={n}
      statics={statics}
      drawn={{
        titles: slides.map((s) => s.title),
        slides: slides.map((s, i) => <DeckSlide key={i} slide={s} n={i + 1} count={count} />),
      }}
    />
  );
}

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
