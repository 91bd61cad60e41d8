import autocannon from "autocannon";
import type { BenchServer } from "./server";

export interface CannonResult {
  path: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCounts: Record<string, number>;
  statuses: string;
}

export async function cannon(
  base: string,
  path: string,
  seconds: number,
  connections = 50,
): Promise<CannonResult> {
  const result = await autocannon({ url: base + path, connections, duration: seconds });
  const statusCounts = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [
      code,
      (s as { count: number }).count,
    ]),
  );
  const statuses = Object.entries(statusCounts)
    .map(([code, n]) => `${code}×${n}`)
    .join(" ");
  return {
    path,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCounts,
    statuses,
  };
}

export interface SoakResult {
  seconds: number;
  requests: number;
  errors: number;
  non2xx: number;
  p99: number;
  /** RSS samples, one a second, in MB. */
  rssMb: number[];
  /** Mean RSS of the last third against the middle third (after warm-up), in percent. */
  lateGrowthPct: number;
  bounded: boolean;
}

/**
 * A longer mixed run over every page and API route while sampling the server's memory.
 * Memory may rise while caches and JIT warm up; what must not happen is a steady climb once
 * warm, so the last third of the run is compared with the middle third.
 */
export async function soak(
  server: BenchServer,
  paths: string[],
  seconds: number,
): Promise<SoakResult> {
  const rss: number[] = [];
  const timer = setInterval(() => rss.push(server.rss() / 2 ** 20), 1000);
  const result = await autocannon({
    url: server.base,
    connections: 50,
    duration: seconds,
    requests: paths.map((path) => ({ method: "GET", path })),
  });
  clearInterval(timer);
  const third = Math.floor(rss.length / 3);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const middle = mean(rss.slice(third, 2 * third));
  const last = mean(rss.slice(2 * third));
  const lateGrowthPct = ((last - middle) / middle) * 100;
  return {
    seconds,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    p99: result.latency.p99,
    rssMb: rss,
    lateGrowthPct,
    bounded: lateGrowthPct < 10,
  };
}
