import type { Metadata } from "next";
import { loadDeck } from "@/components/deck-data";
import { DeckSlide, SlideNotes } from "@/components/deck-slide";
import { SpeakerView } from "@/components/speaker-view";

export const metadata: Metadata = {
  title: "Speaker view",
  description: "Current and next slide, speaker notes with the paper's quotes, and a timer.",
};

export default async function SpeakerPage({ searchParams }: PageProps<"/present/speaker">) {
  // The speaker view is a laptop's window: its slides carry the wide chart layout only, which
  // halves the drawing the page brings for charts that have a phone layout too.
  const deck = loadDeck(await searchParams, { layouts: "wide" });
  const count = deck.slides.length;
  return (
    <div data-theme={deck.theme ?? undefined}>
      <SpeakerView
        query={deck.query}
        channelKey={deck.channelKey}
        notices={deck.notices}
        count={count}
        titles={deck.slides.map((s) => s.title)}
        slides={deck.slides.map((s, i) => (
          <DeckSlide key={i} slide={s} n={i + 1} count={count} withNotes={false} />
        ))}
        notes={deck.slides.map((s, i) => (
          <SlideNotes key={i} slide={s} />
        ))}
      />
    </div>
  );
}
