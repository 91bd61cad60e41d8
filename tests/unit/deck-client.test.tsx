import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { runtimeImports } from "./import-graph";
import * as balancingRoute from "@/app/api/balancing/route";
import * as factionsRoute from "@/app/api/factions/route";
import * as figuresRoute from "@/app/api/figures/route";
import * as seriesRoute from "@/app/api/series/route";
import * as syriaRoute from "@/app/api/syria/route";
import * as timelineRoute from "@/app/api/timeline/route";
import * as outcomesRoute from "@/app/api/outcomes/route";
import * as armsDealsRoute from "@/app/api/arms-deals/route";
import {
  AUDIENCE_SLIDES,
  drawSlides,
  planDeck,
  SPEAKER_SLIDES,
  withStatics,
} from "@/components/deck/deck-compose";
import { getDeckStatics, getSlideData, loadDefaultDeck } from "@/components/deck/deck-data";
import { SLIDE_API } from "@/components/deck/deck-loader";
import {
  renderSlide,
  SLIDE_NEEDS,
  slideSources,
  type LoadedSlideData,
  type RenderedSlide,
} from "@/components/views/slide-views";
import {
  armsDealsResponseSchema,
  balancingResponseSchema,
  factionsResponseSchema,
  figuresResponseSchema,
  seriesResponseSchema,
  syriaResponseSchema,
  timelineResponseSchema,
  outcomesResponseSchema,
} from "@/lib/api/api-schemas";
import { parseSlideTokens, SLIDE_VIEWS } from "@/lib/deck/deck";

/*
 * The deck's two paths: the server draws the default deck from the data files at build time;
 * the browser draws custom decks from the API's answers. Same functions, so the same slides.
 */

const statics = getDeckStatics();
const serverData = getSlideData(statics);

/** The slide data as the browser assembles it: the API's JSON answers, and the statics. */
async function browserData(): Promise<LoadedSlideData> {
  const get = async (route: { GET: (r: Request) => Response }, url: string) => {
    const res = route.GET(new Request(`http://localhost${url}`));
    expect(res.status, url).toBe(200);
    // Through JSON, as over the wire: nothing but what the API serialises.
    return (await res.json()) as unknown;
  };
  const factions = factionsResponseSchema.parse(await get(factionsRoute, SLIDE_API.factions));
  const balancing = balancingResponseSchema.parse(await get(balancingRoute, SLIDE_API.balancing));
  const figures = figuresResponseSchema.parse(await get(figuresRoute, SLIDE_API.figures));
  const series = seriesResponseSchema.parse(await get(seriesRoute, SLIDE_API.series));
  const syria = syriaResponseSchema.parse(await get(syriaRoute, SLIDE_API.syria));
  const timeline = timelineResponseSchema.parse(await get(timelineRoute, SLIDE_API.timeline));
  const outcomes = outcomesResponseSchema.parse(await get(outcomesRoute, SLIDE_API.outcomes));
  const armsDeals = armsDealsResponseSchema.parse(await get(armsDealsRoute, SLIDE_API.armsDeals));
  return withStatics(statics, {
    armsDeals,
    factions,
    balancing,
    figures: figures.figures,
    series: series.series,
    syriaIssues: syria.issues,
    timeline: timeline.events,
    outcomes: outcomes.outcomes,
  });
}

/** Everything a slide says, and its chart as markup. */
const described = (s: RenderedSlide) => ({
  title: s.title,
  takeaway: s.takeaway,
  source: s.source,
  asOf: s.asOf,
  href: s.href,
  notes: s.notes,
  notices: s.notices,
  chart: renderToStaticMarkup(<>{s.chart}</>),
});

const EVERY_VIEW = SLIDE_VIEWS.map((view) => ({ view, state: "" }));

describe("slides drawn in the browser from the API", () => {
  it("are the slides the server draws from the data files, chart included", async () => {
    const fromApi = await browserData();
    const specs = [...planDeck({}, statics).specs, ...EVERY_VIEW];
    const server = drawSlides(specs, serverData, statics.curated);
    const browser = drawSlides(specs, fromApi, statics.curated);
    expect(browser.map(described)).toEqual(server.map(described));
  });

  it("need only the part of the data SLIDE_NEEDS names for their view", () => {
    for (const view of SLIDE_VIEWS) {
      const part = SLIDE_NEEDS[view];
      const only: LoadedSlideData = { [part]: serverData[part] };
      const slide = renderSlide({ view, state: "" }, only, "t");
      expect(slide.title, view).toMatch(/\S/);
      expect(slide.notices, view).toEqual([]);
      // And fail loudly, never draw an empty slide, without it.
      expect(() => renderSlide({ view, state: "" }, {}, "t"), view).toThrow(part);
    }
  });

  it("fetch each part a deck needs once, and only those", () => {
    const specs = parseSlideTokens(["camps", "camp-gap?a=middle-way", "syria", "arms-recipients"]);
    expect(slideSources(specs)).toEqual(["factions", "syria", "recipients"]);
    // Every part but the statics has its endpoint.
    const fetched = new Set(Object.keys(SLIDE_API));
    for (const view of SLIDE_VIEWS) {
      const part = SLIDE_NEEDS[view];
      if (part !== "recipients") expect(fetched.has(part), view).toBe(true);
    }
  });
});

describe("planDeck", () => {
  it("plays the default deck without slide parameters, whatever the theme", () => {
    const plan = planDeck({ theme: "projector" }, statics);
    expect(plan.custom).toBe(false);
    expect(plan.title).toBe(statics.title);
    expect(plan.tokens).toEqual(statics.curated.map((s) => s.slide));
    expect(plan.tokens).toEqual(plan.defaultTokens);
    expect(plan.theme).toBe("projector");
    expect(plan.query).toBe("theme=projector");
    expect(plan.channelKey).toBe("");
    expect(plan.notices).toEqual([]);
  });

  it("reads a link's own deck, drops what it cannot show and says why", () => {
    const plan = planDeck(
      { slide: ["syria", "nonsense", "camps"], theme: "neon", zz: "1" },
      statics,
    );
    expect(plan.custom).toBe(true);
    expect(plan.title).toBe("Your deck");
    expect(plan.tokens).toEqual(["syria", "camps"]);
    expect(plan.theme).toBeNull();
    // The theme is not part of which deck it is: the speaker view follows it through a change.
    expect(plan.query).toBe("slide=syria&slide=camps");
    expect(plan.channelKey).toBe(plan.query);
    expect(plan.notices.join(" ")).toMatch(/1 slide in the link could not be shown/);
    expect(plan.notices.join(" ")).toMatch(/Unknown theme/);
    expect(plan.notices.join(" ")).toMatch(/"zz" was ignored/);
  });

  it("falls back to the default deck, with the notice, when no slide in the link is real", () => {
    const plan = planDeck({ slide: ["nonsense"] }, statics);
    expect(plan.custom).toBe(false);
    expect(plan.notices).toHaveLength(1);
  });
});

describe("drawSlides", () => {
  it("gives a custom deck's slide the default deck's own title where the view and state match", () => {
    const [camps, gap] = drawSlides(
      parseSlideTokens(["camps", "camp-gap?a=middle-way&b=re-balancers"]),
      serverData,
      statics.curated,
    );
    const curated = statics.curated.find((s) => s.slide === "camps");
    expect(camps?.title).toBe(curated?.title);
    expect(camps?.takeaway).toBe(curated?.takeaway);
    // Another state of a curated view writes its own title from the data.
    expect(gap?.title).toBe("Where the middle way and the re-balancers differ");
  });

  it("numbers the charts by slide, so a deck's ids never collide", () => {
    const { slides } = loadDefaultDeck();
    const markup = slides.map((s) => renderToStaticMarkup(<>{s.chart}</>));
    markup.forEach((m, i) => expect(m).toContain(`slide-${i + 1}-chart`));
  });

  it("passes the speaker view's slide layout alone to every chart", () => {
    const { slides } = loadDefaultDeck(SPEAKER_SLIDES);
    const markup = slides.map((s) => renderToStaticMarkup(<>{s.chart}</>)).join("");
    expect(markup).not.toMatch(/bar-compact|radar-compact/);
    expect(markup).toContain('data-layout="slide"');
  });

  it("draws the audience's radars and bars in the slide layout, beside the phone one", () => {
    // What /present draws; an embed (no options) keeps the dashboard's layouts.
    const embedded = loadDefaultDeck()
      .slides.map((s) => renderToStaticMarkup(<>{s.chart}</>))
      .join("");
    expect(embedded).toMatch(/viewBox="0 0 640 /);
    expect(embedded).not.toContain('data-layout="slide"');
    const { slides } = loadDefaultDeck(AUDIENCE_SLIDES);
    const markup = slides.map((s) => renderToStaticMarkup(<>{s.chart}</>)).join("");
    // Slide 1 is the camps' radar and slide 2 the camps' gaps as bars (data/deck.json).
    expect(markup).toMatch(/<svg class="radar-surface radar-wide"[^>]*data-layout="slide"/);
    expect(markup).toMatch(/radar-compact/);
    expect(markup).toMatch(/<svg class="bar-surface bar-wide"[^>]*data-layout="slide"/);
    expect(markup).toMatch(/bar-compact/);
    expect(markup).not.toMatch(/viewBox="0 0 640 /);
  });
});

describe("the deck's browser code", () => {
  it("never loads Zod, the file system or a data getter", () => {
    // The deck pages, the custom decks they load on demand, and the embeds.
    const reached = new Map(
      [
        "components/deck/deck-client.tsx",
        "components/deck/speaker-client.tsx",
        "components/deck/deck-custom.tsx",
        "components/views/embed-view.tsx",
      ].flatMap((entry) => [...runtimeImports(entry).entries()]),
    );
    // The walk found the deck's own modules, so a pass means something.
    const names = [...reached.keys()].map((f) => path.relative(process.cwd(), f));
    expect(names).toEqual(
      expect.arrayContaining([
        "components/views/slide-views.tsx",
        "components/deck/deck-loader.tsx",
        "components/deck/deck-player.tsx",
        "lib/deck/deck.ts",
      ]),
    );
    const forbidden =
      /^(zod|node:.*|fs|path|server-only)$|^lib\/(data\/(schemas\/[a-z-]+|datasets|define-dataset|load-dataset|factions|balancing|figures|syria|timeline|external-data|sources|page-data)|api\/(api|api-schemas)|deck\/(deck-content|deck-schema))\.ts$|^components\/deck\/deck-(data|route)\.tsx$/;
    const bad = [...reached.entries()]
      .filter(([file]) => forbidden.test(path.relative(process.cwd(), file) || file))
      .map(([, chain]) => chain.join(" → "));
    expect(bad).toEqual([]);
  });
});
