/**
 * Previous, "Slide n of m", Next and the slide number being typed: the same controls in the
 * slides window and the speaker view, whichever of the two is driving.
 */
export function DeckNav({
  index,
  count,
  buffer,
  onGo,
  counterTestId,
}: {
  index: number;
  count: number;
  buffer: string;
  onGo: (index: number) => void;
  counterTestId: string;
}) {
  return (
    <>
      <button
        type="button"
        onClick={() => onGo(index - 1)}
        disabled={index === 0}
        className="deck-button"
      >
        Previous
      </button>
      <span aria-live="polite" data-testid={counterTestId} className="tabular-nums">
        Slide {index + 1} of {count}
      </span>
      <button
        type="button"
        onClick={() => onGo(index + 1)}
        disabled={index === count - 1}
        className="deck-button"
      >
        Next
      </button>
      {buffer ? (
        <span className="rounded border border-border px-2" aria-live="polite">
          Go to {buffer}… (Enter)
        </span>
      ) : null}
    </>
  );
}
