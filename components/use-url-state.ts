"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * A view's state kept in the URL, so a copied link or a reload reopens it. Local state answers
 * clicks at once (quick successive changes build on each other, not on a stale URL) and is
 * written to the address bar; when the address changes from outside (a menu link, the back
 * button) the view follows it.
 */
export function useUrlState<S>(
  parse: (params: URLSearchParams) => S,
  serialise: (state: S) => string,
) {
  const searchParams = useSearchParams();
  const search = searchParams.toString();
  // `search` is the address the view wants; `seen` the address bar as last observed.
  const [view, setView] = useState(() => ({ state: parse(searchParams), search, seen: search }));
  if (search !== view.seen) {
    // The address changed: either our own write landed, or the reader navigated elsewhere.
    setView(
      search === view.search
        ? { ...view, seen: search }
        : { state: parse(searchParams), search, seen: search },
    );
  }
  useEffect(() => {
    if (window.location.search.slice(1) !== view.search) {
      // Null history state: Next ignores replaceState calls that carry its own internal state.
      const query = view.search ? `?${view.search}` : "";
      window.history.replaceState(
        null,
        "",
        `${window.location.pathname}${query}${window.location.hash}`,
      );
    }
  }, [view.search]);
  // Once the reader changes the view, notices about the original link no longer apply.
  const [interacted, setInteracted] = useState(false);
  const update = (change: (s: S) => S) => {
    setInteracted(true);
    setView((v) => {
      const next = change(v.state);
      return { ...v, state: next, search: serialise(next) };
    });
  };
  return { state: view.state, update, interacted };
}
