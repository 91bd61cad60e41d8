import { FACTION_IDS } from "@/lib/constants";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as factionsRoute from "@/app/api/factions/route";
import * as factionRoute from "@/app/api/factions/[id]/route";
import * as sourcesRoute from "@/app/api/sources/route";
import * as catchAll from "@/app/api/[...path]/route";
import * as indexRoute from "@/app/api/route";
import { factionSchema } from "@/lib/data/schemas/factions";
import { factionsResponseSchema, sourcesResponseSchema } from "@/lib/api/api-schemas";

const BASE = "http://localhost";
const get = (path: string, headers: HeadersInit = {}) => new Request(BASE + path, { headers });
const idCtx = (id: string) =>
  ({ params: Promise.resolve({ id }) }) as Parameters<typeof factionRoute.GET>[1];

async function expectJsonError(res: Response, status: number, pattern: RegExp) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  const body = (await res.json()) as { error: string; issues: string[] };
  expect(body.error).toMatch(pattern);
  expect(Array.isArray(body.issues)).toBe(true);
  return body;
}

describe("GET /api/factions", () => {
  it("answers dimensions and factions that satisfy the contract, with ETag and CDN cache headers", async () => {
    const res = factionsRoute.GET(get("/api/factions"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(res.headers.get("etag")).toMatch(/^".+"$/);
    expect(res.headers.get("cache-control")).toMatch(/s-maxage=\d+/);
    const body = factionsResponseSchema.parse(await res.json());
    // Every camp in the registry's order, the order the paper presents them.
    expect(body.factions.map((f) => f.id)).toEqual([...FACTION_IDS]);
    expect(body.dimensions.length).toBeGreaterThanOrEqual(8);
  });

  it("answers 304 when the client already has the current version", async () => {
    const first = factionsRoute.GET(get("/api/factions"));
    const etag = first.headers.get("etag") ?? "";
    const again = factionsRoute.GET(get("/api/factions", { "If-None-Match": etag }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const stale = factionsRoute.GET(get("/api/factions", { "If-None-Match": '"old"' }));
    expect(stale.status).toBe(200);
  });

  it("filters by ids", async () => {
    const res = factionsRoute.GET(get("/api/factions?ids=middle-way,re-balancers"));
    const body = factionsResponseSchema.parse(await res.json());
    expect(body.factions.map((f) => f.id)).toEqual(["re-balancers", "middle-way"]);
  });

  it("rejects an unknown faction id with the valid ones listed", async () => {
    const body = await expectJsonError(
      factionsRoute.GET(get("/api/factions?ids=hardliners")),
      400,
      /Unknown faction id "hardliners"/,
    );
    expect(body.error).toContain("russia-leaners");
  });

  it("rejects an empty list, an unknown parameter and a repeated one", async () => {
    await expectJsonError(factionsRoute.GET(get("/api/factions?ids=")), 400, /empty/);
    await expectJsonError(
      factionsRoute.GET(get("/api/factions?sort=asc")),
      400,
      /Unknown parameter "sort".*accepts: ids/,
    );
    await expectJsonError(
      factionsRoute.GET(get("/api/factions?ids=middle-way&ids=re-balancers")),
      400,
      /given 2 times/,
    );
  });
});

describe("GET /api/factions/{id}", () => {
  it("answers one faction", async () => {
    const res = await factionRoute.GET(get("/api/factions/middle-way"), idCtx("middle-way"));
    expect(res.status).toBe(200);
    const body = factionSchema.parse(await res.json());
    expect(body.id).toBe("middle-way");
    expect(body.people.map((p) => p.name)).toContain("Ali Larijani");
  });

  it("answers 404 for an unknown id, naming the valid ones", async () => {
    const res = await factionRoute.GET(get("/api/factions/..%2F..%2Fetc"), idCtx("../../etc"));
    const body = await expectJsonError(res, 404, /No faction with id/);
    expect(body.issues.join(" ")).toContain("re-balancers");
  });

  it("rejects query parameters it does not take", async () => {
    await expectJsonError(
      await factionRoute.GET(get("/api/factions/middle-way?x=1"), idCtx("middle-way")),
      400,
      /takes no query parameters/,
    );
  });
});

describe("GET /api/sources", () => {
  it("answers all 99 footnotes", async () => {
    const body = sourcesResponseSchema.parse(await sourcesRoute.GET(get("/api/sources")).json());
    expect(body.footnotes).toHaveLength(99);
  });

  it("filters by number and by missing", async () => {
    const some = sourcesResponseSchema.parse(
      await sourcesRoute.GET(get("/api/sources?number=60,79")).json(),
    );
    expect(some.footnotes.map((f) => f.number)).toEqual([60, 79]);
    expect(some.footnotes[0]?.url).toMatch(/^http/);
    const missing = sourcesResponseSchema.parse(
      await sourcesRoute.GET(get("/api/sources?missing=true")).json(),
    );
    expect(missing.footnotes.map((f) => f.number)).toEqual([72, 73]);
  });

  it("rejects malformed numbers and flags", async () => {
    await expectJsonError(
      sourcesRoute.GET(get("/api/sources?number=abc")),
      400,
      /footnote numbers from 1 to 99/,
    );
    await expectJsonError(sourcesRoute.GET(get("/api/sources?number=100")), 400, /1 to 99/);
    await expectJsonError(
      sourcesRoute.GET(get("/api/sources?missing=yes")),
      400,
      /"true" or "false"/,
    );
  });
});

describe("unknown API paths", () => {
  it("answer 404 in JSON", async () => {
    await expectJsonError(catchAll.GET(), 404, /No such API endpoint/);
  });
});

describe("GET /api", () => {
  it("lists every endpoint, and the JSON 404 for unknown paths points to it", async () => {
    const res = indexRoute.GET(get("/api"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { endpoints: { path: string }[] };
    // Every route handler on disk (bar the index and the catch-all) is listed, so a new
    // endpoint cannot ship undocumented.
    const onDisk = readdirSync("app/api", { recursive: true })
      .map(String)
      .filter((f) => f.endsWith("route.ts") && f !== "route.ts" && !f.includes("[..."))
      .map((f) => `/api/${f.replace(/\/?route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}")}`)
      .sort();
    expect(body.endpoints.map((e) => e.path).sort()).toEqual(onDisk);
    expect(onDisk).toContain("/api/timeline");
    const notFound = catchAll.GET();
    // Unknown stays unknown until the next build, so a CDN may keep the 404 too.
    expect(notFound.headers.get("cache-control")).toMatch(/s-maxage=\d+/);
    const missing = await expectJsonError(notFound, 404, /No such API endpoint/);
    expect(missing.issues.join(" ")).toContain("/api/sources");
  });
});

describe("answer cache", () => {
  it("serves the same bytes for the same address and different ones for a different query", async () => {
    const a = await factionsRoute.GET(get("/api/factions?ids=middle-way")).text();
    const b = await factionsRoute.GET(get("/api/factions?ids=middle-way")).text();
    const c = await factionsRoute.GET(get("/api/factions?ids=re-balancers")).text();
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(factionsResponseSchema.parse(JSON.parse(c)).factions.map((f) => f.id)).toEqual([
      "re-balancers",
    ]);
  });
});
