import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Runtime imports (type-only ones are erased) reachable from a module, following the app's own
 * files. Enough for this check: the project's imports are all static and one per statement.
 */
export function runtimeImports(entry: string): Map<string, string[]> {
  const root = process.cwd();
  const seen = new Map<string, string[]>();
  const queue: [string, string[]][] = [[path.join(root, entry), [entry]]];
  const resolve = (from: string, spec: string): string | null => {
    const base = spec.startsWith("@/")
      ? path.join(root, spec.slice(2))
      : spec.startsWith(".")
        ? path.join(path.dirname(from), spec)
        : null;
    if (!base) return null;
    for (const ext of [".ts", ".tsx", ".mjs", "/index.ts"]) {
      if (existsSync(base + ext)) return base + ext;
    }
    return existsSync(base) ? base : null;
  };
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [file, chain] = next;
    if (seen.has(file)) continue;
    seen.set(file, chain);
    const source = readFileSync(file, "utf8");
    const statements = source.matchAll(
      /^\s*(?:import|export)\s+(type\s+)?([^;]*?)\s*from\s+["']([^"']+)["']/gms,
    );
    for (const [, typeOnly, clause = "", spec = ""] of statements) {
      const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
      const onlyTypes =
        names !== undefined &&
        names
          .split(",")
          .map((n) => n.trim())
          .filter(Boolean)
          .every((n) => n.startsWith("type "));
      if (typeOnly || onlyTypes) continue;
      const target = resolve(file, spec);
      const name = target ? path.relative(root, target) : spec;
      if (target) queue.push([target, [...chain, name]]);
      else seen.set(spec, [...chain, spec]);
    }
  }
  return seen;
}
