/**
 * What a key press does in a deck. Pure, so the mapping clickers and keyboards rely on is
 * unit-tested apart from the player. Presentation clickers send PageDown/PageUp (some send the
 * arrows or B for "blank"); a typed number followed by Enter jumps to that slide.
 */
export type DeckAction =
  | { type: "next" }
  | { type: "prev" }
  | { type: "first" }
  | { type: "last" }
  | { type: "goto"; index: number }
  | { type: "fullscreen" }
  | { type: "exit-fullscreen" }
  | { type: "digit"; buffer: string }
  | { type: "none" };

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The focus is on a control that uses this key itself (a button, a select, a text field). */
  inControl?: "button" | "field" | null;
}

/** Longest number a presenter types to jump: enough for any deck we allow. */
const MAX_DIGITS = 3;

export function deckKeyAction(input: KeyInput, buffer: string, count: number): DeckAction {
  const { key } = input;
  // Browser and system shortcuts (Ctrl+P to print the handout, Cmd+R) stay theirs.
  if (input.ctrlKey || input.metaKey || input.altKey) return { type: "none" };
  // A text field or select owns every key; a button owns Space and Enter (it activates on them).
  if (input.inControl === "field") return { type: "none" };
  // A typed slide number wins over the focused button: "5, Enter" after clicking Next jumps.
  const jumping = key === "Enter" && buffer !== "";
  if (input.inControl === "button" && (key === " " || (key === "Enter" && !jumping))) {
    return { type: "none" };
  }

  if (/^[0-9]$/.test(key)) {
    return { type: "digit", buffer: `${buffer}${key}`.slice(-MAX_DIGITS) };
  }
  if (key === "Enter") {
    if (!buffer) return { type: "none" };
    const n = Number(buffer);
    if (!Number.isInteger(n) || n < 1) return { type: "digit", buffer: "" };
    return { type: "goto", index: Math.min(n, count) - 1 };
  }
  switch (key) {
    case "ArrowRight":
    case "PageDown":
    case "ArrowDown":
      return { type: "next" };
    case " ":
      return input.shiftKey ? { type: "prev" } : { type: "next" };
    case "ArrowLeft":
    case "PageUp":
    case "ArrowUp":
    case "Backspace":
      return { type: "prev" };
    case "Home":
      return { type: "first" };
    case "End":
      return { type: "last" };
    case "f":
    case "F":
      return { type: "fullscreen" };
    case "Escape":
      return { type: "exit-fullscreen" };
    default:
      return { type: "none" };
  }
}

/** The slide a navigation action lands on, kept within the deck. */
export function nextIndex(action: DeckAction, index: number, count: number): number {
  const last = Math.max(0, count - 1);
  switch (action.type) {
    case "next":
      return Math.min(last, index + 1);
    case "prev":
      return Math.max(0, index - 1);
    case "first":
      return 0;
    case "last":
      return last;
    case "goto":
      return Math.min(last, Math.max(0, action.index));
    default:
      return index;
  }
}
