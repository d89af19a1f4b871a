import type { ExactText } from '../exact/exact-text.js';
import type { Expr } from '../explain/expr.js';

/**
 * The final rounding's formula: the rounded total less the exact one, or the bare 0 when the
 * total needs no rounding (an explanation then reads "无需舍入 → 0", not "70.75 − 70.75 = 0").
 */
export function roundingFormula(rounded: ExactText, exact: ExactText, difference: ExactText): Expr {
  return difference === '0' ? '0' : { op: 'sub', args: [rounded, exact] };
}
