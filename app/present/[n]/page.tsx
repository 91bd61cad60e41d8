import type { Metadata } from "next";
import { DeckRoute } from "@/components/deck-route";

export const metadata: Metadata = {
  title: "Present",
  description: "One slide of a deck; the arrow keys, Space and PageDown move through it.",
};

export default async function PresentSlidePage({
  params,
  searchParams,
}: PageProps<"/present/[n]">) {
  const { n } = await params;
  return <DeckRoute n={n} raw={await searchParams} />;
}
