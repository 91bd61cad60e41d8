import type { Metadata } from "next";
import { DeckRoute } from "@/components/deck/deck-route";
import { MAX_DECK_SLIDES } from "@/lib/deck/deck";

export const metadata: Metadata = {
  title: "Present",
  description: "One slide of a deck; the arrow keys, Space and PageDown move through it.",
};

/**
 * One page per slide number a deck can have, prerendered. Every number up to the longest deck
 * a link may hold, not only the default deck's: a custom deck's slide 12 must survive a reload.
 * A number past the default deck's end opens its last slide and says so; other segments 404.
 */
export function generateStaticParams(): { n: string }[] {
  return Array.from({ length: MAX_DECK_SLIDES }, (_, i) => ({ n: String(i + 1) }));
}

export const dynamicParams = false;

export default async function PresentSlidePage({ params }: PageProps<"/present/[n]">) {
  const { n } = await params;
  return <DeckRoute n={n} />;
}
