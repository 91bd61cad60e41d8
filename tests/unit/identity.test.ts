import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CAMPS, identity, identityCss, IDENTITIES, PARTIES } from "@/lib/identity";
import { counterpartOf } from "@/lib/data/parties";

const read = (file: string) => JSON.parse(readFileSync(`data/${file}`, "utf8"));
const factions = read("factions.json") as {
  factions: { id: string; name: string; shortName: string }[];
};
const balancing = read("balancing.json") as {
  actors: { id: string; name: string }[];
  reference: { id: string; name: string };
};
const series = read("series.json") as { series: { id: string; parties: string[] }[] };
const figures = read("figures.json") as { figures: { id: string; parties: string[] }[] };
const timeline = read("timeline.json") as { events: { id: string; actors: string[] }[] };
const recipients = read("arms-recipients.json") as {
  supplier: string;
  recipients: { id: string; party?: string }[];
};

/** Every id a dataset uses for a camp, actor or country, with where it was found. */
const named: [string, string][] = [
  ...factions.factions.map((f) => [f.id, "factions.json"] as [string, string]),
  ...[...balancing.actors, balancing.reference].map(
    (a) => [a.id, "balancing.json"] as [string, string],
  ),
  ...series.series.flatMap((s) => s.parties.map((p) => [p, `series ${s.id}`] as [string, string])),
  ...figures.figures.flatMap((f) =>
    f.parties.map((p) => [p, `figure ${f.id}`] as [string, string]),
  ),
  ...timeline.events.flatMap((e) => e.actors.map((a) => [a, `event ${e.id}`] as [string, string])),
  [recipients.supplier, "arms-recipients.json supplier"],
  ...recipients.recipients.flatMap((r) =>
    r.party ? [[r.party, `recipient ${r.id}`] as [string, string]] : [],
  ),
];

/** Every id drawn as a series of its own: it needs a colour per theme, a marker and a dash. */
const drawn = [
  ...factions.factions.map((f) => f.id),
  ...balancing.actors.map((a) => a.id),
  balancing.reference.id,
  ...series.series.map((s) => counterpartOf(s.parties)),
  ...figures.figures.map((f) => counterpartOf(f.parties)),
];

/** WCAG relative luminance contrast between two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe("identity registry", () => {
  it("has an entry for every camp, actor and country any dataset names", () => {
    const missing = named.filter(([id]) => !identity(id)).map(([id, where]) => `${id} (${where})`);
    expect(missing).toEqual([]);
    // The check has something to check: every dataset contributes ids.
    expect(new Set(named.map(([, where]) => where.split(" ")[0])).size).toBeGreaterThan(5);
  });

  it("gives everything drawn as a series a colour in each theme, a marker and distinct looks within a chart", () => {
    const bare = [...new Set(drawn)].filter((id) => !identity(id)?.look);
    expect(bare).toEqual([]);
    // Within one chart no two series may look alike: the camps, and the balancing actors.
    for (const group of [
      factions.factions.map((f) => f.id),
      [...balancing.actors.map((a) => a.id), balancing.reference.id],
    ]) {
      const looks = group.map((id) => {
        const look = identity(id)?.look;
        return `${look?.colour.light}|${look?.marker}|${look?.dash ?? ""}`;
      });
      expect(new Set(looks).size, group.join(", ")).toBe(group.length);
    }
  });

  it("agrees with the names the datasets print", () => {
    for (const f of factions.factions) {
      expect(identity(f.id)?.name, f.id).toBe(f.name);
      expect(identity(f.id)?.short, f.id).toBe(f.shortName);
    }
    for (const a of [...balancing.actors, balancing.reference]) {
      expect(identity(a.id)?.name, a.id).toBe(a.name);
    }
  });

  it("keeps series colours legible: 3:1 against the page in every theme, 4.5:1 on the projector", () => {
    const pages = { light: "#ffffff", dark: "#111318", projector: "#ffffff" } as const;
    for (const [id, entry] of Object.entries(IDENTITIES)) {
      if (!entry.look) continue;
      for (const theme of ["light", "dark", "projector"] as const) {
        const ratio = contrast(entry.look.colour[theme], pages[theme]);
        expect(ratio, `${id} in ${theme}`).toBeGreaterThanOrEqual(theme === "projector" ? 4.5 : 3);
      }
    }
  });

  it("generates one CSS variable per drawn entity and theme, and nothing for the rest", () => {
    const css = identityCss();
    const blocks = css.split("\n");
    expect(blocks).toHaveLength(3);
    const withLook = Object.entries(IDENTITIES).filter(([, e]) => e.look);
    for (const block of blocks) {
      expect(block.match(/--color-[\w-]+:/g)).toHaveLength(withLook.length);
    }
    expect(css).toContain(`--color-re-balancers:${CAMPS["re-balancers"].look.colour.dark}`);
    expect(css).not.toContain("--color-hezbollah");
    expect(Object.keys(PARTIES)).not.toContain("russia-leaners");
  });
});
