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

/**
 * A labelled native select of the themes. With `unsetLabel`, a first option chooses no theme
 * (null), e.g. a deck that follows the site's. The select gives up focus once used, so keys go
 * back to the page (a clicker's PageDown must move the slides, not change the theme).
 */
export function ThemeSelect({
  label,
  value,
  onChange,
  unsetLabel,
  className = "",
}: {
  label: string;
  value: Theme | null;
  onChange: (theme: Theme | null) => void;
  unsetLabel?: string;
  className?: string;
}) {
  return (
    <label className={`inline-flex items-center gap-2 text-sm ${className}`}>
      <span>{label}</span>
      <select
        value={value ?? ""}
        onChange={(e) => {
          e.target.blur();
          onChange(isTheme(e.target.value) ? e.target.value : null);
        }}
        className="rounded border border-border bg-bg px-2 py-1 text-fg"
      >
        {unsetLabel ? <option value="">{unsetLabel}</option> : null}
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {THEME_LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The site's theme: light, dark or projector, kept in this browser. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    // The pre-paint script has already set data-theme; read it back once mounted.
    const current = document.documentElement.dataset.theme;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTheme(isTheme(current) ? current : "light");
  }, []);

  return (
    <ThemeSelect
      label="Theme"
      value={theme ?? "light"}
      onChange={(next) => {
        if (!next) return;
        applyTheme(next);
        setTheme(next);
      }}
    />
  );
}
