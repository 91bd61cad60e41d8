"use client";

import Link from "next/link";
import { embedPath } from "@/lib/routes";
import { writeStored } from "@/components/shell/use-stored-value";
import { useState, type RefObject } from "react";
import type { ChartExportData } from "@/lib/export/chart-export";

const FORMATS = [
  { id: "png", label: "PNG image (2×)" },
  { id: "png-light", label: "PNG image, light (for print)" },
  { id: "svg", label: "SVG image" },
  { id: "csv", label: "CSV data" },
  { id: "json", label: "JSON data" },
] as const;

/**
 * Exports of one chart. The export code (SVG clean-up, canvas, file building) is fetched only
 * when a format is chosen, so it costs nothing on the page until then.
 */
export function ExportMenu({
  figureRef,
  data,
  embed,
}: {
  figureRef: RefObject<HTMLElement | null>;
  /** The chart's texts and table: the CSV and JSON are written from these, not read off the page. */
  data: ChartExportData;
  /** The view as a deck token: offers the code that embeds it in another site's page. */
  embed?: string;
}) {
  const [status, setStatus] = useState("");
  const [embedCode, setEmbedCode] = useState<string | null>(null);
  const showEmbed = () => {
    const title = data.title || "Chart";
    const src = new URL(embedPath(embed ?? ""), window.location.origin).href;
    // Escaped for an HTML attribute: the title is the chart's, but may hold quotes.
    const attr = (s: string) =>
      s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    setEmbedCode(
      `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`,
    );
    setStatus("");
  };
  const copyEmbed = async () => {
    try {
      await navigator.clipboard.writeText(embedCode ?? "");
      setStatus("Embed code copied.");
    } catch {
      setStatus("Select the code above and copy it.");
    }
  };
  const run = async (format: (typeof FORMATS)[number]["id"]) => {
    const figure = figureRef.current;
    if (!figure) return;
    setStatus("Preparing…");
    try {
      const { exportChart } = await import("./chart-export");
      const name = await exportChart(figure, data, format);
      setStatus(`Downloaded ${name}`);
    } catch (error) {
      setStatus(
        `The export failed${error instanceof Error ? `: ${error.message}` : ""}. Try the table view instead.`,
      );
    }
  };
  return (
    <details className="export-menu relative">
      <summary className="cursor-pointer list-none rounded border border-border bg-surface px-3 py-1 text-sm font-medium hover:border-accent">
        Export
      </summary>
      <div className="absolute right-0 z-10 mt-1 w-72 max-w-[90vw] rounded border border-border bg-bg p-2 shadow-lg">
        <ul className="space-y-1">
          {FORMATS.map((f) => (
            <li key={f.id}>
              <button
                type="button"
                data-export={f.id}
                onClick={() => void run(f.id)}
                className="w-full rounded px-2 py-1 text-left text-sm hover:bg-surface"
              >
                {f.label}
              </button>
            </li>
          ))}
          {embed ? (
            <li>
              <button
                type="button"
                data-export="embed"
                aria-expanded={embedCode !== null}
                onClick={showEmbed}
                className="w-full rounded px-2 py-1 text-left text-sm hover:bg-surface"
              >
                Embed in another page
              </button>
            </li>
          ) : null}
        </ul>
        {embedCode !== null ? (
          <div className="mt-2 space-y-1">
            <label className="block text-xs font-medium">
              Embed code (an iframe showing this view, its source and a link back)
              <textarea
                readOnly
                value={embedCode}
                rows={4}
                onFocus={(e) => e.currentTarget.select()}
                className="mt-1 block w-full rounded border border-border bg-surface p-1 font-mono text-xs"
              />
            </label>
            <button
              type="button"
              onClick={() => void copyEmbed()}
              className="rounded border border-border bg-surface px-2 py-0.5 text-xs"
            >
              Copy embed code
            </button>
          </div>
        ) : null}
        <p role="status" className="mt-1 text-xs text-muted">
          {status}
        </p>
      </div>
    </details>
  );
}

/** Appends a view to the deck kept in this browser, and links to it (the link holds the deck). */
export function AddToDeckButton({
  slide,
  label = "Add to deck",
}: {
  slide: string;
  label?: string;
}) {
  // The deck's address and size once a view was added (for the link to it), null before.
  const [deck, setDeck] = useState<{ href: string; length: number } | null>(null);
  const [message, setMessage] = useState("");
  const add = async () => {
    // The deck code (token parsing, which knows every view a slide can show) is fetched on the
    // first click: every chart has this button, and the code weighed on each page's first load.
    const {
      DECK_STORAGE_KEY,
      deckQuery,
      MAX_DECK_SLIDES,
      parseSlideToken,
      readStoredDeck,
      storedDeckValue,
    } = await import("@/lib/deck/deck");
    const linkTo = (specs: ReturnType<typeof readStoredDeck>) => ({
      href: `/present?${deckQuery(specs, null)}`,
      length: specs.length,
    });
    const parsed = parseSlideToken(slide);
    if ("error" in parsed) {
      setMessage(`This view cannot be a slide (${parsed.error}).`);
      return;
    }
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(DECK_STORAGE_KEY);
    } catch {
      // Storage blocked: the deck still lives in the link below.
    }
    const current = readStoredDeck(stored);
    if (current.length >= MAX_DECK_SLIDES) {
      setDeck(linkTo(current));
      setMessage(`Your deck is full (${MAX_DECK_SLIDES} slides); remove one in the deck first.`);
      return;
    }
    const next = [...current, parsed.spec];
    // Tells an open deck in this window too; the link carries the deck even without storage.
    writeStored("local", DECK_STORAGE_KEY, storedDeckValue(next));
    setDeck(linkTo(next));
    setMessage(`Added as slide ${next.length}.`);
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void add()}
        data-add-to-deck={slide}
        className="rounded border border-border bg-surface px-3 py-1 text-sm font-medium hover:border-accent"
      >
        {label}
      </button>
      <span role="status" className="text-xs text-muted">
        {message}
        {deck && deck.length ? (
          <>
            {" "}
            <Link href={deck.href}>Open your deck ({deck.length})</Link>
          </>
        ) : null}
      </span>
    </span>
  );
}
