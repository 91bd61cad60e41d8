"use client";

import { useEffect } from "react";
import { PAPER_TITLE } from "@/lib/data/paper-sections";

/**
 * The one click listener behind every "Copy citation" button (copy-citation-button.tsx), mounted
 * once per page, so a page with a hundred quotes does not hydrate a hundred components.
 */
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
