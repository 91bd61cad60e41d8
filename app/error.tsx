"use client";

// Shown if rendering fails on our side; the message avoids technical detail but offers a retry.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p className="mt-2">
        This view could not be drawn. Your link is fine; try again, or reload the page.
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded border border-border px-3 py-1">
        Try again
      </button>
    </main>
  );
}
