import type { Metadata } from "next";
import { getDeckStatics, getSlideData } from "@/components/deck/deck-data";
import { drawSlides } from "@/components/deck/deck-compose";
import { EmbedFrame } from "@/components/views/embed-frame";
import { EmbedView } from "@/components/views/embed-view";
import { isSlideView, SLIDE_VIEWS } from "@/lib/deck/deck";

/*
 * /embed/{view}?{state}: one view for another site's page, framable (frame-ancestors * for
 * /embed only, see server/security-headers.mjs). Prerendered per view in its default state;
 * a link's state is drawn in the browser. Views not listed are 404.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return SLIDE_VIEWS.map((view) => ({ view }));
}

function draw(view: string) {
  if (!isSlideView(view)) return null;
  const statics = getDeckStatics();
  const [slide] = drawSlides([{ view, state: "" }], getSlideData(statics), statics.curated);
  return slide ? { view, statics, slide } : null;
}

export async function generateMetadata({ params }: PageProps<"/embed/[view]">): Promise<Metadata> {
  const drawn = draw((await params).view);
  return {
    title: drawn ? `${drawn.slide.title} (embedded)` : "Embedded view",
    robots: { index: false },
  };
}

export default async function EmbedPage({ params }: PageProps<"/embed/[view]">) {
  const drawn = draw((await params).view);
  if (!drawn) return null;
  return (
    <main id="main" data-embed className="p-3">
      <EmbedView
        view={drawn.view}
        statics={drawn.statics}
        drawn={<EmbedFrame slide={drawn.slide} />}
      />
    </main>
  );
}
