import type { RenderedSlide } from "./slide-views";

/**
 * One view for another site's page: the chart in its frame (title, description, table, source
 * line, exports) and a link back to the view on the dashboard. Drawn on the server for a view's
 * default state and in the browser for a link's own state (EmbedView).
 */
export function EmbedFrame({ slide }: { slide: Pick<RenderedSlide, "chart" | "href" | "title"> }) {
  return (
    <>
      {/* The chart frame's title (an h3, as on a slide) is the visible heading; these give the
          page the outline above it that screen readers navigate by. */}
      <h1 className="sr-only">Embedded from the Russia–Iran Relations Dashboard</h1>
      <h2 className="sr-only">{slide.title}</h2>
      {slide.chart}
      <p className="mt-2 text-sm">
        <a href={slide.href} target="_blank" rel="noopener">
          Open this view in the Russia–Iran Relations Dashboard
        </a>
      </p>
    </>
  );
}
