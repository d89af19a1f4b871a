import { describe, expect, it } from 'vitest';
import { Exact } from '../exact/exact.js';
import { formatExact } from '../exact/exact-text.js';
import { roundToText, type RoundingRule } from '../exact/rounding.js';
import { amount } from './score-result.js';

const halfUp: RoundingRule = { decimals: 2, mode: 'half-up' };
const whole: RoundingRule = { decimals: 0, mode: 'half-up' };
const down: RoundingRule = { decimals: 2, mode: 'down' };

describe('an amount: a value exact and rounded by the scheme', () => {
  it('gives the exact text and the figure rounded by each scheme’s own rule', () => {
    const twoThirds = Exact.of(2, 3);
    expect(amount(twoThirds, halfUp)).toEqual({ exact: '2/3', value: '0.67' });
    expect(amount(twoThirds, whole)).toEqual({ exact: '2/3', value: '1' });
    expect(amount(twoThirds, down)).toEqual({ exact: '2/3', value: '0.66' });
    expect(amount(Exact.of(-5, 2), halfUp)).toEqual({ exact: '-2.5', value: '-2.50' });
    expect(amount(Exact.of(0), halfUp)).toEqual({ exact: '0', value: '0.00' });
  });

  it('shares one frozen amount for a value met again under the same rule', () => {
    const first = amount(Exact.of(74, 3), halfUp);
    expect(amount(Exact.of(148, 6), halfUp)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(amount(Exact.of(74, 3), { ...halfUp })).toEqual(first);
  });

  it('stays right for values beyond doubles and after many thousands of values', () => {
    const big = Exact.of(2n ** 60n + 1n, 4n);
    expect(amount(big, halfUp)).toEqual({
      exact: '288230376151711744.25',
      value: '288230376151711744.25',
    });
    const rule: RoundingRule = { decimals: 1, mode: 'half-even' };
    for (let n = 1; n <= 45_000; n += 1) {
      const value = Exact.of(n, 7);
      if (n % 997 === 0) {
        expect(amount(value, rule)).toEqual({
          exact: formatExact(value),
          value: roundToText(value, rule),
        });
      } else amount(value, rule);
    }
    expect(amount(Exact.of(3, 7), rule)).toEqual({ exact: '3/7', value: '0.4' });
  });
});
