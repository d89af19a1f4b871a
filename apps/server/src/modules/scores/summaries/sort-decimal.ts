import { parseExact, roundToText, type RoundingRule } from '@jifen/scoring';

// Six places, cut toward zero: the `numeric(14,6)` column a summary is ordered by.
const FOR_SORT: RoundingRule = { decimals: 6, mode: 'down' };

/**
 * A total's exact text (`"74/3"` or `"61.5"`) as the 6-place decimal its summary is ordered by
 * (`"74/3"` → `"24.666666"`), by the scoring package's own rounding: in doubles while they are
 * exact, in BigInt beyond.
 */
export function decimalForSort(exact: string): string {
  return roundToText(parseExact(exact), FOR_SORT);
}
