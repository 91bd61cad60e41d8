"use client";

import { useEffect } from "react";
import { PAPER_TITLE } from "@/lib/paper-sections";

/**
 * Copies a quote with its full reference, ready to paste into a briefing note or slide.
 * The button is plain server HTML; this one listener, mounted once per page, serves every
 * button, so a page with a hundred quotes does not hydrate a hundred components.
 */
export function CopyCitationButton({ reference }: { reference: string }) {
  return (
    <>
      <button
        type="button"
        data-copy-citation={reference}
        className="ml-2 rounded border border-border px-1.5 py-0.5 text-xs text-fg"
      >
        Copy citation
      </button>
      <span role="status" className="ml-1 text-xs" />
    </>
  );
}

export function CopyCitationListener() {
  useEffect(() => {
    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.("[data-copy-citation]");
      if (!(button instanceof HTMLElement)) return;
      const status = button.nextElementSibling;
      try {
        // The quote is read from the page, so it is not repeated in every button's markup.
        const quote = button.closest("li")?.querySelector("blockquote")?.textContent?.trim() ?? "";
        await navigator.clipboard.writeText(
          `${quote} (${PAPER_TITLE}, ${button.dataset.copyCitation ?? ""})`,
        );
        if (status) status.textContent = "Copied";
      } catch {
        if (status) status.textContent = "Copy blocked: select the text instead";
      }
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  return null;
}
