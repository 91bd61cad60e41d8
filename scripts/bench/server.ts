import path from "node:path";
import { spawn, spawnSync } from "node:child_process";

/** A production server: plain `next start` (the app's, or the floor app's in its own folder). */
export interface BenchServer {
  base: string;
  /** Resident memory of the server's whole process group, in bytes. */
  rss(): number;
  /** Ends the server's process group and resolves once it has exited and freed its port. */
  stop(): Promise<void>;
}

/** `npm run build`: `next build`, then the CSP manifest the pages' policies come from. */
export function build(): void {
  const result = spawnSync("npm", ["run", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** True when something already answers HTTP on the address. */
async function answers(base: string): Promise<boolean> {
  try {
    await fetch(base, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

export async function startServer(
  port: number,
  opts: { cwd?: string; readyPath?: string } = {},
): Promise<BenchServer> {
  const base = `http://127.0.0.1:${port}`;
  // A server left on the port (a stray one, or the previous bench server still shutting down)
  // would answer in place of this build's server and every figure would measure the wrong
  // process, so wait for the port to free up and refuse to go on if it does not.
  for (let i = 0; (await answers(base)) && i < 20; i += 1) {
    if (i === 19) {
      throw new Error(`port ${port} is already in use by another server: stop it and run again`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const child = spawn(
    "node",
    [
      path.resolve("node_modules/next/dist/bin/next"),
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: opts.cwd,
      stdio: "ignore",
      detached: true,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  const pgid = child.pid;
  if (!pgid) throw new Error("the server did not start");
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pgid, signal);
    } catch {
      // already gone
    }
  };
  const stop = async () => {
    kill("SIGTERM");
    // Next drains open keep-alive connections before it exits; do not wait for ever.
    for (let i = 0; i < 50 && !exited; i += 1) await new Promise((r) => setTimeout(r, 100));
    if (!exited) kill("SIGKILL");
    for (let i = 0; i < 20 && !exited; i += 1) await new Promise((r) => setTimeout(r, 100));
  };
  process.on("exit", () => kill("SIGKILL"));
  let ready = false;
  for (let i = 0; i < 120 && !ready && !exited; i += 1) {
    try {
      ready = (await fetch(`${base}${opts.readyPath ?? "/api/factions"}`)).ok;
    } catch {
      // not up yet
    }
    if (!ready) await new Promise((r) => setTimeout(r, 500));
  }
  if (!ready || exited) {
    await stop();
    throw new Error(`the server on port ${port} did not start (exited: ${exited})`);
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
