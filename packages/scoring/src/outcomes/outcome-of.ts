import { parseDecimal, type DecimalInput } from '../exact/decimal.js';
import type { PreviousYearFact } from '../facts/facts-types.js';
import { asCompiled } from '../scheme/compile-scheme.js';
import type { CompiledScheme } from '../scheme/compiled-scheme.js';
import type { Scheme } from '../scheme/scheme-types.js';
import { decideOutcome, type Outcome } from './outcome.js';

/**
 * The outcome of a published annual total under a scheme's thresholds, for a total that did not
 * come from `scoreYear` (e.g. one stored before a threshold changed). `scoreYear` already gives it.
 */
export function outcomeOf(
  total: DecimalInput,
  scheme: Scheme | CompiledScheme,
  member: { probationary?: boolean; previousYear?: PreviousYearFact | null } = {},
): Outcome {
  return decideOutcome(parseDecimal(total), asCompiled(scheme).outcomes, member);
}
