import { describe, expect, it } from "vitest";
import { getSlideData } from "@/components/deck/deck-data";
import { renderSlide, SLIDE_NEEDS } from "@/components/views/slide-views";
import { isSlideView, SLIDE_VIEWS } from "@/lib/deck/deck";
import {
  SERIES_VIEW_IDS,
  SERIES_VIEWS,
  seriesFrameProps,
  seriesView,
} from "@/lib/views/series-views";

describe("published-data charts, each defined once", () => {
  const data = getSlideData();

  it("makes every entry a deck token and an embeddable view drawn from the series", () => {
    expect(SERIES_VIEW_IDS.length).toBeGreaterThanOrEqual(4);
    for (const id of SERIES_VIEW_IDS) {
      expect(isSlideView(id), id).toBe(true);
      expect(SLIDE_NEEDS[id], id).toBe("series");
    }
    expect(new Set(SLIDE_VIEWS).size).toBe(SLIDE_VIEWS.length);
  });

  it("gives the page and the slide the same title, and each at least one series", () => {
    for (const id of SERIES_VIEW_IDS) {
      const page = seriesFrameProps(id, data.series);
      const slide = renderSlide({ view: id, state: "" }, data, `${id}-test`);
      expect(page.series.length, id).toBeGreaterThan(0);
      expect(slide.title, id).toBe(SERIES_VIEWS[id].title);
      expect(seriesView(page.id, page.series).title, id).toBe(slide.title);
      expect(page.slide, id).toBe(id);
      expect(slide.href, id).toBe(SERIES_VIEWS[id].href);
    }
  });
});
