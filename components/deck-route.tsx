import { DeckPlayer } from "./deck-player";
import { DeckSlide } from "./deck-slide";
import { loadDeck } from "./deck-data";
import { parseSlideNumber } from "@/lib/deck";

/** /present and /present/{n}: the deck in the link (or the default one) at slide n. */
export function DeckRoute({
  n,
  raw,
}: {
  n: string | undefined;
  raw: Record<string, string | string[] | undefined>;
}) {
  const deck = loadDeck(raw);
  const count = deck.slides.length;
  const { index, notice } = parseSlideNumber(n, count);
  return (
    <DeckPlayer
      title={deck.title}
      custom={deck.custom}
      tokens={deck.tokens}
      defaultTokens={deck.defaultTokens}
      slideTitles={deck.slides.map((s) => s.title)}
      theme={deck.theme}
      query={deck.query}
      channelKey={deck.channelKey}
      notices={notice ? [notice, ...deck.notices] : deck.notices}
      initialIndex={index}
      slides={deck.slides.map((s, i) => (
        <DeckSlide key={i} slide={s} n={i + 1} count={count} />
      ))}
    />
  );
}
