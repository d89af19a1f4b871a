import { describe, expect, it } from 'vitest';
import { decimalForSort } from './sort-decimal.js';

/** The rule in BigInt alone: the fraction times a million, truncated toward zero. */
function reference(exact: string): string {
  const [n, d = '1'] = exact.split('/');
  const scaled = (BigInt(n!) * 1_000_000n) / BigInt(d);
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(7, '0');
  return `${scaled < 0n ? '-' : ''}${digits.slice(0, -6)}.${digits.slice(-6)}`;
}

describe('a total as the decimal its summary is ordered by', () => {
  it('truncates a fraction to six places toward zero, and writes a decimal with six', () => {
    expect(decimalForSort('74/3')).toBe('24.666666');
    expect(decimalForSort('-74/3')).toBe('-24.666666');
    expect(decimalForSort('1/3')).toBe('0.333333');
    expect(decimalForSort('-1/7')).toBe('-0.142857');
    expect(decimalForSort('61.5')).toBe('61.500000');
    expect(decimalForSort('-2')).toBe('-2.000000');
  });

  it('agrees with exact integer arithmetic, small numbers and large', () => {
    // A fixed pseudo-random walk (a linear congruential generator), so a failure repeats.
    let seed = 20_261_207n;
    const next = (bound: bigint) => {
      seed = (seed * 6_364_136_223_846_793_005n + 1_442_695_040_888_963_407n) % 2n ** 64n;
      return seed % bound;
    };
    for (let i = 0; i < 5_000; i++) {
      const large = i % 5 === 0;
      const n = next(large ? 10n ** 30n : 200_001n) - (large ? 5n * 10n ** 29n : 100_000n);
      const d = 2n + next(large && i % 2 === 0 ? 10n ** 20n : 999n);
      expect(decimalForSort(`${n}/${d}`), `${n}/${d}`).toBe(reference(`${n}/${d}`));
    }
  });
});
