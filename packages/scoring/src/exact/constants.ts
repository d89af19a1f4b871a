import { Exact } from './exact.js';

/** Shared exact constants (values are immutable, so sharing is safe). Every zero computed is ZERO. */
export const ZERO = Exact.of(0);
export const ONE = Exact.of(1);

/**
 * a + b, with no operation when either is the shared {@link ZERO}: sums start from it, and most
 * of a member's months add a zero somewhere (a bureau's refresh adds millions of values).
 */
export function plus(a: Exact, b: Exact): Exact {
  return a === ZERO ? b : b === ZERO ? a : a.add(b);
}
