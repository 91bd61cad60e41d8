import { DeckClient } from "./deck-client";
import { AUDIENCE_SLIDES } from "./deck-compose";
import { loadDefaultDeck } from "./deck-data";
import { DeckSlide } from "./deck-slide";

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
