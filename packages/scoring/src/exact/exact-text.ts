import Fraction from 'fraction.js';

/**
 * The canonical text of an exact value: a plain decimal when the value has a finite decimal
 * expansion (`"9"`, `"-2.5"`, `"0.125"`), otherwise a reduced fraction (`"74/3"`). JSON-safe and
 * lossless; {@link parseExact} reads it back.
 */
export type ExactText = string;

/** Formats a rational as {@link ExactText}. */
export function formatExact(value: Fraction): ExactText {
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
  const digits = scaled.toString().padStart(places + 1, '0');
  const cut = digits.length - places;
  const fractional = digits.slice(cut).replace(/0+$/, '');
  return sign + digits.slice(0, cut) + (fractional === '' ? '' : '.' + fractional);
}

const EXACT_TEXT = /^-?(0|[1-9]\d*)(\.\d+|\/[1-9]\d*)?$/;

/** Parses {@link ExactText} (decimal or `n/d`) back into a rational. */
export function parseExact(text: ExactText): Fraction {
  if (!EXACT_TEXT.test(text)) throw new RangeError(`Not an exact value: ${text}`);
  return new Fraction(text);
}
