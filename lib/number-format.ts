/**
 * Numbers as a British reader writes them ("1,234.5", at most `maxFractionDigits` decimals,
 * no trailing zeros, halves rounded away from zero). Written out rather than left to
 * `Intl.NumberFormat`: building an Intl formatter was the costliest single step of hydrating
 * the figures page on a slow phone, and plain string work gives the server and the browser the
 * same text. It rounds the number's shortest decimal form (1.005 → 1.01, as Intl does), not its
 * binary value, which `toFixed` would round down. Zero never carries a minus sign.
 */
export function formatNumber(value: number, maxFractionDigits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole, fraction] = roundDecimal(Math.abs(value), maxFractionDigits);
  const decimals = fraction.replace(/0+$/, "");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = value < 0 && (/[1-9]/.test(whole) || decimals !== "") ? "-" : "";
  return `${sign}${grouped}${decimals ? `.${decimals}` : ""}`;
}

/** Whole and fractional digits of a non-negative number rounded half-up to `digits` places. */
function roundDecimal(abs: number, digits: number): [string, string] {
  const shortest = String(abs);
  if (/e/i.test(shortest)) {
    // Too large or too small for plain digits; toFixed is exact enough at these magnitudes.
    const [w = "0", f = ""] = abs.toFixed(digits).split(".");
    return [w, f];
  }
  const [whole = "0", fraction = ""] = shortest.split(".");
  if (fraction.length <= digits) return [whole, fraction];
  const kept = whole + fraction.slice(0, digits);
  const rounded =
    (fraction[digits] ?? "0") >= "5"
      ? (BigInt(kept) + BigInt(1)).toString().padStart(kept.length, "0")
      : kept;
  const cut = rounded.length - digits;
  return [rounded.slice(0, cut) || "0", rounded.slice(cut)];
}
