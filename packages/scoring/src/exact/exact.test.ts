import fc from 'fast-check';
import Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import { decimalText, parseDecimal } from './decimal.js';
import { formatBig, formatExact, parseExact } from './exact-text.js';
import { roundBig, roundToText, type RoundingMode } from './rounding.js';

describe('exact numbers', () => {
  it('reads decimals exactly, from text or numbers', () => {
    expect(parseDecimal('0.1').add(parseDecimal('0.2')).equals(parseDecimal('0.3'))).toBe(true);
    expect(parseDecimal(0.1).add(parseDecimal(0.2)).equals(parseDecimal(0.3))).toBe(true);
    expect(decimalText(1e21)).toBeUndefined();
    expect(decimalText(Number.NaN)).toBeUndefined();
    expect(decimalText('1/3')).toBeUndefined();
    expect(decimalText(' 2.5 ')).toBe('2.5');
    expect(() => parseDecimal('abc')).toThrow(RangeError);
  });

  it('formats terminating values as decimals and others as fractions, losslessly', () => {
    expect(formatExact(new Fraction(9))).toBe('9');
    expect(formatExact(new Fraction('-2.5'))).toBe('-2.5');
    expect(formatExact(new Fraction(1, 8))).toBe('0.125');
    expect(formatExact(new Fraction(-1, 80))).toBe('-0.0125');
    expect(formatExact(new Fraction(74, 3))).toBe('74/3');
    expect(formatExact(new Fraction(-5, 3))).toBe('-5/3');
    expect(formatExact(new Fraction(0))).toBe('0');
    for (const text of ['74/3', '-5/3', '0.005', '-0.0125', '100']) {
      expect(formatExact(parseExact(text))).toBe(text);
    }
    expect(() => parseExact('1.2.3')).toThrow(RangeError);
  });

  it('rounds once, half up (away from zero) by default, keeping the places', () => {
    const halfUp = { decimals: 2, mode: 'half-up' } as const;
    expect(roundToText(new Fraction('2.675'), halfUp)).toBe('2.68');
    expect(roundToText(new Fraction('-2.675'), halfUp)).toBe('-2.68');
    expect(roundToText(new Fraction(427, 6), halfUp)).toBe('71.17');
    expect(roundToText(new Fraction(70), halfUp)).toBe('70.00');
    expect(roundToText(new Fraction('-0.001'), halfUp)).toBe('0.00');
    expect(roundToText(new Fraction('0.125'), { decimals: 2, mode: 'half-even' })).toBe('0.12');
    expect(roundToText(new Fraction('0.135'), { decimals: 2, mode: 'half-even' })).toBe('0.14');
    expect(roundToText(new Fraction('0.1251'), { decimals: 2, mode: 'half-even' })).toBe('0.13');
    expect(roundToText(new Fraction(2, 3), { decimals: 2, mode: 'down' })).toBe('0.66');
    expect(roundToText(new Fraction(2, 3), { decimals: 0, mode: 'half-up' })).toBe('1');
  });

  it('formats and rounds small values in doubles exactly as in BigInt, and large ones too', () => {
    // Around the edge of the doubles' exact integers (2^53), where the fast path must give way.
    const edge = 2n ** 53n;
    const integer = fc.oneof(
      fc.bigInt({ min: 0n, max: 10_000n }),
      fc.bigInt({ min: edge - 5_000n, max: edge + 5_000n }),
      fc.bigInt({ min: 0n, max: 2n ** 80n }),
    );
    const denominator = fc.oneof(
      fc.constantFrom(
        1n,
        2n,
        3n,
        4n,
        5n,
        8n,
        12n,
        16n,
        40n,
        625n,
        2n ** 40n,
        10n ** 15n,
        10n ** 16n,
      ),
      integer.map((d) => d + 1n),
    );
    const rule = fc.record({
      decimals: fc.integer({ min: 0, max: 6 }),
      mode: fc.constantFrom<RoundingMode>('half-up', 'half-even', 'down'),
    });
    fc.assert(
      fc.property(integer, denominator, fc.boolean(), rule, (n, d, negative, r) => {
        const value = new Fraction(negative ? -n : n, d);
        expect(formatExact(value)).toBe(formatBig(value));
        expect(roundToText(value, r)).toBe(roundBig(value, r));
      }),
      { numRuns: 3000 },
    );
    expect(formatExact(new Fraction(2n ** 60n + 1n, 4n))).toBe('288230376151711744.25');
    expect(roundToText(new Fraction(2n ** 60n + 1n, 8n), { decimals: 2, mode: 'half-up' })).toBe(
      '144115188075855872.13',
    );
  });
});
