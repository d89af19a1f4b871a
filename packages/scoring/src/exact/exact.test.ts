import fc from 'fast-check';
import Fraction from 'fraction.js';
import { Exact } from './exact.js';
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
    expect(formatExact(Exact.of(9))).toBe('9');
    expect(formatExact(parseExact('-2.5'))).toBe('-2.5');
    expect(formatExact(Exact.of(1, 8))).toBe('0.125');
    expect(formatExact(Exact.of(-1, 80))).toBe('-0.0125');
    expect(formatExact(Exact.of(74, 3))).toBe('74/3');
    expect(formatExact(Exact.of(-5, 3))).toBe('-5/3');
    expect(formatExact(Exact.of(0))).toBe('0');
    for (const text of ['74/3', '-5/3', '0.005', '-0.0125', '100']) {
      expect(formatExact(parseExact(text))).toBe(text);
    }
    expect(() => parseExact('1.2.3')).toThrow(RangeError);
  });

  it('rounds once, half up (away from zero) by default, keeping the places', () => {
    const halfUp = { decimals: 2, mode: 'half-up' } as const;
    expect(roundToText(parseExact('2.675'), halfUp)).toBe('2.68');
    expect(roundToText(parseExact('-2.675'), halfUp)).toBe('-2.68');
    expect(roundToText(Exact.of(427, 6), halfUp)).toBe('71.17');
    expect(roundToText(Exact.of(70), halfUp)).toBe('70.00');
    expect(roundToText(parseExact('-0.001'), halfUp)).toBe('0.00');
    expect(roundToText(parseExact('0.125'), { decimals: 2, mode: 'half-even' })).toBe('0.12');
    expect(roundToText(parseExact('0.135'), { decimals: 2, mode: 'half-even' })).toBe('0.14');
    expect(roundToText(parseExact('0.1251'), { decimals: 2, mode: 'half-even' })).toBe('0.13');
    expect(roundToText(Exact.of(2, 3), { decimals: 2, mode: 'down' })).toBe('0.66');
    expect(roundToText(Exact.of(2, 3), { decimals: 0, mode: 'half-up' })).toBe('1');
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
        const value = Exact.of(negative ? -n : n, d);
        expect(formatExact(value)).toBe(formatBig(value.asFraction()));
        expect(roundToText(value, r)).toBe(roundBig(value.asFraction(), r));
      }),
      { numRuns: 3000 },
    );
    expect(formatExact(Exact.of(2n ** 60n + 1n, 4n))).toBe('288230376151711744.25');
    expect(roundToText(Exact.of(2n ** 60n + 1n, 8n), { decimals: 2, mode: 'half-up' })).toBe(
      '144115188075855872.13',
    );
  });

  it('adds, subtracts, multiplies, divides and compares exactly as fraction.js, at any size', () => {
    // Small values (kept in doubles), values at the edge of the doubles' exact integers, and large
    // ones: every result and comparison must be fraction.js's, and the form canonical.
    const edge = 2n ** 53n;
    // 2^31 too: below it fractions are reduced in integer remainders, above it in doubles.
    const int32 = 2n ** 31n;
    const integer = fc.oneof(
      fc.bigInt({ min: -10_000n, max: 10_000n }),
      fc.bigInt({ min: int32 - 3_000n, max: int32 + 3_000n }),
      fc.bigInt({ min: edge - 3_000n, max: edge + 3_000n }),
      fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
    );
    const denominator = fc.oneof(
      fc.bigInt({ min: 1n, max: 1_000n }),
      fc.bigInt({ min: int32 - 3_000n, max: int32 + 3_000n }),
      fc.bigInt({ min: edge - 3_000n, max: edge + 3_000n }),
      fc.bigInt({ min: 1n, max: 2n ** 70n }),
    );
    const value = fc.tuple(integer, denominator);
    const same = (exact: Exact, fraction: Fraction) => {
      expect(exact.asFraction().equals(fraction)).toBe(true);
      // Canonical: kept in doubles exactly when numerator and denominator are safe integers.
      expect(exact.isBig).toBe(
        fraction.n > BigInt(Number.MAX_SAFE_INTEGER) ||
          fraction.d > BigInt(Number.MAX_SAFE_INTEGER),
      );
      expect(exact.equals(Exact.ofFraction(fraction))).toBe(true);
    };
    fc.assert(
      fc.property(value, value, ([an, ad], [bn, bd]) => {
        const [a, b] = [Exact.of(an, ad), Exact.of(bn, bd)];
        const [fa, fb] = [new Fraction(an, ad), new Fraction(bn, bd)];
        same(a, fa);
        same(a.add(b), fa.add(fb));
        same(a.sub(b), fa.sub(fb));
        same(a.mul(b), fa.mul(fb));
        if (bn !== 0n) same(a.div(b), fa.div(fb));
        same(a.neg(), fa.neg());
        expect(a.compare(b)).toBe(Math.sign(fa.compare(fb)));
        expect(a.equals(b)).toBe(fa.equals(fb));
        expect(a.isZero()).toBe(an === 0n);
        expect(a.isNegative()).toBe(an < 0n);
      }),
      { numRuns: 5000 },
    );
    expect(() => Exact.of(1).div(0)).toThrow(RangeError);
    expect(Exact.of(3).mul(2).equals(Exact.of(6))).toBe(true);
    expect(Exact.of(0).neg().equals(Exact.of(0))).toBe(true);
  });

  it('gives one value for each small whole number, whatever computed it', () => {
    const seven = Exact.of(7);
    expect(Exact.of(3).add(Exact.of(4))).toBe(seven);
    expect(Exact.of(21, 3)).toBe(seven);
    expect(Exact.of(-7).neg()).toBe(seven);
    expect(Exact.of(1, 2).add(Exact.of(13, 2))).toBe(seven);
    expect(Exact.ofFraction(new Fraction(14, 2))).toBe(seven);
    // Zero is one value too, negative or not.
    expect(Exact.of(5).sub(Exact.of(5))).toBe(Exact.of(0));
    expect(Exact.ofFraction(new Fraction(0).neg())).toBe(Exact.of(0));
    // Past the shared range, values are still exact and equal, not shared.
    expect(Exact.of(5000).add(Exact.of(5000)).equals(Exact.of(10000))).toBe(true);
    expect(formatExact(Exact.of(-1024).add(Exact.of(-1)))).toBe('-1025');
  });

  it('reads decimals and exact text of any length exactly', () => {
    for (const text of [
      '0',
      '-0.5',
      '12.25',
      '123456789012345',
      '1234567890123456789',
      '0.0000000000000001',
      '-99999999999999999.5',
    ]) {
      expect(parseDecimal(text).asFraction().equals(new Fraction(text))).toBe(true);
      expect(formatExact(parseExact(text))).toBe(formatBig(new Fraction(text)));
    }
    expect(formatExact(parseExact('-74/3'))).toBe('-74/3');
    expect(formatExact(parseExact('123456789012345678901/3'))).toBe('123456789012345678901/3');
  });
});
