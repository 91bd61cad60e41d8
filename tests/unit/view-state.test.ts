import { FACTION_IDS } from "@/lib/constants";
import { describe, expect, it } from "vitest";
import {
  parseViewState,
  serialiseViewState,
  unknownParamNotices,
  parseBalancingState,
  parseFiguresState,
  parseTimelineState,
  serialiseFiguresState,
  serialiseTimelineState,
} from "@/lib/views/view-state";

const dims = ["alignment-with-moscow", "western-opening"];

describe("parseViewState", () => {
  it("defaults to every camp, leaners vs re-balancers, no open dimension", () => {
    const { state, notices } = parseViewState({}, dims);
    expect(state).toEqual({
      factions: [...FACTION_IDS],
      a: "russia-leaners",
      b: "re-balancers",
      dim: null,
    });
    expect(notices).toEqual([]);
  });

  it("round-trips through the URL", () => {
    const state = {
      factions: ["middle-way" as const],
      a: "middle-way" as const,
      b: "russia-leaners" as const,
      dim: "western-opening",
    };
    const params = Object.fromEntries(new URLSearchParams(serialiseViewState(state)));
    expect(parseViewState(params, dims)).toEqual({ state, notices: [] });
  });

  it("keeps an empty selection as 'none'", () => {
    const state = {
      factions: [],
      a: "russia-leaners" as const,
      b: "re-balancers" as const,
      dim: null,
    };
    const params = Object.fromEntries(new URLSearchParams(serialiseViewState(state)));
    expect(parseViewState(params, dims).state.factions).toEqual([]);
  });

  it("drops unknown factions with a notice and keeps the valid ones", () => {
    const { state, notices } = parseViewState({ factions: "middle-way,hardliners" }, dims);
    expect(state.factions).toEqual(["middle-way"]);
    expect(notices[0]).toMatch(/Unknown faction "hardliners"/);
  });

  it("falls back to all camps when no given faction is valid", () => {
    const { state, notices } = parseViewState({ factions: "<script>" }, dims);
    expect(state.factions).toEqual([...FACTION_IDS]);
    expect(notices).toHaveLength(1);
  });

  it("falls back on a bad pair or dimension, with a notice each", () => {
    const { state, notices } = parseViewState({ a: "x", b: "russia-leaners", dim: "nope" }, dims);
    expect(state.a).toBe("russia-leaners");
    expect(state.b).not.toBe("russia-leaners");
    expect(state.dim).toBeNull();
    expect(notices.length).toBe(3);
  });

  it("quietly picks another partner when only 'a' is given and it clashes with the default 'b'", () => {
    const { state, notices } = parseViewState({ a: "re-balancers" }, dims);
    expect(state.a).toBe("re-balancers");
    expect(state.b).not.toBe("re-balancers");
    expect(notices).toEqual([]);
  });

  it("warns when a link names the same faction twice", () => {
    const { notices } = parseViewState({ a: "middle-way", b: "middle-way" }, dims);
    expect(notices[0]).toMatch(/cannot be compared with itself/);
  });

  it("uses the first of repeated parameters and says so", () => {
    const { state, notices } = parseViewState({ a: ["middle-way", "re-balancers"] }, dims);
    expect(state.a).toBe("middle-way");
    expect(notices[0]).toMatch(/more than once/);
  });

  it("clips absurdly long values in notices", () => {
    const { notices } = parseViewState({ dim: "x".repeat(5000) }, dims);
    expect(notices[0]!.length).toBeLessThan(200);
  });
});

describe("unknownParamNotices", () => {
  it("names the parameters a page does not read, in one notice", () => {
    expect(unknownParamNotices({ dim: "x" }, ["dim"])).toEqual([]);
    const [notice] = unknownParamNotices({ dimm: "x", foo: ["1", "2"] }, ["dim"]);
    expect(notice).toMatch(/"dimm", "foo" were ignored\. This page reads only: dim\./);
    expect(unknownParamNotices({ q: "1" }, [])[0]).toMatch(
      /"q" was ignored\. This page takes no parameters/,
    );
  });

  it("caps a flood of parameters at five names and clips long ones", () => {
    const raw = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`p${i}${"x".repeat(60)}`, "1"]),
    );
    const notices = unknownParamNotices(raw, []);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/and 295 more/);
    expect((notices[0] ?? "").length).toBeLessThan(400);
  });

  it("is part of the comparison view's notices", () => {
    const { notices } = parseViewState({ dim: "nope", colour: "red" }, dims);
    expect(notices.some((n) => n.includes('"colour" was ignored'))).toBe(true);
  });
});

describe("parsers of the analysis pages", () => {
  it("keeps valid list items, drops unknown ones with a notice, and round-trips", () => {
    const { state, notices } = parseFiguresState(
      { kind: "deal,wishes", party: "china", compare: "x" },
      ["deal", "ratio"],
      ["china", "iran"],
      ["a", "b"],
    );
    expect(state).toEqual({ kind: ["deal"], party: ["china"], compare: [] });
    expect(notices.join(" ")).toMatch(/Unknown kind "wishes"/);
    expect(notices.join(" ")).toMatch(/Unknown compare "x"/);
    expect(serialiseFiguresState(state)).toBe("kind=deal&party=china");
  });

  it("falls back to every actor when none named is known, and reads 'none' as an empty radar", () => {
    const ids = ["israel", "turkey", "iran"];
    expect(parseBalancingState({ actors: "mars" }, ids, ["d"]).state.actors).toEqual(ids);
    expect(parseBalancingState({ actors: "none" }, ids, ["d"]).state.actors).toEqual([]);
    const { state, notices } = parseBalancingState({ dim: "zzz", extra: "1" }, ids, ["d"]);
    expect(state.dim).toBeNull();
    expect(notices).toHaveLength(2);
  });

  it("reads a timeline thread only if it exists", () => {
    const parse = (raw: Record<string, string>) =>
      parseTimelineState(raw, ["arms", "nuclear"], ["iran"], ["s-300"]);
    expect(parse({ thread: "s-300", category: "arms" }).state).toEqual({
      category: ["arms"],
      actor: null,
      thread: "s-300",
      period: null,
    });
    expect(parse({ actor: "mars" }).notices.join(" ")).toMatch(/Unknown actor "mars"/);
    // The paper's own events, or what came after it; anything else falls back with a notice.
    expect(parse({ period: "after" }).state.period).toBe("after");
    expect(serialiseTimelineState(parse({ period: "paper" }).state)).toBe("period=paper");
    expect(parse({ period: "2030" }).notices.join(" ")).toMatch(/Unknown period/);
    expect(parse({ thread: "s-400" }).state.thread).toBeNull();
    expect(serialiseTimelineState(parse({ thread: "s-300" }).state)).toBe("thread=s-300");
  });
});
