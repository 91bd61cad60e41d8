import type { SlideSpec } from "@/lib/deck/deck";
import type { CuratedSlide, DeckStatics } from "./deck-plan";
import {
  renderSlide,
  type LoadedSlideData,
  type RenderedSlide,
  type SlideData,
  type SlideOptions,
} from "@/components/views/slide-views";

export { planDeck } from "./deck-plan";
export type { CuratedSlide, DeckPlan, DeckStatics } from "./deck-plan";

/*
 * Decks composed the same way on the server (the default deck, at build time) and in the
 * browser (custom decks, from the link). Zod-free and getter-free, like slide-views.
 */

/**
 * The audience's slides draw their charts in the slide layout (sized for a slide's short, wide
 * chart box) beside the phone one; embeds, which share the slide functions, keep the page ones.
 */
export const AUDIENCE_SLIDES: SlideOptions = { layouts: "slide" };
/**
 * The speaker view is a laptop's window: the slide layout alone, which halves the drawing the
 * page brings for charts that have a phone layout too.
 */
export const SPEAKER_SLIDES: SlideOptions = { layouts: "slide-only" };

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
    return mine
      ? { ...rendered, title: mine.title, takeaway: mine.takeaway ?? rendered.takeaway }
      : rendered;
  });
}

/** The statics and the APIs' answers together: what the slides are drawn from. */
export function withStatics(
  statics: DeckStatics,
  fetched: Omit<LoadedSlideData, "recipients" | "syria" | "chartEvents"> & {
    syriaIssues?: SlideData["syria"]["issues"];
  },
): LoadedSlideData {
  const { syriaIssues, ...rest } = fetched;
  return {
    ...rest,
    recipients: statics.recipients,
    chartEvents: statics.chartEvents,
    ...(syriaIssues ? { syria: { issues: syriaIssues, judgement: statics.syriaJudgement } } : {}),
  };
}
