import type { Metadata } from "next";
import { DeckRoute } from "@/components/deck/deck-route";

export const metadata: Metadata = {
  title: "Present",
  description:
    "The dashboard as slides: Iran's camps, the figures, Moscow's balancing and Syria, each slide with its source line.",
};

// Static: the default deck is drawn at build time; a link's own deck is drawn in the browser.
export default function PresentPage() {
  return <DeckRoute n={undefined} />;
}
