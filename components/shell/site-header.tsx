import Link from "next/link";
import { ThemeToggle } from "./theme-toggle";
import { PAGES, type PagePath } from "@/lib/routes";

const NAV = [
  { href: PAGES.overview, label: "Overview" },
  { href: PAGES.factions, label: "Iran's camps" },
  { href: PAGES.balancing, label: "Moscow's balancing" },
  { href: PAGES.figures, label: "Figures" },
  { href: PAGES.timeline, label: "Timeline" },
  { href: PAGES.ledger, label: "Ten years on" },
  { href: PAGES.sources, label: "Sources" },
  { href: PAGES.methodology, label: "Methodology" },
  { href: PAGES.present, label: "Present" },
] as const;

/** `current`: the page being shown, marked in the menu; none on pages outside it (the 404). */
export function SiteHeader({
  current,
  themeToggle = true,
}: {
  current?: PagePath;
  /**
   * Off on the not-found page: every page's payload carries that page (the root's not-found
   * boundary), and on pages without this header (the deck, the embeds) the toggle's client
   * code was fetched for it alone, about 5 kB gzipped. The reader's theme still applies there.
   */
  themeToggle?: boolean;
}) {
  return (
    <header className="border-b border-border bg-surface">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={PAGES.overview} prefetch={false} className="font-semibold text-fg no-underline">
          Russia–Iran Relations Dashboard
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {NAV.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              // Every page would otherwise fetch and run the code of all eight in the menu as
              // soon as it shows: on a phone or poor Wi-Fi that is most of a page's work. A
              // click still opens the next page without a full reload.
              prefetch={false}
              aria-current={current === item.href ? "page" : undefined}
              className={current === item.href ? "font-semibold" : ""}
            >
              {item.label}
            </Link>
          ))}
        </nav>
        {themeToggle ? (
          <div className="ml-auto">
            <ThemeToggle />
          </div>
        ) : null}
      </div>
    </header>
  );
}
