const SCALE = 1_000_000;

/**
 * A total's exact text (`"74/3"` or `"61.5"`) as the 6-place decimal its summary is ordered by: a
 * fraction truncated toward zero (`"74/3"` → `"24.666666"`). Written for every summary a refresh
 * writes; in doubles where they are exact (a numerator under nine billion), in BigInt otherwise.
 */
export function decimalForSort(exact: string): string {
  const slash = exact.indexOf('/');
  if (slash < 0) return exact;
  const n = exact.slice(0, slash);
  const d = exact.slice(slash + 1);
  const scaled = Number(n) * SCALE;
  const over = Number(d);
  const quotient =
    Number.isSafeInteger(scaled) && Number.isSafeInteger(over)
      ? truncatedQuotient(scaled, over)
      : (BigInt(n) * BigInt(SCALE)) / BigInt(d);
  return sixPlaces(quotient);
}

/**
 * `a / b` truncated toward zero, exactly, for safe integers: `%` is exact and keeps `a`'s sign, so
 * `a - a % b` is the multiple of `b` toward zero, and dividing it gives an integer exactly. A
 * plain `Math.trunc(a / b)` trusts the division's rounding.
 */
function truncatedQuotient(a: number, b: number): number {
  return (a - (a % b)) / b;
}

function sixPlaces(quotient: number | bigint): string {
  const negative = quotient < 0;
  const digits = (negative ? -quotient : quotient).toString().padStart(7, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -6)}.${digits.slice(-6)}`;
}
