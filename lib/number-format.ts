/**
 * Numbers as a British reader writes them ("1,234.5", at most `maxFractionDigits` decimals,
 * no trailing zeros). Written out rather than left to `Intl.NumberFormat`: building an Intl
 * formatter was the costliest single step of hydrating the figures page on a slow phone, and
 * plain string work gives the server and the browser the same text.
 */
export function formatNumber(value: number, maxFractionDigits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole = "0", fraction = ""] = Math.abs(value).toFixed(maxFractionDigits).split(".");
  const decimals = fraction.replace(/0+$/, "");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = value < 0 && (/[1-9]/.test(whole) || decimals !== "") ? "-" : "";
  return `${sign}${grouped}${decimals ? `.${decimals}` : ""}`;
}
