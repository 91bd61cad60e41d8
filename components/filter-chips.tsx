import { useId } from "react";

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
