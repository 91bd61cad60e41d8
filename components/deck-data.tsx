import { getDeckData } from "@/lib/deck-content";
import {
  deckQuery,
  parseDeckParams,
  parseSlideTokens,
  slideToken,
  type SlideSpec,
} from "@/lib/deck";
import type { Theme } from "@/lib/constants";
import { renderSlide, type RenderedSlide, type SlideOptions } from "./slide-views";

export interface Deck {
  title: string;
  /** True when the link names its own slides; false for the default deck. */
  custom: boolean;
  tokens: string[];
  /** The default deck's tokens: "Edit" starts a custom deck from them. */
  defaultTokens: string[];
  theme: Theme | null;
  /** The deck part of the address (slides and theme), without "?". */
  query: string;
  /** Which deck this is, whatever its theme: the slides window and speaker view match on it. */
  channelKey: string;
  notices: string[];
  slides: (RenderedSlide & { token: string })[];
}

/**
 * A deck from the page's parameters, every slide drawn on the server. The default deck's own
 * titles and takeaways apply wherever the same view in the same state appears, custom decks
 * included; other slides get the ones their view writes from the data.
 */
export function loadDeck(
  raw: Record<string, string | string[] | undefined>,
  opts?: SlideOptions,
): Deck {
  const file = getDeckData();
  const parsed = parseDeckParams(raw);
  const curated = new Map(file.slides.map((s) => [s.slide, s]));
  const defaultSpecs = parseSlideTokens(file.slides.map((s) => s.slide));
  const specs: SlideSpec[] = parsed.slides ?? defaultSpecs;
  const slides = specs.map((spec, i) => {
    const rendered = renderSlide(spec, `slide-${i + 1}-chart`, opts);
    const own = curated.get(slideToken(spec));
    return own ? { ...rendered, title: own.title, takeaway: own.takeaway } : rendered;
  });
  return {
    title: parsed.slides ? "Your deck" : file.title,
    custom: parsed.slides !== null,
    tokens: specs.map(slideToken),
    defaultTokens: defaultSpecs.map(slideToken),
    theme: parsed.theme,
    query: deckQuery(parsed.slides, parsed.theme),
    channelKey: deckQuery(parsed.slides, null),
    notices: parsed.notices,
    slides,
  };
}
