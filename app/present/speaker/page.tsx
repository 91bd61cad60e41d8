import type { Metadata } from "next";
import { SpeakerRoute } from "@/components/deck/speaker-route";

export const metadata: Metadata = {
  title: "Speaker view",
  description: "Current and next slide, speaker notes with the paper's quotes, and a timer.",
};

// Static like the slides: the deck a link names is drawn in the browser.
export default function SpeakerPage() {
  return <SpeakerRoute />;
}
