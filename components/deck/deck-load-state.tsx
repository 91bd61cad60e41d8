import Link from "next/link";
import type { Theme } from "@/lib/constants";
import { deckQuery, slideCount, slideHref } from "@/lib/deck/deck";
import type { SlideDataState } from "./deck-loader";
import { Notices } from "@/components/shell/notices";

/**
 * A custom deck while its data loads, or once loading failed: never a blank page, and nothing
 * here writes to the deck saved in this browser.
 */
export function DeckLoadState({
  state,
  count,
  theme,
  notices,
}: {
  state: Exclude<SlideDataState, { status: "ready" }>;
  count: number;
  theme: Theme | null;
  notices: string[];
}) {
  return (
    <div className="flex min-h-screen flex-col bg-bg text-fg" data-theme={theme ?? undefined}>
      <header className="flex flex-wrap items-center gap-2 border-b border-border bg-surface px-4 py-2 text-sm">
        <h1 className="mr-2 text-base font-semibold">Your deck</h1>
        <Link href="/" className="deck-button ml-auto no-underline">
          Leave
        </Link>
      </header>
      <main id="main" className="flex-1 space-y-4 px-6 py-4">
        <Notices notices={notices} />
        {state.status === "loading" ? (
          <p role="status" data-testid="deck-loading" className="text-xl">
            Loading the data for your deck of {slideCount(count)}…
          </p>
        ) : (
          <div
            role="alert"
            data-testid="deck-error"
            className="max-w-2xl space-y-3 rounded border border-border bg-notice-bg p-4 text-notice-fg"
          >
            <p className="text-xl font-semibold">Your deck could not be loaded.</p>
            <p>
              The data for its slides did not arrive ({state.message}). Your deck is still in the
              link, and the deck saved in this browser is unchanged.
            </p>
            <div className="flex flex-wrap items-center gap-3">
              <button
                type="button"
                className="deck-button"
                disabled={state.retrying}
                onClick={state.retry}
              >
                {state.retrying ? "Trying again…" : "Try again"}
              </button>
              <Link href={slideHref(1, deckQuery(null, theme))} className="underline">
                Play the default deck instead
              </Link>
            </div>
          </div>
        )}
      </main>
    </div>
  );
}
