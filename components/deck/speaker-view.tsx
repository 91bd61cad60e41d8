"use client";

import { createRef, useEffect, useRef, useState, type ReactNode } from "react";
import { slideHref } from "@/lib/deck/deck";
import { nextIndex } from "@/lib/deck/deck-keys";
import { DeckNav } from "./deck-nav";
import { Notices } from "@/components/shell/notices";
import { useDeckChannel } from "./use-deck-channel";
import { useDeckKeys } from "./use-deck-keys";
import { useMarkHydrated } from "@/components/shell/use-mark-hydrated";

export function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  const hours = Math.floor(s / 3600);
  const mm = String(Math.floor(s / 60) % 60).padStart(2, "0");
  const ss = String(s % 60).padStart(2, "0");
  return hours ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * A stopwatch for the talk: pausable, resettable, counted from real time (not from ticks). It
 * is running from the first render, so the server's "Pause" label is the one the reader keeps
 * and nothing beside it moves when the page hydrates.
 */
function Timer() {
  const [running, setRunning] = useState(true);
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
  const elapsed = banked + (running && startedAt !== null ? Math.max(0, now - startedAt) : 0);
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
          if (running) {
            // Bank the time to this moment, not to the last tick (up to half a second old).
            const t = Date.now();
            setBanked(banked + (startedAt !== null ? Math.max(0, t - startedAt) : 0));
            setNow(t);
            setRunning(false);
          } else {
            setStartedAt(Date.now());
            setNow(Date.now());
            setRunning(true);
          }
        }}
      >
        {running ? "Pause" : "Resume"}
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

/** Never attached: a speaker view on standby is not marked hydrated. */
const STANDBY_REF = createRef<HTMLElement>();

/** How long the slides window may stay silent before the speaker view stops claiming to follow it. */
const LINK_TIMEOUT_MS = 4000;

/**
 * The presenter's window: the current slide, the next one's title, the notes and a timer. It
 * follows the slides over a BroadcastChannel (same browser, no server) and can drive them: its
 * own keys and buttons move the audience's deck.
 */
export function SpeakerView({
  standby = false,
  query,
  channelKey,
  count,
  slides,
  notes,
  titles,
  notices,
}: {
  /** Drawn while the address is read (see DeckPlayer): it neither marks itself ready nor talks. */
  standby?: boolean;
  query: string;
  channelKey: string;
  count: number;
  slides: ReactNode[];
  notes: ReactNode[];
  titles: string[];
  notices: string[];
}) {
  const [index, setIndex] = useState(0);
  const [lastHeard, setLastHeard] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  useMarkHydrated(standby ? STANDBY_REF : rootRef);

  const post = useDeckChannel(channelKey, (m) => {
    if (m.type !== "state" || m.index === undefined) return;
    setLastHeard(Date.now());
    setIndex(Math.min(count - 1, Math.max(0, m.index)));
  });
  useEffect(() => {
    if (standby) return;
    post({ type: "hello" });
    // Ask again now and then: a slides window opened (or reloaded) later is found too.
    const id = window.setInterval(() => {
      post({ type: "hello" });
      setNow(Date.now());
    }, 2000);
    return () => window.clearInterval(id);
  }, [post, standby]);
  const linked = lastHeard !== null && now - lastHeard < LINK_TIMEOUT_MS;

  const drive = (to: number) => {
    if (standby) return;
    const target = Math.min(count - 1, Math.max(0, to));
    setIndex(target);
    post({ type: "go", index: target });
  };
  const buffer = useDeckKeys({ count, onMove: (action) => drive(nextIndex(action, index, count)) });

  return (
    <div ref={rootRef} className="speaker min-h-screen bg-bg p-4 text-fg">
      <header className="flex flex-wrap items-center gap-3 border-b border-border pb-2">
        <h1 className="text-lg font-semibold">Speaker view</h1>
        <DeckNav
          index={index}
          count={count}
          buffer={buffer}
          onGo={drive}
          counterTestId="speaker-counter"
        />
        <span className="text-sm text-muted" data-testid="speaker-link">
          {linked
            ? "Following the slides window."
            : "Not connected: open this deck's slides in another window of this browser."}{" "}
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
        className="speaker-grid mt-3 grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]"
      >
        <div className="lg:col-span-2">
          <Notices notices={notices} />
        </div>
        <section
          aria-label="Current slide"
          data-testid="speaker-current"
          className="rounded border-2 border-fg p-3"
        >
          {/* Only the current slide is drawn. The others arrive with the page as React
              elements, so a change of slide is drawn at once and offline, and the browser does
              not hydrate nine slides the presenter cannot see. */}
          <div key={index}>{slides[index]}</div>
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
            <div key={index}>{notes[index]}</div>
          </section>
        </div>
      </main>
    </div>
  );
}
