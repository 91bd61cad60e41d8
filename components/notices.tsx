"use client";

import { useState } from "react";

/** Shows why a link's parameters were not honoured, so a fallback is never silent. */
export function Notices({ notices }: { notices: string[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (!notices.length || dismissed) return null;
  return (
    <div
      role="status"
      data-testid="url-notice"
      className="rounded-lg border border-border bg-notice-bg p-3 text-sm text-notice-fg"
    >
      <p className="font-semibold">
        Part of this link could not be used, so defaults are shown instead:
      </p>
      <ul className="ml-5 list-disc">
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)} className="mt-2 underline">
        Dismiss
      </button>
    </div>
  );
}
