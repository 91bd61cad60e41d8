import Link from "next/link";
import type { RenderedSlide } from "@/components/views/slide-views";
import { notesText } from "@/lib/views/view-model";

/** How many notes fit under a chart on a printed page (the print CSS hides the rest). */
const PRINTED_NOTES = 4;

/** Speaker notes: our rationale and the paper's words, with where they sit in the paper. */
export function SlideNotes({ slide }: { slide: RenderedSlide }) {
  if (!slide.notes.length) return <p className="text-sm">No notes for this slide.</p>;
  return (
    <ul className="slide-notes-list space-y-2 text-sm">
      {slide.notes.map((n, i) => (
        <li key={i}>
          <p className="font-semibold">{n.heading}</p>
          {n.text ? <p>{n.text}</p> : null}
          {n.quote ? (
            <blockquote className="border-l-4 border-border pl-2 italic">
              “{n.quote}”
              {n.cite ? <span className="not-italic text-muted"> — {n.cite}</span> : null}
            </blockquote>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** One slide: title, the one sentence to remember, the live chart and its source line. */
export function DeckSlide({
  slide,
  n,
  count,
  withNotes = true,
}: {
  slide: RenderedSlide;
  n: number;
  count: number;
  /** The handout's notes under the slide; the speaker view has its own notes panel instead. */
  withNotes?: boolean;
}) {
  return (
    <div
      className="slide-page flex flex-col gap-3"
      data-slide={n}
      data-title={slide.title}
      data-takeaway={slide.takeaway}
      data-source={slide.source}
      data-as-of={slide.asOf}
      // The notes as the PPTX export writes them, from the view's definition (the handout's
      // list may be left out, as in the speaker view).
      data-notes={notesText(slide.notes)}
    >
      <header>
        <p className="sr-only">
          Slide {n} of {count}
        </p>
        <h2 tabIndex={-1} className="slide-title text-3xl font-bold leading-tight">
          {slide.title}
        </h2>
        <p className="slide-takeaway mt-2 max-w-5xl text-xl leading-snug">{slide.takeaway}</p>
      </header>
      {slide.notices.length ? (
        <ul
          role="note"
          className="rounded border border-border bg-notice-bg p-2 text-sm text-notice-fg"
        >
          {slide.notices.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      <div className="slide-chart">{slide.chart}</div>
      {/* The chart's own caption is the slide's source line; this only leads back to the view. */}
      <p className="slide-source text-sm print:hidden">
        <Link href={slide.href} prefetch={false}>
          Open this view in the dashboard
        </Link>
      </p>
      {/* Printed on the handout under each slide; the speaker view shows them on screen. */}
      {withNotes ? (
        <section className="slide-notes" aria-label={`Notes for slide ${n}`}>
          <h3 className="text-base font-semibold">Notes and sources</h3>
          <SlideNotes slide={slide} />
          {slide.notes.length > PRINTED_NOTES ? (
            <p className="slide-notes-more text-xs">
              {slide.notes.length - PRINTED_NOTES} more note
              {slide.notes.length - PRINTED_NOTES > 1 ? "s" : ""} in the speaker view and at the
              slide&apos;s view in the dashboard.
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
