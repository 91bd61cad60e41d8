import { useId, useRef, type ReactNode } from "react";
import { useMarkHydrated } from "@/components/shell/use-mark-hydrated";

/**
 * A labelled group of on/off filter buttons: each says whether it is on (aria-pressed) in text
 * weight and border as well as state, so colour never carries the meaning alone.
 */
export function FilterChips({
  label,
  options,
  selected,
  onToggle,
}: {
  label: string;
  options: { value: string; label: string }[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="flex flex-wrap items-center gap-2 text-sm">
      <span id={id} className="font-medium">
        {label}:
      </span>
      {options.map((o) => {
        const on = selected.includes(o.value);
        return (
          <button
            key={o.value}
            type="button"
            aria-pressed={on}
            onClick={() => onToggle(o.value)}
            className={`rounded-full border px-3 py-0.5 ${on ? "border-fg bg-surface font-medium" : "border-border"}`}
          >
            {o.label}
          </button>
        );
      })}
    </div>
  );
}

/** The frame every filter bar shares: a legend, the controls, what is shown, and a way back. */
export function FilterPanel({
  legend,
  status,
  active,
  onClear,
  testId,
  children,
}: {
  legend: string;
  status: string;
  active: boolean;
  onClear: () => void;
  testId?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLFieldSetElement>(null);
  useMarkHydrated(ref);
  return (
    <fieldset
      ref={ref}
      className="space-y-2 rounded-lg border border-border p-3"
      data-testid={testId}
    >
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      {children}
      <div className="flex flex-wrap items-center gap-2">
        <p className="text-xs text-muted" role="status">
          {status}
        </p>
        {active ? (
          <button type="button" onClick={onClear} className="ml-auto text-sm underline">
            Clear filters
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
