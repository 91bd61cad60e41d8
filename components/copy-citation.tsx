"use client";

import { useState } from "react";

/** Copies a quote with its full reference, ready to paste into a briefing note or slide. */
export function CopyCitation({ text }: { text: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setState("copied");
          } catch {
            setState("failed");
          }
        }}
        className="ml-2 rounded border border-border px-1.5 py-0.5 text-xs text-fg"
      >
        Copy citation
      </button>
      <span role="status" className="ml-1 text-xs">
        {state === "copied"
          ? "Copied"
          : state === "failed"
            ? "Copy blocked: select the text instead"
            : ""}
      </span>
    </>
  );
}
