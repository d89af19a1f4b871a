import type Fraction from 'fraction.js';
import { exactOfDecimal } from './decimal.js';
import { Exact } from './exact.js';

/**
 * The canonical text of an exact value: a plain decimal when the value has a finite decimal
 * expansion (`"9"`, `"-2.5"`, `"0.125"`), otherwise a reduced fraction (`"74/3"`). JSON-safe and
 * lossless; {@link parseExact} reads it back.
 */
export type ExactText = string;

/**
 * Formats a rational as {@link ExactText}. A value kept in doubles (see `Exact`) is formatted in
 * doubles, every step exact, at a fraction of BigInt's time (a bureau's refresh formats about two
 * million values); a larger one, or one whose digits would not be exact, in BigInt.
 */
export function formatExact(value: Exact): ExactText {
  if (!value.isBig) {
    const text = formatSmall(value.num < 0, Math.abs(value.num), value.den);
    if (text !== undefined) return text;
  }
  return formatBig(value.asFraction());
}

/** {@link formatExact} in doubles, every step exact; `undefined` when a step would not be. */
function formatSmall(negative: boolean, n: number, d: number): ExactText | undefined {
  const sign = negative && n !== 0 ? '-' : '';
  if (d === 1) return sign + String(n);
  let rest = d;
  let twos = 0;
  let fives = 0;
  while (rest % 2 === 0) {
    rest /= 2;
    twos++;
  }
  while (rest % 5 === 0) {
    rest /= 5;
    fives++;
  }
  if (rest !== 1) return `${sign}${n}/${d}`;
  const places = Math.max(twos, fives);
  if (places > 15) return undefined; // 10^places is a safe integer up to 10^15
  // d divides 10^places, so n × (10^places / d) is the value's digits, exact while it is safe.
  const scaled = n * (10 ** places / d);
  if (!Number.isSafeInteger(scaled)) return undefined;
  return sign + decimalDigits(String(scaled), places);
}

/** `digits` (an integer's) with its last `places` after the point, trailing zeros dropped. */
function decimalDigits(integer: string, places: number): string {
  const digits = integer.padStart(places + 1, '0');
  const cut = digits.length - places;
  const fractional = digits.slice(cut).replace(/0+$/, '');
  return digits.slice(0, cut) + (fractional === '' ? '' : '.' + fractional);
}

/** {@link formatExact} in BigInt, for any size. */
export function formatBig(value: Fraction): ExactText {
  const sign = value.s < 0n && value.n !== 0n ? '-' : '';
  const n = value.n;
  let d = value.d;
  if (d === 1n) return sign + n.toString();
  // A reduced fraction terminates in base 10 exactly when its denominator is 2^a × 5^b.
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  if (d !== 1n) return `${sign}${n.toString()}/${value.d.toString()}`;
  const places = Math.max(twos, fives);
  const scaled = (n * 10n ** BigInt(places)) / value.d;
  return sign + decimalDigits(scaled.toString(), places);
}

const EXACT_TEXT = /^-?(0|[1-9]\d*)(\.\d+|\/[1-9]\d*)?$/;

/** Parses {@link ExactText} (decimal or `n/d`) back into a rational. */
export function parseExact(text: ExactText): Exact {
  if (!EXACT_TEXT.test(text)) throw new RangeError(`Not an exact value: ${text}`);
  const slash = text.indexOf('/');
  if (slash < 0) return exactOfDecimal(text);
  const [n, d] = [text.slice(0, slash), text.slice(slash + 1)];
  // Up to 15 digits each, both are exact in a double.
  if (n.length <= 15 && d.length <= 15) return Exact.of(Number(n), Number(d));
  return Exact.of(BigInt(n), BigInt(d));
}
