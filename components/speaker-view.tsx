"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { DECK_CHANNEL, slideHref } from "@/lib/deck";
import { deckKeyAction, nextIndex } from "@/lib/deck-keys";
import type { DeckMessage } from "./deck-player";
import { focusKind } from "./deck-player";
import { useHydrated } from "./use-hydrated";

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  const mm = String(Math.floor(s / 60)).padStart(2, "0");
  const ss = String(s % 60).padStart(2, "0");
  return s >= 3600 ? `${Math.floor(s / 3600)}:${mm.slice(-2)}:${ss}` : `${mm}:${ss}`;
}

/** A stopwatch for the talk: pausable, resettable, counted from real time (not from ticks). */
function Timer() {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [banked, setBanked] = useState(0);
  const [now, setNow] = useState(0);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStartedAt(Date.now());
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(id);
  }, []);
  const elapsed = banked + (startedAt !== null ? Math.max(0, now - startedAt) : 0);
  return (
    <div className="flex items-center gap-2">
      <span
        role="timer"
        aria-label="Time elapsed"
        className="font-mono text-3xl tabular-nums"
        data-testid="speaker-timer"
      >
        {clock(elapsed)}
      </span>
      <button
        type="button"
        className="deck-button"
        onClick={() => {
          if (startedAt !== null) {
            setBanked(elapsed);
            setStartedAt(null);
          } else {
            setStartedAt(Date.now());
          }
        }}
      >
        {startedAt !== null ? "Pause" : "Resume"}
      </button>
      <button
        type="button"
        className="deck-button"
        onClick={() => {
          setBanked(0);
          setStartedAt(Date.now());
          setNow(Date.now());
        }}
      >
        Reset
      </button>
    </div>
  );
}

/**
 * The presenter's window: the current slide, the next one, the notes and a timer. It follows the
 * slides over a BroadcastChannel (same browser, no server) and can drive them: its own arrow
 * keys and buttons move the audience's deck.
 */
export function SpeakerView({
  query,
  count,
  slides,
  notes,
  titles,
}: {
  query: string;
  count: number;
  slides: ReactNode[];
  notes: ReactNode[];
  titles: string[];
}) {
  const [index, setIndex] = useState(0);
  const [linked, setLinked] = useState(false);
  const hydrated = useHydrated();
  const channelRef = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(DECK_CHANNEL);
    channelRef.current = channel;
    channel.onmessage = (e: MessageEvent<DeckMessage>) => {
      const m = e.data;
      if (!m || m.query !== query || m.type !== "state" || typeof m.index !== "number") return;
      setLinked(true);
      setIndex(Math.min(count - 1, Math.max(0, m.index)));
    };
    channel.postMessage({ type: "hello", query } satisfies DeckMessage);
    return () => channel.close();
  }, [query, count]);

  const drive = (to: number) => {
    const target = Math.min(count - 1, Math.max(0, to));
    setIndex(target);
    channelRef.current?.postMessage({ type: "go", query, index: target } satisfies DeckMessage);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = deckKeyAction(
        {
          key: e.key,
          shiftKey: e.shiftKey,
          ctrlKey: e.ctrlKey,
          metaKey: e.metaKey,
          altKey: e.altKey,
          inControl: focusKind(e.target),
        },
        "",
        count,
      );
      if (!["next", "prev", "first", "last"].includes(action.type)) return;
      e.preventDefault();
      drive(nextIndex(action, index, count));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <div
      className="speaker min-h-screen bg-bg p-4 text-fg"
      data-hydrated={hydrated ? "true" : undefined}
    >
      <header className="flex flex-wrap items-center gap-3 border-b border-border pb-2">
        <h1 className="text-lg font-semibold">Speaker view</h1>
        <span data-testid="speaker-counter" aria-live="polite" className="tabular-nums">
          Slide {index + 1} of {count}
        </span>
        <button
          type="button"
          className="deck-button"
          onClick={() => drive(index - 1)}
          disabled={index === 0}
        >
          Previous
        </button>
        <button
          type="button"
          className="deck-button"
          onClick={() => drive(index + 1)}
          disabled={index === count - 1}
        >
          Next
        </button>
        <span className="text-sm text-muted">
          {linked
            ? "Following the slides window."
            : "Waiting for the slides: open this deck in another window of this browser."}{" "}
          <a href={slideHref(index + 1, query)} target="deck-slides" className="underline">
            Open the slides
          </a>
        </span>
        <div className="ml-auto">
          <Timer />
        </div>
      </header>
      <main
        id="main"
        className="speaker-grid mt-3 grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
      >
        <section
          aria-label="Current slide"
          data-testid="speaker-current"
          className="rounded border-2 border-fg p-3"
        >
          {slides.map((s, i) => (
            <div key={i} hidden={i !== index}>
              {s}
            </div>
          ))}
        </section>
        <div className="space-y-4">
          <section
            aria-label="Next slide"
            data-testid="speaker-next"
            className="speaker-next rounded border border-border p-2"
          >
            <h2 className="text-sm font-semibold text-muted">Next</h2>
            <p className="text-lg font-semibold">
              {index + 1 < count ? titles[index + 1] : "End of the deck"}
            </p>
          </section>
          <section
            aria-label="Notes"
            data-testid="speaker-notes"
            className="rounded border border-border p-3"
          >
            <h2 className="mb-2 text-base font-semibold">Notes: {titles[index]}</h2>
            {notes.map((n, i) => (
              <div key={i} hidden={i !== index}>
                {n}
              </div>
            ))}
          </section>
        </div>
      </main>
    </div>
  );
}
