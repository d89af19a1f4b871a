import Fraction from 'fraction.js';

/** Shared exact constants (fraction.js values are immutable, so sharing is safe). */
export const ZERO = new Fraction(0);
export const ONE = new Fraction(1);

/**
 * a + b, with no operation when either is the shared {@link ZERO}: sums start from it, and most
 * of a member's months add a zero somewhere (a bureau's refresh adds millions of values).
 */
export function plus(a: Fraction, b: Fraction): Fraction {
  return a === ZERO ? b : b === ZERO ? a : a.add(b);
}
