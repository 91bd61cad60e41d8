import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The app's routes as the production build lists them, so every gate (axe, keyboard walk,
 * security headers, robustness, bench) covers a new page the moment it is built, without
 * anyone remembering to add it to a list.
 */
function manifestRoutes(): string[] {
  const file = path.join(process.cwd(), ".next", "app-path-routes-manifest.json");
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new Error(`No build found at ${file}: run "npm run build" before the browser tests.`);
  }
  if (!parsed || typeof parsed !== "object") throw new Error(`${file} is not a route map`);
  return [...new Set(Object.values(parsed as Record<string, string>))].sort();
}

const ROUTES = manifestRoutes();

/** Every page a reader can open: no framework internals, API, dynamic segment or file (icon). */
export const PAGE_ROUTES = ROUTES.filter(
  (r) => !r.startsWith("/_") && !r.startsWith("/api") && !r.includes("[") && !/\.\w+$/.test(r),
);

/** Pages with a dynamic child (/present → /present/[n]): any segment below them is a real page. */
export const PAGES_WITH_DYNAMIC_CHILDREN = PAGE_ROUTES.filter((p) =>
  ROUTES.some((r) => r.startsWith(`${p}/[`)),
);

/** Embeddable views (a dynamic route, one page per view): a chart of each kind and a state. */
export const EMBED_SAMPLES = ROUTES.includes("/embed/[view]")
  ? [
      "/embed/camps",
      "/embed/trade-exports",
      "/embed/syria",
      "/embed/camps?factions=middle-way",
      "/embed/ledger",
    ]
  : [];

/** Every API route, with dynamic segments left as `[name]` / `[...name]`. */
export const API_ROUTES = ROUTES.filter((r) => r === "/api" || r.startsWith("/api/"));

/**
 * One concrete address per API route: dynamic segments filled with a real id, the catch-all
 * with a path that does not exist (it exists to answer JSON 404s).
 */
export const API_SAMPLES = API_ROUTES.map((r) => ({
  path: r.replace(/\[\.\.\.[^\]]+\]/g, "no/such/thing").replace(/\[[^\]]+\]/g, "middle-way"),
  expectedStatus: r.includes("[...") ? 404 : 200,
}));

/**
 * Extra states worth scanning beyond each page's default view (open panels, filters).
 * Pages not listed here are still covered in their default state.
 */
export const PAGE_STATES: Record<string, string[]> = {
  "/factions": ["/factions?dim=distrust-of-russia&a=middle-way&b=re-balancers"],
  "/balancing": ["/balancing?dim=friction-with-iran&actors=israel,iran"],
  "/figures": [
    "/figures?kind=deal&compare=russia-iran-deals-2016,china-iran-trade-target",
    // The arms chart on the older release and the deals of the older register.
    "/figures?arms=sipri-at-2022&deals=sipri-at-2025",
  ],
  "/timeline": ["/timeline?thread=s-300"],
  "/ledger": ["/ledger?verdict=not-anticipated,mixed"],
  // Slides in the projector theme chosen by the deck's link, a custom deck, a bar-chart slide.
  "/present": [
    "/present/5?theme=projector",
    "/present/2?slide=camps&slide=balancing-bar%3Fbar%3Deconomic-stakes&theme=projector",
  ],
};

export { THEMES } from "../../lib/constants";
