"use client";

import { useSearchParams } from "next/navigation";
import {
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from "react";

/** What a view makes of an address: its state and, for a link it could not fully use, why. */
export interface Parsed<S> {
  state: S;
  notices: string[];
}

/**
 * Reports the address's query. It is the only part of a page that reads the URL: pages are
 * prerendered once for every reader, so the query cannot shape the server's HTML. Inside its
 * own empty Suspense boundary it renders nothing on the server and reports once hydrated,
 * before the browser paints, so a view (or a deck) named in the link replaces the default
 * one without a flash of it.
 */
function QueryWatcher({ onQuery }: { onQuery: (search: string) => void }) {
  const search = useSearchParams().toString();
  useLayoutEffect(() => onQuery(search), [search, onQuery]);
  return null;
}

/**
 * Shows what the theme script kept hidden (in place) while a link's state was pending
 * (server/theme-script.mjs, app/globals.css): call once the page shows what its link asks for.
 */
export function markLinkApplied(): void {
  delete document.documentElement.dataset.urlPending;
}

/** The one reader of the address: render it anywhere in the view or page. */
export function urlWatcher(onQuery: (search: string) => void): ReactNode {
  return (
    <Suspense fallback={null}>
      <QueryWatcher onQuery={onQuery} />
    </Suspense>
  );
}

/** The view's query plus the other parts' parameters as the address has them now. */
function withOthers(search: string, others: readonly string[]): string {
  if (!others.length) return search;
  const params = new URLSearchParams(search);
  const current = new URLSearchParams(window.location.search);
  for (const key of others) for (const v of current.getAll(key)) params.append(key, v);
  return params.toString();
}

/**
 * One parameter of a page owned by one part of it (a release switcher), kept in the address
 * beside the page's other parameters: written by merging into the current query, never by
 * replacing it. The default value is left out of the address.
 */
export function useUrlParam<T extends string>(
  key: string,
  parse: (params: URLSearchParams) => { value: T; notices: string[] },
  fallback: T,
) {
  const [view, setView] = useState<{ value: T; notices: string[]; touched: boolean }>({
    value: fallback,
    notices: [],
    touched: false,
  });
  const parseRef = useRef(parse);
  useEffect(() => {
    parseRef.current = parse;
  });
  const onQuery = useCallback(
    (search: string) =>
      setView((v) => {
        const parsed = parseRef.current(new URLSearchParams(search));
        if (parsed.value === v.value && parsed.notices.join() === v.notices.join()) return v;
        return { ...v, value: parsed.value, notices: v.touched ? [] : parsed.notices };
      }),
    [],
  );
  const set = (value: T) => {
    setView({ value, notices: [], touched: true });
    const params = new URLSearchParams(window.location.search);
    params.delete(key);
    if (value !== fallback) params.set(key, value);
    const query = params.toString();
    window.history.replaceState(
      null,
      "",
      `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`,
    );
  };
  return { value: view.value, notices: view.notices, set, watcher: urlWatcher(onQuery) };
}

/**
 * A view's state kept in the URL, so a copied link or a reload reopens it. The first render
 * (the prerendered HTML and its hydration) is the default state; the link's state is applied
 * as soon as the page hydrates, inside boxes whose size does not depend on it. Local state
 * answers clicks at once (quick successive changes build on each other, not on a stale URL)
 * and is written to the address bar; when the address changes from outside (a menu link, the
 * back button) the view follows it.
 */
export function useUrlState<S>(
  parse: (params: URLSearchParams) => Parsed<S>,
  serialise: (state: S) => string,
  /** Parameters other parts of the page own: kept in the address when this view writes it. */
  others: readonly string[] = [],
) {
  // `search` is the address the view wants; `seen` the address bar as last observed (null
  // until the watcher has reported, so nothing is written over a link not yet read).
  const [view, setView] = useState(() => ({
    ...parse(new URLSearchParams()),
    search: "",
    seen: null as string | null,
  }));
  // The parser closes over the view's data; the watcher's callback stays stable and uses the
  // latest one.
  const parseRef = useRef(parse);
  useEffect(() => {
    parseRef.current = parse;
  });
  const onQuery = useCallback(
    (search: string) =>
      setView((v) => {
        if (search === v.seen) return v;
        // Either our own write landed, or the reader arrived or navigated elsewhere.
        if (v.seen !== null && search === v.search) return { ...v, seen: search };
        return { ...parseRef.current(new URLSearchParams(search)), search, seen: search };
      }),
    [],
  );
  useEffect(() => {
    if (view.seen === null) return;
    if (window.location.search.slice(1) !== view.search) {
      // Null history state: Next ignores replaceState calls that carry its own internal state.
      const query = view.search ? `?${view.search}` : "";
      window.history.replaceState(
        null,
        "",
        `${window.location.pathname}${query}${window.location.hash}`,
      );
    }
  }, [view.search, view.seen]);
  // The link's state is drawn.
  useEffect(() => {
    if (view.seen !== null) markLinkApplied();
  }, [view.seen]);
  // Once the reader changes the view, notices about the original link no longer apply.
  const [interacted, setInteracted] = useState(false);
  const update = (change: (s: S) => S) => {
    setInteracted(true);
    setView((v) => {
      const next = change(v.state);
      return { ...v, state: next, search: withOthers(serialise(next), others) };
    });
  };
  return {
    state: view.state,
    update,
    notices: interacted ? [] : view.notices,
    watcher: urlWatcher(onQuery),
  };
}
