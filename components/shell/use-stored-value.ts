"use client";

import { useSyncExternalStore } from "react";

/** Fired on this window after the app writes to storage (the "storage" event reaches other tabs only). */
export const STORAGE_CHANGED = "app-storage-changed";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(STORAGE_CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(STORAGE_CHANGED, onChange);
  };
}

/** Writes (or removes, for null) a stored value and tells this window's readers. */
export function writeStored(area: "local" | "session", key: string, value: string | null) {
  try {
    const storage = area === "local" ? localStorage : sessionStorage;
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
  } catch {
    // Storage blocked (private mode, quota): the link still carries the deck.
  }
  window.dispatchEvent(new Event(STORAGE_CHANGED));
}

export function readStored(area: "local" | "session", key: string): string | null {
  try {
    return (area === "local" ? localStorage : sessionStorage).getItem(key);
  } catch {
    return null;
  }
}

/**
 * A value in local or session storage, kept current. Null on the server and in the first
 * client render, so hydration matches the server's HTML.
 */
export function useStoredValue(area: "local" | "session", key: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => readStored(area, key),
    () => null,
  );
}
