import { Exact } from './exact.js';

/**
 * A number in a scheme or in facts: a decimal string such as `"0.5"` or `"70"`, or a JS number
 * that prints as such (`0.5`). Numbers are read through their shortest decimal text, so `0.1` means
 * exactly one tenth; exponent notation and non-finite values are refused.
 */
export type DecimalInput = string | number;

const DECIMAL_TEXT = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** The decimal text of an input, or `undefined` when it is not an exact finite decimal. */
export function decimalText(input: unknown): string | undefined {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return undefined;
    const text = String(input);
    return DECIMAL_TEXT.test(text) ? text : undefined;
  }
  if (typeof input === 'string') {
    const text = input.trim();
    return DECIMAL_TEXT.test(text) ? text : undefined;
  }
  return undefined;
}

/** Whether an input is an exact finite decimal (see {@link DecimalInput}). */
export function isDecimal(input: unknown): input is DecimalInput {
  return decimalText(input) !== undefined;
}

/**
 * Parses a decimal input into an exact rational. Throws on anything that is not an exact decimal:
 * schemes are validated first, so a throw here is a programming error, not a user error.
 */
export function parseDecimal(input: DecimalInput): Exact {
  const text = decimalText(input);
  if (text === undefined) throw new RangeError(`Not an exact decimal: ${String(input)}`);
  return exactOfDecimal(text);
}

/** A checked decimal text (`-12.5`) as an exact value: its digits over a power of ten. */
export function exactOfDecimal(text: string): Exact {
  const dot = text.indexOf('.');
  const places = dot < 0 ? 0 : text.length - dot - 1;
  const digits = dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1);
  // Up to 15 digits and places, both the digits and 10^places are exact in a double.
  if (places <= 15 && digits.length <= (text.startsWith('-') ? 16 : 15)) {
    return Exact.of(Number(digits), 10 ** places);
  }
  return Exact.of(BigInt(digits), 10n ** BigInt(places));
}

const cache = new Map<DecimalInput, Exact>();
const CACHE_LIMIT = 4096;

/**
 * {@link parseDecimal} for values that repeat across member-years (login days, question points):
 * memoised, which is safe because exact values are immutable and parsing is pure.
 */
export function parseDecimalCached(input: DecimalInput): Exact {
  let value = cache.get(input);
  if (value === undefined) {
    value = parseDecimal(input);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(input, value);
  }
  return value;
}
