import Link from "next/link";
import { SiteHeader } from "@/components/shell/site-header";
import { PAGES } from "@/lib/routes";

export default function NotFound() {
  return (
    <>
      <SiteHeader themeToggle={false} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-12">
        <h1 className="text-2xl font-bold">Page not found</h1>
        <p className="mt-2 text-muted">
          There is no page at this address. The dashboard&apos;s views are the{" "}
          <Link href={PAGES.overview}>overview</Link> and the{" "}
          <Link href={PAGES.factions}>comparison of Iran&apos;s camps on Russia</Link>.
        </p>
      </main>
    </>
  );
}
