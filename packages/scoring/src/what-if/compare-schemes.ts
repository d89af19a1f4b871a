import type { ScoreOptions } from '../engine/score-result.js';
import { scoreIndexedPeriod } from '../engine/score-period.js';
import { MemberFactsIndex } from '../facts/member-facts-index.js';
import type { MemberYearFacts } from '../facts/facts-types.js';
import {
  decideOutcome,
  OUTCOME_FLAGS,
  type Outcome,
  type OutcomeFlag,
} from '../outcomes/outcome.js';
import { asCompiled } from '../scheme/compile-scheme.js';
import type { CompiledScheme } from '../scheme/compiled-scheme.js';
import type { Scheme } from '../scheme/scheme-types.js';
import { parseDecimal } from '../exact/decimal.js';
import { formatExact } from '../exact/exact-text.js';
import type { ScoreResult } from '../engine/score-result.js';

/** What changes for one member between two schemes. */
export type SchemeComparison = {
  memberId: string;
  /**
   * Whether the member's year is still provisional, so that both sides are its projections
   * (预计): the totals and outcomes of the year as it is going, never a final result.
   */
  projected: boolean;
  /** Published (rounded) totals under scheme A and scheme B (projected totals when `projected`). */
  totalA: string;
  totalB: string;
  /** totalB − totalA, exact. */
  delta: string;
  outcomeA: Outcome;
  outcomeB: Outcome;
  /** Outcome flags that differ, e.g. `['yellowWarning', 'incentive']`. */
  changedFlags: OutcomeFlag[];
  /** Whether the total or any outcome flag differs. */
  changed: boolean;
};

export type CompareOptions = Omit<ScoreOptions, 'explain' | 'provisional'> & {
  /**
   * Whether a member's year is still provisional (not yet judged). Such a year is compared by its
   * projections under both schemes, and a member with no month scored yet is left out: there is
   * nothing of their year to compare. Both schemes must then define a projection.
   */
  provisional?: (facts: MemberYearFacts) => boolean;
};

/** A year's total and outcome as compared: the projection's for a provisional year. */
function sideOf(
  result: ScoreResult,
  scheme: CompiledScheme,
  facts: MemberYearFacts,
): { total: string; outcome: Outcome } {
  if (!result.provisional) return { total: result.total.value, outcome: result.outcome! };
  const projection = result.projection;
  if (!projection) throw new Error('compareSchemes: a provisional year needs a projection');
  // The projection keeps its band only; its flags follow from the same total and thresholds.
  const outcome = decideOutcome(parseDecimal(projection.total.value), scheme.outcomes, facts);
  return { total: projection.total.value, outcome };
}

/**
 * Scores the same member-years under two schemes (e.g. this year's and next year's draft) and lists
 * what changes for each member. Facts keep their own year; a scheme of another year is applied to
 * them as is (with a warning in each result, which this summary leaves out). A year still
 * provisional (`options.provisional`) is compared by its projections.
 */
export function compareSchemes(
  factsList: readonly MemberYearFacts[],
  schemeA: Scheme | CompiledScheme,
  schemeB: Scheme | CompiledScheme,
  { provisional: isProvisional, ...options }: CompareOptions = {},
): SchemeComparison[] {
  const a = asCompiled(schemeA);
  const b = asCompiled(schemeB);
  const comparisons: SchemeComparison[] = [];
  for (const facts of factsList) {
    // Indexed once for both schemes: indexing was a fifth of the comparison's time.
    const index = new MemberFactsIndex(facts);
    const year = { kind: 'year', year: facts.year } as const;
    const provisional = isProvisional?.(facts) === true;
    const scoring = { ...options, provisional, explain: false };
    const resultA = scoreIndexedPeriod(index, a, year, scoring);
    if (provisional && resultA.months.length === 0) continue;
    const resultB = scoreIndexedPeriod(index, b, year, scoring);
    const sideA = sideOf(resultA, a, facts);
    const sideB = sideOf(resultB, b, facts);
    const outcomeA = sideA.outcome;
    const outcomeB = sideB.outcome;
    const totalA = sideA.total;
    const totalB = sideB.total;
    const changedFlags = OUTCOME_FLAGS.filter((flag) => outcomeA[flag] !== outcomeB[flag]);
    const delta = parseDecimal(totalB).sub(parseDecimal(totalA));
    comparisons.push({
      memberId: facts.memberId,
      projected: provisional,
      totalA,
      totalB,
      delta: formatExact(delta),
      outcomeA,
      outcomeB,
      changedFlags,
      changed: !delta.isZero() || changedFlags.length > 0 || outcomeA.band !== outcomeB.band,
    });
  }
  return comparisons;
}
