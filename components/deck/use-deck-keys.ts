"use client";

import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { deckKeyAction, type DeckAction, type KeyInput } from "@/lib/deck/deck-keys";

/** Where the focus is, as far as deck keys care: a control that needs the key itself or not. */
function focusKind(target: EventTarget | null): KeyInput["inControl"] {
  if (!(target instanceof HTMLElement)) return null;
  if (target.closest("input, select, textarea, [contenteditable='true']")) return "field";
  if (target.closest("button, a, summary, [role='button']")) return "button";
  return null;
}

export type MoveAction = Extract<DeckAction, { type: "next" | "prev" | "first" | "last" | "goto" }>;

/**
 * The deck's keys, shared by the slides window and the speaker view: moves, typed slide numbers
 * (returned, so the window can show what is being typed) and, given an element, full screen.
 */
export function useDeckKeys({
  count,
  onMove,
  fullscreenTarget,
}: {
  count: number;
  onMove: (action: MoveAction) => void;
  fullscreenTarget?: RefObject<HTMLElement | null>;
}): string {
  const [buffer, setBuffer] = useState("");
  // The latest callback, without re-binding the listener on every render. Updated during the
  // commit, not after paint: a key pressed as soon as a new slide shows must already move on
  // from that slide, not from the one before (a passive effect left that gap open).
  const move = useRef(onMove);
  useLayoutEffect(() => {
    move.current = onMove;
  });
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
        buffer,
        count,
      );
      switch (action.type) {
        case "none":
          return;
        case "digit":
          e.preventDefault();
          setBuffer(action.buffer);
          return;
        case "fullscreen":
          if (!fullscreenTarget) return;
          e.preventDefault();
          if (document.fullscreenElement) void document.exitFullscreen();
          else void fullscreenTarget.current?.requestFullscreen?.().catch(() => undefined);
          return;
        case "exit-fullscreen":
          // The browser leaves full screen on Escape by itself; this covers a lost state.
          if (document.fullscreenElement) void document.exitFullscreen();
          setBuffer("");
          return;
        default:
          e.preventDefault();
          setBuffer("");
          move.current(action);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [buffer, count, fullscreenTarget]);
  return buffer;
}
