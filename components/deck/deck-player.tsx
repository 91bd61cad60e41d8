"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import {
  createRef,
  useCallback,
  useEffect,
  useRef,
  useState,
  useTransition,
  type ReactNode,
} from "react";
import type { Theme } from "@/lib/constants";
import {
  DECK_EDITOR_NOTE_KEY,
  DECK_EDITOR_NOTE_TTL_MS,
  DECK_REPLACED_KEY,
  DECK_STORAGE_KEY,
  DECK_UNDO_KEY,
  deckQuery,
  moveSlide,
  parseSlideTokens,
  readDeckEditorNote,
  readDeckUndo,
  readStoredDeck,
  replacesSavedDeck,
  slideCount,
  slideHref,
  slideToken,
  storedDeckValue,
} from "@/lib/deck/deck";
import { readStored, useStoredValue, writeStored } from "@/components/shell/use-stored-value";
import { nextIndex } from "@/lib/deck/deck-keys";
import { Notices } from "@/components/shell/notices";
import { DeckNav } from "./deck-nav";
import { ThemeSelect } from "@/components/shell/theme-toggle";
import { useDeckChannel } from "./use-deck-channel";
import { useDeckKeys } from "./use-deck-keys";
import { useMarkHydrated } from "@/components/shell/use-mark-hydrated";

/** A note for the deck manager, dated now (see readDeckEditorNote). */
function editorNoteValue(query: string, label: string | null, status: string): string {
  return JSON.stringify({ query, label, status, at: Date.now() });
}

/** Never attached: a deck on standby is not marked hydrated. */
const STANDBY_REF = createRef<HTMLElement>();

interface DeckPlayerProps {
  /**
   * Drawn only while the address is being read (the static page's HTML, or a navigation that
   * has not yet read its address): it looks like the deck but does nothing, so it never writes
   * the address, answers the speaker view, marks itself ready or takes the manager's note
   * meant for the deck that replaces it.
   */
  standby?: boolean;
  title: string;
  custom: boolean;
  tokens: string[];
  defaultTokens: string[];
  slideTitles: string[];
  theme: Theme | null;
  query: string;
  channelKey: string;
  notices: string[];
  initialIndex: number;
  slides: ReactNode[];
}

/**
 * Plays a deck. Every slide is already in the page (the default deck drawn at build time, a
 * custom one in the browser once its data has arrived), so moving between slides only shows and
 * hides them: it is instant, and it keeps working when the network drops.
 * The slide number is written to the address (/present/{n}), so a reload keeps the place.
 */
export function DeckPlayer({
  standby = false,
  title,
  custom,
  tokens,
  defaultTokens,
  slideTitles,
  theme,
  query,
  channelKey,
  notices,
  initialIndex,
  slides,
}: DeckPlayerProps) {
  const router = useRouter();
  const count = slides.length;
  const [index, setIndex] = useState(initialIndex);
  const [status, setStatus] = useState("");
  const rootRef = useRef<HTMLDivElement>(null);
  useMarkHydrated(standby ? STANDBY_REF : rootRef);
  // The speaker view's "where are you?" is answered from here, outside React's render.
  const indexRef = useRef(index);
  // The slide last shown: focus moves only when the slide changes, never on first load.
  const shownRef = useRef(index);

  const go = useCallback((to: number) => setIndex(Math.min(count - 1, Math.max(0, to))), [count]);
  // The speaker view drives the slides ("go") and asks where they are ("hello").
  const post = useDeckChannel(channelKey, (m, reply) => {
    if (standby) return;
    if (m.type === "go" && m.index !== undefined) go(m.index);
    if (m.type === "hello") reply({ type: "state", index: indexRef.current, count });
  });

  // The address, the tab title and the speaker view follow the slide shown.
  useEffect(() => {
    if (standby) return;
    const href = slideHref(index + 1, query);
    if (`${window.location.pathname}${window.location.search}` !== href) {
      window.history.replaceState(null, "", href);
    }
    indexRef.current = index;
    // Focus left inside the slide that just hid would fall to the page: carry it to the new
    // slide's title, so a screen reader reads the slide and Tab starts from it.
    const active = document.activeElement;
    const current = rootRef.current?.querySelector<HTMLElement>(
      `[data-slide-wrapper="${index + 1}"] .slide-title`,
    );
    const moved = shownRef.current !== index;
    shownRef.current = index;
    if (
      moved &&
      current &&
      (active === document.body || active?.closest("[data-slide-wrapper]:not([data-current])"))
    ) {
      current.focus({ preventScroll: true });
    }
    document.title = `${index + 1}/${count} · ${slideTitles[index] ?? title}`;
    post({ type: "state", index, count });
  }, [standby, index, count, query, post, slideTitles, title]);

  const buffer = useDeckKeys({
    count,
    fullscreenTarget: rootRef,
    onMove: (action) => {
      if (!standby) setIndex((i) => nextIndex(action, i, count));
    },
  });

  // The deck saved in this browser ("Add to deck" builds it), a saved deck an edit replaced, and
  // the last edit's undo record, which applies only while the saved deck is what that edit wrote.
  const storedDeck = useStoredValue("local", DECK_STORAGE_KEY);
  const saved = readStoredDeck(storedDeck);
  const replaced = readStoredDeck(useStoredValue("local", DECK_REPLACED_KEY));
  const lastEdit = readDeckUndo(useStoredValue("session", DECK_UNDO_KEY));
  const undo = lastEdit && lastEdit.after === storedDeck ? lastEdit : null;
  const editable = custom ? tokens : defaultTokens;
  // An edit navigates to the edited deck's address; until it has, the old list must not take
  // another edit (it would be built from the wrong deck).
  const [pending, startTransition] = useTransition();
  // The deck manager stays open across an edit, and focus goes to the control that follows the
  // moved or removed slide instead of falling to the page; the status survives the reload too.
  const [managerOpen, setManagerOpen] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);
  const noteValue = useStoredValue("session", DECK_EDITOR_NOTE_KEY);
  const note = readDeckEditorNote(noteValue, query);
  useEffect(() => {
    if (!note || standby) return;
    if (Date.now() - note.at > DECK_EDITOR_NOTE_TTL_MS) {
      writeStored("session", DECK_EDITOR_NOTE_KEY, null);
      return;
    }
    const editor = rootRef.current?.querySelector<HTMLElement>('[data-testid="deck-editor"]');
    let target: HTMLElement | null | undefined = summaryRef.current;
    if (note.label) {
      const labelled = editor?.querySelector<HTMLButtonElement>(
        `[aria-label="${CSS.escape(note.label)}"]`,
      );
      // Not there yet: the edited deck is still loading.
      if (!labelled) return;
      // A disabled control (the last slide left) cannot take focus: the first one that can does.
      target = labelled.disabled
        ? editor?.querySelector<HTMLElement>("button:not(:disabled)")
        : labelled;
    }
    target?.focus();
    // Hand the panel's openness over from the note to the panel's own state.
    setManagerOpen(true);
    setStatus(note.status);
    writeStored("session", DECK_EDITOR_NOTE_KEY, null);
    // `noteValue` stands for `note`, which is rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [noteValue, query, standby]);

  /** Loads another deck, leaving the manager a note of what to focus and say once it has. */
  const navigate = (href: string, label: string | null, message: string) => {
    const target = new URL(href, window.location.origin);
    writeStored(
      "session",
      DECK_EDITOR_NOTE_KEY,
      editorNoteValue(target.search.slice(1), label, message),
    );
    setStatus(message);
    startTransition(() => router.replace(href));
  };

  const openDeck = (
    nextTokens: string[],
    at: number,
    nextTheme: Theme | null = theme,
    focusAfter: string | null = null,
  ) => {
    const specs = parseSlideTokens(nextTokens);
    // A reader's own deck is never replaced silently: editing another deck (the default one, or
    // one opened from a link) over a saved deck asks first, keeps the replaced deck to restore,
    // and every edit can be undone.
    const before = readStored("local", DECK_STORAGE_KEY);
    const replacing = replacesSavedDeck(before, editable);
    if (
      replacing &&
      !window.confirm(
        `Editing this deck replaces the deck saved in this browser (${slideCount(readStoredDeck(before).length)}). Replace it? It stays available under “Restore the deck you replaced”.`,
      )
    ) {
      setStatus("Nothing changed: the deck saved in this browser is kept.");
      return;
    }
    if (replacing) writeStored("local", DECK_REPLACED_KEY, before);
    const after = storedDeckValue(specs);
    writeStored(
      "session",
      DECK_UNDO_KEY,
      JSON.stringify({
        href: `${window.location.pathname}${window.location.search}`,
        stored: before,
        after,
      }),
    );
    writeStored("local", DECK_STORAGE_KEY, after);
    const params = new URLSearchParams();
    for (const t of nextTokens) params.append("slide", t);
    if (nextTheme) params.set("theme", nextTheme);
    const n = Math.min(Math.max(1, at + 1), Math.max(1, nextTokens.length));
    navigate(
      slideHref(n, params.toString()),
      focusAfter,
      replacing
        ? "Your earlier saved deck was replaced by this one; “Restore the deck you replaced” brings it back."
        : "Deck changed; “Undo last change” restores the previous version.",
    );
  };

  const undoLastChange = () => {
    if (!undo) return;
    writeStored("local", DECK_STORAGE_KEY, undo.stored);
    writeStored("session", DECK_UNDO_KEY, null);
    // The deck this undo brings back needs no "restore" offer as well.
    if (readStored("local", DECK_REPLACED_KEY) === undo.stored) {
      writeStored("local", DECK_REPLACED_KEY, null);
    }
    navigate(undo.href, null, "The previous deck is back.");
  };

  // Swaps the replaced deck back in; the deck it replaces is kept in its place, so nothing is lost.
  const restoreReplaced = () => {
    const current = readStored("local", DECK_STORAGE_KEY);
    writeStored("local", DECK_STORAGE_KEY, storedDeckValue(replaced));
    writeStored("local", DECK_REPLACED_KEY, readStoredDeck(current).length ? current : null);
    writeStored("session", DECK_UNDO_KEY, null);
    navigate(
      slideHref(1, deckQuery(replaced, theme)),
      null,
      "The deck you replaced is back; the one it replaced is kept to restore in turn.",
    );
  };

  const setTheme = (next: Theme | null) => {
    const params = new URLSearchParams(query);
    if (next) params.set("theme", next);
    else params.delete("theme");
    router.replace(slideHref(index + 1, params.toString()));
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus("Link copied: it opens this deck at this slide.");
    } catch {
      setStatus("Copy the address bar: it holds this deck and slide.");
    }
  };

  const exportPptx = async () => {
    const root = rootRef.current;
    if (!root) return;
    setStatus("Building the PowerPoint file…");
    try {
      const { exportDeckPptx } = await import("@/components/export/deck-pptx");
      const slideEls = [...root.querySelectorAll<HTMLElement>("[data-slide]")];
      const name = await exportDeckPptx(
        slideEls.map((el) => ({
          title: el.dataset.title ?? "",
          takeaway: el.dataset.takeaway ?? "",
          source: el.dataset.source ?? "",
          asOf: el.dataset.asOf ?? "",
          notes: el.dataset.notes ?? "",
          figure: el.querySelector<HTMLElement>("figure[data-chart]"),
        })),
        title,
      );
      setStatus(`Downloaded ${name}`);
    } catch (error) {
      setStatus(
        `The PowerPoint export failed${error instanceof Error ? `: ${error.message}` : ""}.`,
      );
    }
  };

  return (
    <div
      ref={rootRef}
      className="deck flex min-h-screen flex-col bg-bg text-fg"
      data-theme={theme ?? undefined}
    >
      {/* One row from a laptop's width up (see .deck-toolbar in globals.css): a second row would
          take the slide's room, and would come and go as the controls change. */}
      <header className="deck-toolbar flex flex-wrap items-center gap-2 border-b border-border bg-surface px-4 py-2 text-sm print:hidden">
        <h1 className="deck-title mr-2 max-w-[32ch] truncate text-base font-semibold" title={title}>
          {title}
        </h1>
        <DeckNav
          index={index}
          count={count}
          buffer={buffer}
          onGo={go}
          counterTestId="slide-counter"
        />
        <ThemeSelect
          label="Deck theme"
          value={theme}
          onChange={setTheme}
          unsetLabel="Site theme"
          className="lg:ml-auto"
        />
        <button
          type="button"
          className="deck-button"
          onClick={() => {
            void rootRef.current?.requestFullscreen?.().catch(() => undefined);
          }}
        >
          Full screen (F)
        </button>
        <button
          type="button"
          className="deck-button"
          onClick={() =>
            window.open(
              `/present/speaker${query ? `?${query}` : ""}`,
              "deck-speaker",
              "popup,width=1200,height=800",
            )
          }
        >
          Speaker view
        </button>
        <details
          className="relative"
          open={managerOpen || note !== null}
          onToggle={(e) => setManagerOpen(e.currentTarget.open)}
        >
          <summary ref={summaryRef} className="deck-button cursor-pointer list-none">
            Deck and exports
          </summary>
          <div className="absolute right-0 z-20 mt-1 w-[min(36rem,90vw)] rounded border border-border bg-bg p-3 shadow-lg">
            <div className="flex flex-wrap gap-2">
              <button type="button" className="deck-button" onClick={() => void copyLink()}>
                Copy link to this deck
              </button>
              <button type="button" className="deck-button" onClick={() => window.print()}>
                Print handout (PDF)
              </button>
              <button
                type="button"
                className="deck-button"
                data-export="pptx"
                onClick={() => void exportPptx()}
              >
                Download PowerPoint (PPTX)
              </button>
            </div>
            <h2 className="mt-3 font-semibold">
              {custom ? "Slides in this deck" : "Slides (editing makes this deck your own)"}
            </h2>
            <ol className="mt-1 space-y-1" data-testid="deck-editor">
              {editable.map((t, i) => (
                <li key={`${t}-${i}`} className="flex flex-wrap items-center gap-1">
                  <button type="button" className="underline" onClick={() => go(i)}>
                    {i + 1}. {slideTitles[i] ?? t}
                  </button>
                  <span className="ml-auto inline-flex gap-1">
                    <button
                      type="button"
                      className="deck-button"
                      aria-label={`Move slide ${i + 1} earlier`}
                      disabled={pending || i === 0}
                      onClick={() =>
                        openDeck(
                          moveSlide(editable, i, -1),
                          index === i ? i - 1 : index,
                          theme,
                          i - 1 === 0 ? "Move slide 1 later" : `Move slide ${i} earlier`,
                        )
                      }
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="deck-button"
                      aria-label={`Move slide ${i + 1} later`}
                      disabled={pending || i === editable.length - 1}
                      onClick={() =>
                        openDeck(
                          moveSlide(editable, i, 1),
                          index === i ? i + 1 : index,
                          theme,
                          i + 1 === editable.length - 1
                            ? `Move slide ${i + 2} earlier`
                            : `Move slide ${i + 2} later`,
                        )
                      }
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="deck-button"
                      aria-label={`Remove slide ${i + 1}`}
                      disabled={pending || editable.length === 1}
                      onClick={() =>
                        openDeck(
                          editable.filter((_, j) => j !== i),
                          index > i ? index - 1 : Math.min(index, editable.length - 2),
                          theme,
                          `Remove slide ${Math.min(i + 1, editable.length - 1)}`,
                        )
                      }
                    >
                      Remove
                    </button>
                  </span>
                </li>
              ))}
            </ol>
            <div className="mt-2 flex flex-wrap gap-2">
              {undo ? (
                <button
                  type="button"
                  className="deck-button"
                  disabled={pending}
                  onClick={undoLastChange}
                >
                  Undo last change
                </button>
              ) : null}
              {replaced.length ? (
                <>
                  <button
                    type="button"
                    className="deck-button"
                    disabled={pending}
                    onClick={restoreReplaced}
                  >
                    Restore the deck you replaced ({slideCount(replaced.length)})
                  </button>
                  <button
                    type="button"
                    className="deck-button"
                    onClick={() => writeStored("local", DECK_REPLACED_KEY, null)}
                  >
                    Forget it
                  </button>
                </>
              ) : null}
            </div>
            <p className="mt-2 text-xs text-muted">
              Add more with “Add to deck” on any chart of the dashboard.{" "}
              {custom ? (
                <Link href="/present" className="underline">
                  Back to the default deck
                </Link>
              ) : null}
            </p>
          </div>
        </details>
        <Link href="/" prefetch={false} className="deck-button no-underline">
          Leave
        </Link>
        {/* Over the slide's corner, not in the toolbar's row: a message never moves the slide. */}
        <p
          role="status"
          className="deck-status fixed bottom-4 left-4 z-30 max-w-md rounded border border-border bg-surface px-3 py-2 text-xs shadow-lg empty:hidden"
        >
          {status}
        </p>
      </header>
      <main id="main" className="flex-1 px-6 py-4">
        <div className="print:hidden">
          <Notices notices={notices} />
        </div>
        {!custom &&
        saved.length > 0 &&
        saved.map(slideToken).join("\n") !== defaultTokens.join("\n") ? (
          // Fixed, so it appears without moving the slide; the default deck plays underneath.
          <p
            role="status"
            data-testid="saved-deck-offer"
            className="saved-deck-offer fixed bottom-4 right-4 z-30 max-w-sm rounded border border-border bg-surface p-3 text-sm shadow-lg print:hidden"
          >
            This is the default deck. Your own deck of {slideCount(saved.length)} is saved in this
            browser:{" "}
            <Link href={`/present?${deckQuery(saved, theme)}`} className="underline">
              open your deck
            </Link>
            .
          </p>
        ) : null}
        {slides.map((slide, i) => (
          <section
            key={i}
            data-slide-wrapper={i + 1}
            aria-roledescription="slide"
            aria-label={`Slide ${i + 1} of ${count}`}
            // Not `hidden`: the handout prints every slide, and print CSS cannot beat the
            // framework's own !important rule for [hidden].
            data-current={i === index ? "" : undefined}
            className="deck-slide"
          >
            {slide}
          </section>
        ))}
        <div
          role="progressbar"
          aria-label="Deck progress"
          aria-valuemin={1}
          aria-valuemax={count}
          aria-valuenow={index + 1}
          aria-valuetext={`Slide ${index + 1} of ${count}`}
          className="deck-progress fixed inset-x-0 bottom-0 h-2 bg-surface print:hidden"
        >
          <div className="h-full bg-accent" style={{ width: `${((index + 1) / count) * 100}%` }} />
        </div>
      </main>
    </div>
  );
}
