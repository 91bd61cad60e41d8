import { spawn, spawnSync } from "node:child_process";

/** The production server, started exactly as `npm start` starts it. */
export interface BenchServer {
  base: string;
  /** Resident memory of the server's whole process group, in bytes. */
  rss(): number;
  stop(): void;
}

export function build(): void {
  const result = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export async function startServer(port: number): Promise<BenchServer> {
  const child = spawn(
    "node",
    [
      "--import",
      "./server/early-guard.mjs",
      "node_modules/next/dist/bin/next",
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    { stdio: "ignore", detached: true, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } },
  );
  const pgid = child.pid;
  if (!pgid) throw new Error("the server did not start");
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-pgid);
    } catch {
      // already gone
    }
  };
  process.on("exit", stop);
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`${base}/api/factions`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base,
    stop,
    rss() {
      const ps = spawnSync("ps", ["-o", "rss=", "-g", String(pgid)], { encoding: "utf8" });
      return ps.stdout
        .split("\n")
        .map((l) => Number(l.trim()) * 1024)
        .filter((n) => Number.isFinite(n))
        .reduce((a, b) => a + b, 0);
    },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (!sorted.length) return NaN;
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Prints rows as an aligned plain-text table (readable in a terminal and in a CI log). */
export function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}
