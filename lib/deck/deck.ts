import { THEMES, type Theme } from "@/lib/constants";
import { SERIES_VIEW_IDS, type SeriesViewId } from "@/lib/views/series-views";

/**
 * Decks as they live in the URL. Zod-free on purpose: the deck player and the "Add to deck"
 * buttons run in the browser.
 *
 * A slide is a view of the dashboard plus that view's own URL state, written as one token:
 * `camps?factions=russia-leaners,middle-way`. A custom deck is the list of its tokens as repeated
 * `slide` parameters, so a deck is shared by sharing its link:
 *   /present/3?slide=camps&slide=figures%3Fkind%3Ddeal&theme=projector
 * A link without `slide` parameters plays the default deck.
 */
const DRAWN_VIEWS = [
  "camps",
  "camp-gap",
  "figures",
  "arms-recipients",
  "arms-deals",
  "balancing",
  "balancing-bar",
  "syria",
  "timeline",
  "ledger",
] as const;
/** Every view a slide or an embed can show: the drawn views and each published-data chart. */
export type SlideView = (typeof DRAWN_VIEWS)[number] | SeriesViewId;
export const SLIDE_VIEWS: readonly SlideView[] = [...DRAWN_VIEWS, ...SERIES_VIEW_IDS];

export interface SlideSpec {
  view: SlideView;
  /** The view's query string, without "?" ("" for its default state). */
  state: string;
}

/** A deck longer than this is almost certainly a broken or hostile link, not a talk. */
export const MAX_DECK_SLIDES = 40;
/** Query strings of views are short; a longer one is cut off rather than rendered. */
const MAX_STATE_LENGTH = 400;

export const DECK_PARAMS = ["slide", "theme"] as const;

export function isSlideView(value: string): value is SlideView {
  return (SLIDE_VIEWS as readonly string[]).includes(value);
}

export function slideToken(spec: SlideSpec): string {
  return spec.state ? `${spec.view}?${spec.state}` : spec.view;
}

/** A token back to a slide, or a reason it cannot be one. */
export function parseSlideToken(token: string): { spec: SlideSpec } | { error: string } {
  const at = token.indexOf("?");
  const view = (at < 0 ? token : token.slice(0, at)).trim();
  const state = at < 0 ? "" : token.slice(at + 1);
  const shown = JSON.stringify(view.length > 30 ? `${view.slice(0, 30)}…` : view);
  if (!isSlideView(view)) return { error: `unknown view ${shown}` };
  if (state.length > MAX_STATE_LENGTH) return { error: `the state of ${shown} is too long` };
  return { spec: { view, state } };
}

/** The slides among some tokens, in order; tokens that are not slides are dropped. */
export function parseSlideTokens(tokens: readonly string[]): SlideSpec[] {
  return tokens.flatMap((t) => {
    const r = parseSlideToken(t);
    return "spec" in r ? [r.spec] : [];
  });
}

type RawParams = Record<string, string | string[] | undefined>;

export interface ParsedDeck {
  /** null: the link names no slides, so the default deck plays. */
  slides: SlideSpec[] | null;
  theme: Theme | null;
  notices: string[];
}

const asList = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

/** Reads a deck from page parameters; bad slides are dropped with a notice, never an error page. */
export function parseDeckParams(raw: RawParams): ParsedDeck {
  const notices: string[] = [];
  const tokens = asList(raw.slide).filter((t) => t !== "");
  const slides: SlideSpec[] = [];
  const problems: string[] = [];
  for (const token of tokens.slice(0, MAX_DECK_SLIDES)) {
    const parsed = parseSlideToken(token);
    if ("spec" in parsed) slides.push(parsed.spec);
    else problems.push(parsed.error);
  }
  if (tokens.length > MAX_DECK_SLIDES) {
    notices.push(
      `The link names ${tokens.length} slides; a deck holds at most ${MAX_DECK_SLIDES}, so the rest were left out.`,
    );
  }
  if (problems.length) {
    notices.push(
      `${problems.length} slide${problems.length > 1 ? "s" : ""} in the link could not be shown (${problems.slice(0, 3).join("; ")}${problems.length > 3 ? "; …" : ""}). Views that can be slides: ${SLIDE_VIEWS.join(", ")}.`,
    );
  }
  let theme: Theme | null = null;
  const rawTheme = asList(raw.theme)[0];
  if (rawTheme !== undefined && rawTheme !== "") {
    if ((THEMES as readonly string[]).includes(rawTheme)) theme = rawTheme as Theme;
    else notices.push(`Unknown theme in the link; valid themes: ${THEMES.join(", ")}.`);
  }
  const unknown = Object.keys(raw).filter((k) => !(DECK_PARAMS as readonly string[]).includes(k));
  if (unknown.length) {
    notices.push(
      `The link's parameter${unknown.length > 1 ? "s" : ""} ${unknown
        .slice(0, 5)
        .map((k) => JSON.stringify(k.slice(0, 30)))
        .join(
          ", ",
        )} ${unknown.length > 1 ? "were" : "was"} ignored. A deck reads only: slide, theme.`,
    );
  }
  // A link whose every slide was bad still plays something: the default deck, with the notice.
  return { slides: tokens.length && slides.length ? slides : null, theme, notices };
}

/** The query string of a deck (custom slides and theme), without "?". */
export function deckQuery(slides: SlideSpec[] | null, theme: Theme | null): string {
  const params = new URLSearchParams();
  for (const s of slides ?? []) params.append("slide", slideToken(s));
  if (theme) params.set("theme", theme);
  return params.toString();
}

/** The address of slide `n` (1-based) of a deck. */
export function slideHref(n: number, query: string): string {
  return `/present/${n}${query ? `?${query}` : ""}`;
}

/**
 * The slide number in `/present/{n}`: a whole number within the deck. Anything else opens the
 * nearest real slide and says why, so a stale link still lands somewhere useful.
 */
export function parseSlideNumber(
  raw: string | undefined,
  count: number,
): { index: number; notice: string | null } {
  if (raw === undefined) return { index: 0, notice: null };
  if (!/^\d{1,6}$/.test(raw)) {
    return { index: 0, notice: `“${raw.slice(0, 20)}” is not a slide number; showing slide 1.` };
  }
  const n = Number(raw);
  if (n < 1) return { index: 0, notice: "Slides are numbered from 1; showing slide 1." };
  if (n > count) {
    return {
      index: count - 1,
      notice: `This deck has ${count} slide${count > 1 ? "s" : ""}; showing the last one.`,
    };
  }
  return { index: n - 1, notice: null };
}

/** Moves the slide at `from` by `by` places (−1 earlier, +1 later), clamped to the deck. */
export function moveSlide<T>(list: readonly T[], from: number, by: number): T[] {
  const to = Math.min(list.length - 1, Math.max(0, from + by));
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item === undefined) return out;
  out.splice(to, 0, item);
  return out;
}

/** Where the custom deck being built from "Add to deck" is kept between visits. */
export const DECK_STORAGE_KEY = "deck";
/** The channel the slides and the speaker view talk over. */
export const DECK_CHANNEL = "russia-iran-deck";

/** Tokens kept in local storage: anything unreadable is dropped, never trusted. */
export function readStoredDeck(stored: string | null): SlideSpec[] {
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    if (!Array.isArray(parsed)) return [];
    return parseSlideTokens(
      parsed.filter((t): t is string => typeof t === "string").slice(0, MAX_DECK_SLIDES),
    );
  } catch {
    return [];
  }
}

export function storedDeckValue(slides: SlideSpec[]): string {
  return JSON.stringify(slides.map(slideToken));
}

/**
 * The state before the last edit of a deck, kept for "Undo" in this tab: the address the deck
 * had, the deck saved in local storage then (null when none was saved), and what the edit saved
 * (an undo applies only while the saved deck is still that, so it never wipes later additions).
 */
export const DECK_UNDO_KEY = "deck-undo";
export interface DeckUndo {
  href: string;
  stored: string | null;
  after: string;
}

/** Only an address of the deck itself: an undo or a note must never navigate anywhere else. */
const DECK_HREF = /^\/present(\/\d{1,6})?(\?|$)/;

/** An undo record back from session storage; anything unreadable is no undo at all. */
export function readDeckUndo(value: string | null): DeckUndo | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== "object" || parsed === null) return null;
    const { href, stored, after } = parsed as Record<string, unknown>;
    if (typeof href !== "string" || !DECK_HREF.test(href)) return null;
    if (stored !== null && typeof stored !== "string") return null;
    if (typeof after !== "string") return null;
    return { href, stored, after };
  } catch {
    return null;
  }
}

/**
 * A saved deck that an edit replaced (after the reader agreed), kept in local storage until the
 * reader restores or forgets it: later edits never touch it, so "replace" is never final.
 */
export const DECK_REPLACED_KEY = "deck-replaced";

/**
 * Whether writing over the deck saved in this browser would lose slides the reader put there:
 * a saved deck that is not the one being edited. Editing the saved deck itself is not.
 */
export function replacesSavedDeck(stored: string | null, editing: readonly string[]): boolean {
  const saved = readStoredDeck(stored).map(slideToken);
  return saved.length > 0 && saved.join("\n") !== editing.join("\n");
}

/**
 * What the deck manager does once an edit has loaded the edited deck: the control to focus (null:
 * the manager's own summary) and the status to say. Kept with the deck it is for, so the old
 * deck, still on screen while the new one loads, does not take it, and dated, so a record left
 * by an edit that never loaded goes stale instead of popping the manager open later.
 */
export const DECK_EDITOR_NOTE_KEY = "deck-editor-note";
export const DECK_EDITOR_NOTE_TTL_MS = 15_000;
export interface DeckEditorNote {
  query: string;
  label: string | null;
  status: string;
  at: number;
}

export function readDeckEditorNote(value: string | null, query: string): DeckEditorNote | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== "object" || parsed === null) return null;
    const note = parsed as Record<string, unknown>;
    if (note.query !== query || typeof note.status !== "string" || typeof note.at !== "number")
      return null;
    if (note.label !== null && typeof note.label !== "string") return null;
    return { query, label: note.label, status: note.status, at: note.at };
  } catch {
    return null;
  }
}

/** "1 slide", "3 slides". */
export function slideCount(n: number): string {
  return `${n} slide${n === 1 ? "" : "s"}`;
}
