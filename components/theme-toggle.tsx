"use client";

import { useEffect, useState } from "react";

type Theme = "light" | "dark";

/** Switches light/dark; the choice is kept in localStorage and applied before paint by the layout's script. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    // The pre-paint script has already set data-theme; read it back once mounted.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTheme(document.documentElement.dataset.theme === "dark" ? "dark" : "light");
  }, []);

  const next: Theme = theme === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      onClick={() => {
        document.documentElement.dataset.theme = next;
        try {
          localStorage.setItem("theme", next);
        } catch {
          // Private mode or storage disabled: the theme still applies for this page view.
        }
        setTheme(next);
      }}
      className="rounded border border-border px-3 py-1 text-sm"
      aria-label={theme ? `Switch to ${next} theme` : "Switch theme"}
    >
      {theme === "dark" ? "Light theme" : "Dark theme"}
    </button>
  );
}
