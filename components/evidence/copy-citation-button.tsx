/**
 * "Copy citation": plain server HTML, with no state of its own. CopyCitationListener (mounted
 * once in the layout) copies the quote beside it with this reference, and writes the outcome
 * into the status span.
 */
export function CopyCitationButton({ reference }: { reference: string }) {
  return (
    <>
      <button
        type="button"
        data-copy-citation={reference}
        className="ml-2 rounded border border-border px-1.5 py-0.5 text-xs text-fg"
      >
        Copy citation
      </button>
      <span role="status" className="ml-1 text-xs" />
    </>
  );
}
