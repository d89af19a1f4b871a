import type Fraction from 'fraction.js';

/** How a half is rounded. `half-up` rounds halves away from zero (四舍五入). */
export type RoundingMode = 'half-up' | 'half-even' | 'down';

/** The scheme's rounding rule: applied once, to the final reported figures only. */
export type RoundingRule = {
  /** Decimal places kept (0–6). */
  decimals: number;
  mode: RoundingMode;
};

/** The rounding modes a scheme may name. */
export const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'half-even', 'down'];

/**
 * Rounds an exact value to `rule.decimals` places and returns the decimal text with exactly that
 * many places (`"70.00"`), so figures line up in a published table.
 */
export function roundToText(value: Fraction, rule: RoundingRule): string {
  const places = rule.decimals;
  const scale = 10n ** BigInt(places);
  const scaled = value.n * scale;
  let q = scaled / value.d;
  const twiceRest = (scaled % value.d) * 2n;
  if (
    rule.mode === 'half-up'
      ? twiceRest >= value.d
      : rule.mode === 'half-even' && twiceRest > value.d
  ) {
    q += 1n;
  } else if (rule.mode === 'half-even' && twiceRest === value.d && q % 2n === 1n) {
    q += 1n;
  }
  const digits = q.toString().padStart(places + 1, '0');
  const cut = digits.length - places;
  const sign = value.s < 0n && q !== 0n ? '-' : '';
  return sign + digits.slice(0, cut) + (places > 0 ? '.' + digits.slice(cut) : '');
}
