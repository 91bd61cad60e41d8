import type { Theme } from "@/lib/constants";
import {
  deckQuery,
  parseDeckParams,
  parseSlideTokens,
  slideToken,
  type SlideSpec,
} from "@/lib/deck";
import type { DebateNote } from "@/lib/schemas";
import {
  renderSlide,
  type LoadedSlideData,
  type RenderedSlide,
  type SlideData,
  type SlideOptions,
} from "./slide-views";

/*
 * Decks composed the same way on the server (the default deck, at build time) and in the
 * browser (custom decks, from the link). Zod-free and getter-free, like slide-views.
 */

/** A slide of the default deck, with the title and takeaway written for the story. */
export interface CuratedSlide {
  slide: string;
  title: string;
  takeaway: string;
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

/**
 * Draws a deck's slides. The default deck's own titles and takeaways apply wherever the same
 * view in the same state appears, custom decks included; other slides get the ones their view
 * writes from the data.
 */
export function drawSlides(
  specs: readonly SlideSpec[],
  data: LoadedSlideData,
  curated: readonly CuratedSlide[],
  opts?: SlideOptions,
): (RenderedSlide & { token: string })[] {
  const own = new Map(curated.map((s) => [s.slide, s]));
  return specs.map((spec, i) => {
    const rendered = renderSlide(spec, data, `slide-${i + 1}-chart`, opts);
    const mine = own.get(rendered.token);
    return mine ? { ...rendered, title: mine.title, takeaway: mine.takeaway } : rendered;
  });
}

/** The statics and the APIs' answers together: what the slides are drawn from. */
export function withStatics(
  statics: DeckStatics,
  fetched: Omit<LoadedSlideData, "recipients" | "syria"> & {
    syriaIssues?: SlideData["syria"]["issues"];
  },
): LoadedSlideData {
  const { syriaIssues, ...rest } = fetched;
  return {
    ...rest,
    recipients: statics.recipients,
    ...(syriaIssues ? { syria: { issues: syriaIssues, judgement: statics.syriaJudgement } } : {}),
  };
}
