"use client";

import { useCallback, useState } from "react";
import { paramsToRecord, unknownParamNotices } from "@/lib/views/view-state";
import { markLinkApplied, urlWatcher } from "./use-url-state";

/**
 * Shows why a link's parameters were not honoured, so a fallback is never silent. It floats
 * over the page's corner rather than taking a place in it: pages are prerendered and read
 * their link after loading, and a notice pushing the page down would move what the reader
 * is already looking at.
 */
export function Notices({ notices }: { notices: string[] }) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  const key = notices.join("\n");
  if (!notices.length || dismissed === key) return null;
  return (
    <div
      role="status"
      data-testid="url-notice"
      className="fixed bottom-4 left-4 right-4 z-40 mx-auto max-w-xl rounded-lg border border-border bg-notice-bg p-3 text-sm text-notice-fg shadow-lg"
    >
      <p className="font-semibold">
        Part of this link could not be used, so defaults are shown instead:
      </p>
      <ul className="ml-5 list-disc">
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(key)} className="mt-2 underline">
        Dismiss
      </button>
    </div>
  );
}

const NO_PARAMS: readonly string[] = [];

/** For a page that takes no parameters: names any its link carries. */
export function PageNotices({ accepted = NO_PARAMS }: { accepted?: readonly string[] }) {
  const [notices, setNotices] = useState<string[]>([]);
  // Stable for a given list, so the watcher reports each address once rather than every render.
  const onQuery = useCallback(
    (search: string) => {
      setNotices(unknownParamNotices(paramsToRecord(new URLSearchParams(search)), accepted));
      // Nothing on such a page depends on the link.
      markLinkApplied();
    },
    [accepted],
  );
  return (
    <>
      {urlWatcher(onQuery)}
      <Notices notices={notices} />
    </>
  );
}
