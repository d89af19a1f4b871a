import Fraction from 'fraction.js';

/** Shared exact constants (fraction.js values are immutable, so sharing is safe). */
export const ZERO = new Fraction(0);
export const ONE = new Fraction(1);
