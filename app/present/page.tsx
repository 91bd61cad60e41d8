import type { Metadata } from "next";
import { DeckRoute } from "@/components/deck-route";

export const metadata: Metadata = {
  title: "Present",
  description:
    "The dashboard as slides: Iran's camps, the figures, Moscow's balancing and Syria, each slide with its source line.",
};

export default async function PresentPage({ searchParams }: PageProps<"/present">) {
  return <DeckRoute n={undefined} raw={await searchParams} />;
}
