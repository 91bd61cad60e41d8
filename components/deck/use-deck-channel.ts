"use client";

import { useCallback, useEffect, useLayoutEffect, useRef } from "react";
import { DECK_CHANNEL } from "@/lib/deck/deck";

export interface DeckMessage {
  type: "state" | "hello" | "go";
  /** Which deck (its slides, not its theme): a second deck open in another tab is not followed. */
  deck: string;
  index?: number;
  count?: number;
}

export type OutgoingDeckMessage = Omit<DeckMessage, "deck">;

/**
 * The slides window and the speaker view talk over one BroadcastChannel: same browser, no
 * server, so it works offline. Messages about another deck, or with a broken slide index, are
 * dropped here; the handler can reply on the same channel. Returns a stable function that sends a message about this deck.
 */
export function useDeckChannel(
  deck: string,
  onMessage: (message: DeckMessage, reply: (message: OutgoingDeckMessage) => void) => void,
): (message: OutgoingDeckMessage) => void {
  const channelRef = useRef<BroadcastChannel | null>(null);
  const handler = useRef(onMessage);
  // Kept current during the commit, as in useDeckKeys: no message may meet a stale handler.
  useLayoutEffect(() => {
    handler.current = onMessage;
  });
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(DECK_CHANNEL);
    channelRef.current = channel;
    channel.onmessage = (e: MessageEvent<DeckMessage>) => {
      const m = e.data;
      if (!m || m.deck !== deck) return;
      if (m.index !== undefined && !Number.isInteger(m.index)) return;
      handler.current(m, (answer) => channel.postMessage({ ...answer, deck }));
    };
    return () => {
      channel.close();
      channelRef.current = null;
    };
  }, [deck]);
  return useCallback(
    (message: OutgoingDeckMessage) => channelRef.current?.postMessage({ ...message, deck }),
    [deck],
  );
}
