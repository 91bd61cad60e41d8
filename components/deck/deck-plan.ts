import type { Theme } from "@/lib/constants";
import {
  deckQuery,
  parseDeckParams,
  parseSlideTokens,
  slideToken,
  type SlideSpec,
} from "@/lib/deck/deck";
import type { DebateNote } from "@/lib/data/schemas/common";
import type { SlideData } from "@/components/views/slide-views";

/*
 * A deck as its link names it, before any slide is drawn: light enough for every deck page's
 * first load (no slide function is imported here; drawing lives in deck-compose).
 */

/** A slide of the default deck, with the title and takeaway written for the story. */
export interface CuratedSlide {
  slide: string;
  title: string;
  /** Absent: the view's own takeaway, computed from the data, is the slide's. */
  takeaway?: string;
}

/**
 * What a custom deck needs that no API serves, handed to the browser by the static page: the
 * default deck's own titles and takeaways, the paper's judgement on Syria, and the ranking of
 * Russia's arms customers. All small, and fixed for a build.
 */
export interface DeckStatics {
  title: string;
  curated: CuratedSlide[];
  syriaJudgement: DebateNote;
  recipients: SlideData["recipients"];
  chartEvents: SlideData["chartEvents"];
}

/** A deck as its link describes it, before any slide is drawn. */
export interface DeckPlan {
  title: string;
  /** True when the link names its own slides; false for the default deck. */
  custom: boolean;
  specs: SlideSpec[];
  tokens: string[];
  /** The default deck's tokens: "Edit" starts a custom deck from them. */
  defaultTokens: string[];
  theme: Theme | null;
  /** The deck part of the address (slides and theme), without "?". */
  query: string;
  /** Which deck this is, whatever its theme: the slides window and speaker view match on it. */
  channelKey: string;
  /** Problems with the link's deck parameters, said rather than hidden. */
  notices: string[];
}

/** Reads a deck from page parameters: the link's own slides, or the default deck. */
export function planDeck(
  raw: Record<string, string | string[] | undefined>,
  statics: Pick<DeckStatics, "title" | "curated">,
): DeckPlan {
  const parsed = parseDeckParams(raw);
  const defaultSpecs = parseSlideTokens(statics.curated.map((s) => s.slide));
  const specs = parsed.slides ?? defaultSpecs;
  return {
    title: parsed.slides ? "Your deck" : statics.title,
    custom: parsed.slides !== null,
    specs,
    tokens: specs.map(slideToken),
    defaultTokens: defaultSpecs.map(slideToken),
    theme: parsed.theme,
    query: deckQuery(parsed.slides, parsed.theme),
    channelKey: deckQuery(parsed.slides, null),
    notices: parsed.notices,
  };
}
