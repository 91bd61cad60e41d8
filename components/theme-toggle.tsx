"use client";

import { useEffect, useState } from "react";
import { THEME_LABELS, THEMES, type Theme } from "@/lib/constants";

function isTheme(value: string | undefined): value is Theme {
  return (THEMES as readonly (string | undefined)[]).includes(value);
}

/** Applies a theme to the page and remembers it; the layout's script re-applies it before paint. */
export function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem("theme", theme);
  } catch {
    // Private mode or storage disabled: the theme still applies for this page view.
  }
}

/** Light, dark or projector; a native select, so keyboards and screen readers need nothing extra. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    // The pre-paint script has already set data-theme; read it back once mounted.
    const current = document.documentElement.dataset.theme;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTheme(isTheme(current) ? current : "light");
  }, []);

  return (
    <label className="inline-flex items-center gap-2 text-sm">
      <span>Theme</span>
      <select
        value={theme ?? "light"}
        onChange={(e) => {
          if (!isTheme(e.target.value)) return;
          applyTheme(e.target.value);
          setTheme(e.target.value);
        }}
        className="rounded border border-border bg-bg px-2 py-1 text-fg"
      >
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {THEME_LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
