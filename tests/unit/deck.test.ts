import { describe, expect, it } from "vitest";
import {
  deckQuery,
  MAX_DECK_SLIDES,
  moveSlide,
  parseDeckParams,
  parseSlideNumber,
  parseSlideToken,
  readDeckEditorNote,
  readDeckUndo,
  readStoredDeck,
  replacesSavedDeck,
  slideCount,
  slideHref,
  slideToken,
  storedDeckValue,
} from "@/lib/deck/deck";
import { deckKeyAction, nextIndex } from "@/lib/deck/deck-keys";
import { clock } from "@/components/deck/speaker-view";

describe("slide tokens", () => {
  it("round-trip a view with its URL state", () => {
    const spec = { view: "camps" as const, state: "factions=russia-leaners,middle-way" };
    expect(parseSlideToken(slideToken(spec))).toEqual({ spec });
    expect(parseSlideToken("syria")).toEqual({ spec: { view: "syria", state: "" } });
  });

  it("refuse unknown views and overlong state with a reason", () => {
    expect(parseSlideToken("../../etc/passwd")).toEqual({
      error: expect.stringMatching(/unknown view/),
    });
    expect(parseSlideToken(`camps?${"x".repeat(500)}`)).toEqual({
      error: expect.stringMatching(/too long/),
    });
  });
});

describe("parseDeckParams", () => {
  it("plays the default deck when the link names no slides", () => {
    expect(parseDeckParams({})).toEqual({ slides: null, theme: null, notices: [] });
  });

  it("keeps the good slides of a link in order, and says which were dropped", () => {
    const { slides, notices } = parseDeckParams({
      slide: ["figures?kind=deal", "bogus", "syria"],
      theme: "projector",
    });
    expect(slides?.map(slideToken)).toEqual(["figures?kind=deal", "syria"]);
    expect(notices.join(" ")).toMatch(
      /1 slide in the link could not be shown \(unknown view "bogus"\)/,
    );
  });

  it("falls back to the default deck, with a notice, when no slide of the link is usable", () => {
    const { slides, notices } = parseDeckParams({ slide: ["nope"] });
    expect(slides).toBeNull();
    expect(notices).toHaveLength(1);
  });

  it("caps a deck at its maximum length and rejects unknown themes and parameters", () => {
    const { slides, theme, notices } = parseDeckParams({
      slide: Array.from({ length: MAX_DECK_SLIDES + 5 }, () => "camps"),
      theme: "neon",
      colour: "red",
    });
    expect(slides).toHaveLength(MAX_DECK_SLIDES);
    expect(theme).toBeNull();
    expect(notices.join(" ")).toMatch(/at most 40/);
    expect(notices.join(" ")).toMatch(/Unknown theme/);
    expect(notices.join(" ")).toMatch(/"colour" was ignored/);
  });

  it("serialises back to the same link", () => {
    const raw = { slide: ["camps?factions=middle-way", "milex"], theme: "dark" };
    const { slides, theme } = parseDeckParams(raw);
    const query = deckQuery(slides, theme);
    expect(new URLSearchParams(query).getAll("slide")).toEqual(raw.slide);
    expect(slideHref(2, query)).toBe(`/present/2?${query}`);
    expect(slideHref(1, "")).toBe("/present/1");
  });
});

describe("parseSlideNumber", () => {
  it("opens the slide asked for, or the nearest real one with a reason", () => {
    expect(parseSlideNumber(undefined, 9)).toEqual({ index: 0, notice: null });
    expect(parseSlideNumber("4", 9)).toEqual({ index: 3, notice: null });
    expect(parseSlideNumber("12", 9)).toEqual({
      index: 8,
      notice: expect.stringMatching(/9 slides/),
    });
    expect(parseSlideNumber("0", 9).index).toBe(0);
    expect(parseSlideNumber("-1", 9).notice).toMatch(/not a slide number/);
    expect(parseSlideNumber("1e3", 9).notice).toMatch(/not a slide number/);
    expect(parseSlideNumber("99999999999", 9).notice).toMatch(/not a slide number/);
  });
});

describe("moveSlide", () => {
  it("moves one slide and keeps the rest in order, within the deck", () => {
    expect(moveSlide(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveSlide(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveSlide(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveSlide(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });
});

describe("readStoredDeck", () => {
  it("reads what storedDeckValue wrote and drops anything it cannot trust", () => {
    const slides = [{ view: "syria" as const, state: "" }];
    expect(readStoredDeck(storedDeckValue(slides))).toEqual(slides);
    expect(readStoredDeck(null)).toEqual([]);
    expect(readStoredDeck("{not json")).toEqual([]);
    expect(readStoredDeck('{"a":1}')).toEqual([]);
    expect(readStoredDeck('["syria", 3, "bogus", "milex"]').map(slideToken)).toEqual([
      "syria",
      "milex",
    ]);
  });
});

describe("deck keys", () => {
  const press = (key: string, extra: Partial<Parameters<typeof deckKeyAction>[0]> = {}) =>
    deckKeyAction({ key, ...extra }, "", 9);

  it("moves forward on the keys clickers send, and back on their opposites", () => {
    for (const key of ["ArrowRight", "PageDown", " ", "ArrowDown"])
      expect(press(key)).toEqual({ type: "next" });
    for (const key of ["ArrowLeft", "PageUp", "ArrowUp"])
      expect(press(key)).toEqual({ type: "prev" });
    expect(press(" ", { shiftKey: true })).toEqual({ type: "prev" });
    expect(press("Home")).toEqual({ type: "first" });
    expect(press("End")).toEqual({ type: "last" });
    expect(press("f")).toEqual({ type: "fullscreen" });
    expect(press("Escape")).toEqual({ type: "exit-fullscreen" });
  });

  it("jumps to a typed number on Enter, clamped to the deck", () => {
    expect(deckKeyAction({ key: "1" }, "", 9)).toEqual({ type: "digit", buffer: "1" });
    expect(deckKeyAction({ key: "2" }, "1", 9)).toEqual({ type: "digit", buffer: "12" });
    expect(deckKeyAction({ key: "Enter" }, "4", 9)).toEqual({ type: "goto", index: 3 });
    expect(deckKeyAction({ key: "Enter" }, "12", 9)).toEqual({ type: "goto", index: 8 });
    expect(deckKeyAction({ key: "Enter" }, "0", 9)).toEqual({ type: "digit", buffer: "" });
    expect(deckKeyAction({ key: "Enter" }, "", 9)).toEqual({ type: "none" });
  });

  it("leaves keys to focused controls and to browser shortcuts", () => {
    expect(press(" ", { inControl: "button" })).toEqual({ type: "none" });
    expect(press("Enter", { inControl: "button" })).toEqual({ type: "none" });
    // ...unless a slide number has been typed: then Enter jumps.
    expect(deckKeyAction({ key: "Enter", inControl: "button" }, "5", 9)).toEqual({
      type: "goto",
      index: 4,
    });
    expect(press("ArrowRight", { inControl: "button" })).toEqual({ type: "next" });
    expect(press("ArrowRight", { inControl: "field" })).toEqual({ type: "none" });
    expect(press("p", { ctrlKey: true })).toEqual({ type: "none" });
    expect(press("ArrowRight", { metaKey: true })).toEqual({ type: "none" });
  });

  it("never leaves the deck", () => {
    expect(nextIndex({ type: "next" }, 8, 9)).toBe(8);
    expect(nextIndex({ type: "prev" }, 0, 9)).toBe(0);
    expect(nextIndex({ type: "last" }, 2, 9)).toBe(8);
    expect(nextIndex({ type: "goto", index: 40 }, 2, 9)).toBe(8);
    expect(nextIndex({ type: "fullscreen" }, 5, 9)).toBe(5);
  });
});

describe("the speaker's timer", () => {
  it("reads minutes and seconds, and hours once a talk runs past one", () => {
    expect(clock(0)).toBe("00:00");
    expect(clock(61_999)).toBe("01:01");
    expect(clock(59 * 60_000 + 59_000)).toBe("59:59");
    expect(clock(3_600_000 + 61_000)).toBe("1:01:01");
    expect(clock(2 * 3_600_000 + 59 * 60_000)).toBe("2:59:00");
  });
});

describe("protecting a saved deck", () => {
  const saved = JSON.stringify(["syria", "milex"]);

  it("says an edit replaces the saved deck only when another deck is being edited", () => {
    expect(replacesSavedDeck(saved, ["syria", "milex"])).toBe(false);
    expect(replacesSavedDeck(saved, ["camps", "syria", "milex"])).toBe(true);
    expect(replacesSavedDeck(null, ["camps"])).toBe(false);
    expect(replacesSavedDeck("not json", ["camps"])).toBe(false);
    expect(replacesSavedDeck("[]", ["camps"])).toBe(false);
  });

  it("reads an undo record only if it points back into the deck and says what the edit saved", () => {
    const ok = { href: "/present/2?slide=syria", stored: saved, after: '["syria"]' };
    expect(readDeckUndo(JSON.stringify(ok))).toEqual(ok);
    expect(readDeckUndo(JSON.stringify({ ...ok, stored: null }))).toEqual({ ...ok, stored: null });
    for (const href of [
      "https://evil.example/present",
      "//evil.example/present",
      "/factions",
      "/presentation",
    ])
      expect(readDeckUndo(JSON.stringify({ ...ok, href })), href).toBeNull();
    expect(readDeckUndo(JSON.stringify({ href: ok.href, stored: saved }))).toBeNull();
    expect(readDeckUndo(JSON.stringify({ ...ok, stored: 3 }))).toBeNull();
    expect(readDeckUndo("{")).toBeNull();
    expect(readDeckUndo(null)).toBeNull();
  });

  it("hands the deck manager's note only to the deck it was written for", () => {
    const note = {
      query: "slide=syria",
      label: "Move slide 1 later",
      status: "Deck changed",
      at: 5,
    };
    expect(readDeckEditorNote(JSON.stringify(note), "slide=syria")).toEqual(note);
    expect(readDeckEditorNote(JSON.stringify(note), "slide=milex")).toBeNull();
    expect(
      readDeckEditorNote(JSON.stringify({ ...note, label: null }), "slide=syria")?.label,
    ).toBeNull();
    expect(readDeckEditorNote(JSON.stringify({ ...note, at: "now" }), "slide=syria")).toBeNull();
    expect(readDeckEditorNote("[]", "slide=syria")).toBeNull();
  });

  it("counts slides in words a reader expects", () => {
    expect(slideCount(1)).toBe("1 slide");
    expect(slideCount(3)).toBe("3 slides");
  });
});
