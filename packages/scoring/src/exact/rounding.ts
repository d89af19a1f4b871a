import type Fraction from 'fraction.js';
import type { LocalizedText } from '../i18n/locale.js';
import type { Exact } from './exact.js';

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

/** Each mode in words: the scheme editor's choices and the explanation's rounding line. */
export const ROUNDING_MODE_WORDS: Readonly<Record<RoundingMode, LocalizedText>> = {
  'half-up': { zh: '四舍五入', en: 'half up' },
  'half-even': { zh: '四舍六入五成双', en: 'half to even' },
  down: { zh: '直接舍去', en: 'rounded down' },
};

/**
 * Rounds an exact value to `rule.decimals` places and returns the decimal text with exactly that
 * many places (`"70.00"`), so figures line up in a published table.
 */
export function roundToText(value: Exact, rule: RoundingRule): string {
  // As formatExact: in doubles while every step is exact (scores are small), else in BigInt.
  if (!value.isBig) {
    const text = roundSmall(value.num < 0, Math.abs(value.num), value.den, rule);
    if (text !== undefined) return text;
  }
  return roundBig(value.asFraction(), rule);
}

function roundSmall(
  negative: boolean,
  n: number,
  d: number,
  rule: RoundingRule,
): string | undefined {
  const places = rule.decimals;
  const scaled = n * 10 ** places;
  if (!Number.isSafeInteger(scaled)) return undefined;
  // `%` of safe integers is exact, and so is the division of what it leaves.
  const rest = scaled % d;
  let q = (scaled - rest) / d;
  const twiceRest = rest * 2;
  if (rule.mode === 'half-up' ? twiceRest >= d : rule.mode === 'half-even' && twiceRest > d) {
    q += 1;
  } else if (rule.mode === 'half-even' && twiceRest === d && q % 2 === 1) {
    q += 1;
  }
  return withPlaces(negative && q !== 0, String(q), places);
}

/** An integer's digits as a decimal with exactly `places` after the point. */
function withPlaces(negative: boolean, integer: string, places: number): string {
  const digits = integer.padStart(places + 1, '0');
  const cut = digits.length - places;
  return (negative ? '-' : '') + digits.slice(0, cut) + (places > 0 ? '.' + digits.slice(cut) : '');
}

/** {@link roundToText} in BigInt, for any size. */
export function roundBig(value: Fraction, rule: RoundingRule): string {
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
  return withPlaces(value.s < 0n && q !== 0n, q.toString(), places);
}
