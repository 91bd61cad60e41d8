import Link from "next/link";
import { ThemeToggle } from "./theme-toggle";

const NAV = [
  { href: "/", label: "Overview" },
  { href: "/factions", label: "Iran's camps" },
  { href: "/balancing", label: "Moscow's balancing" },
  { href: "/figures", label: "Figures" },
  { href: "/timeline", label: "Timeline" },
  { href: "/sources", label: "Sources" },
  { href: "/methodology", label: "Methodology" },
  { href: "/present", label: "Present" },
] as const;

export function SiteHeader({
  current,
  themeToggle = true,
}: {
  current: string;
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
        <Link href="/" prefetch={false} className="font-semibold text-fg no-underline">
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
