import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tests/e2e/chromium";
import { median } from "./server";

export type Preset = "mobile" | "desktop";

export interface LighthouseResult {
  route: string;
  preset: Preset;
  runs: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  tbtMs: number;
  cls: number;
  lcpMs: number;
  /** Audits that lost points in the median run, so a miss says why. */
  failing: string[];
}

const score = (s: number | null | undefined) => Math.round((s ?? 0) * 100);

/** Lighthouse 12 in Debian's Chromium: the median of `runs` runs per route and preset. */
export async function runLighthouse(
  base: string,
  routes: string[],
  runs: number,
): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const route of routes) {
      for (const preset of ["mobile", "desktop"] as const) {
        const samples = [];
        let discarded = 0;
        while (samples.length < runs) {
          const result = await lighthouse(
            base + route,
            {
              port: chrome.port,
              output: "json",
              logLevel: "error",
              onlyCategories: ["performance", "accessibility", "best-practices"],
            },
            preset === "desktop" ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
          const { lhr } = result;
          if (lhr.runtimeError) {
            // A run that failed to measure (e.g. no LCP recorded) is retried, not averaged in.
            console.log(`  ${route} ${preset}: run discarded (${lhr.runtimeError.code})`);
            discarded += 1;
            if (discarded > 3) throw new Error(`Lighthouse keeps failing on ${route}`);
            continue;
          }
          const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
          const failing = Object.values(lhr.categories).flatMap((cat) =>
            cat.auditRefs
              .filter((ref) => ref.weight > 0)
              .map((ref) => lhr.audits[ref.id])
              .filter((a) => a && a.score !== null && a.score < 0.9)
              .map((a) => `${cat.id}:${a?.id}`),
          );
          samples.push({
            performance: score(lhr.categories.performance?.score),
            accessibility: score(lhr.categories.accessibility?.score),
            bestPractices: score(lhr.categories["best-practices"]?.score),
            tbtMs: audit("total-blocking-time"),
            cls: audit("cumulative-layout-shift"),
            lcpMs: audit("largest-contentful-paint"),
            failing,
          });
        }
        // The median run by performance score carries the diagnostics.
        const byPerf = [...samples].sort((a, b) => a.performance - b.performance);
        const mid = byPerf[Math.floor(byPerf.length / 2)];
        results.push({
          route,
          preset,
          runs,
          performance: median(samples.map((s) => s.performance)),
          accessibility: median(samples.map((s) => s.accessibility)),
          bestPractices: median(samples.map((s) => s.bestPractices)),
          tbtMs: median(samples.map((s) => s.tbtMs)),
          cls: median(samples.map((s) => s.cls)),
          lcpMs: median(samples.map((s) => s.lcpMs)),
          failing: mid?.failing ?? [],
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
