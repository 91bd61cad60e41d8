"use client";

import { useEffect, type RefObject } from "react";

/**
 * Marks the element `data-hydrated="true"` once React owns it: tests and scripts wait for it
 * before using controls, so no click lands on inert HTML. Set from an effect and not from
 * state, because a state change would render the component a second time, synchronously,
 * the moment the page hydrates: on a phone that was the longest task of a deck's start.
 */
export function useMarkHydrated(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    ref.current?.setAttribute("data-hydrated", "true");
  }, [ref]);
}
