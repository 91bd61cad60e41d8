/**
 * Numbers as a British reader writes them: thousands grouped with commas ("1,234.5"), at most
 * `maxFractionDigits` decimals, no trailing zeros, halves rounded away from zero. Zero never
 * carries a minus sign, not even a negative value that rounds to zero ("-0.0001" → "0").
 *
 * Intl.NumberFormat does the work. Building a formatter is the costly part, so there is one per
 * fraction-digit setting, made on first use and kept for the life of the page or process.
 */
const formatters = new Map<number, Intl.NumberFormat>();

function formatter(maxFractionDigits: number): Intl.NumberFormat {
  let f = formatters.get(maxFractionDigits);
  if (!f) {
    f = new Intl.NumberFormat("en-GB", {
      maximumFractionDigits: maxFractionDigits,
      signDisplay: "negative",
    });
    formatters.set(maxFractionDigits, f);
  }
  return f;
}

export function formatNumber(value: number, maxFractionDigits = 3): string {
  return formatter(maxFractionDigits).format(value);
}
