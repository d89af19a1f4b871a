import type { Exact } from '../exact/exact.js';
import { parseDecimal, type DecimalInput } from '../exact/decimal.js';
import type { PreviousYearFact } from '../facts/facts-types.js';
import type { CompiledOutcomes } from '../scheme/compiled-scheme.js';

/** Where a total falls; `none` is between the yellow band and the incentive threshold, if any gap. */
export type OutcomeBand =
  'priorityCandidate' | 'incentive' | 'none' | 'yellowWarning' | 'redWarning';

/** The consequences of an annual total (积分运用); several flags can hold at once. */
export type Outcome = {
  band: OutcomeBand;
  /** ≥ 80: 优先作为评优评先、提拔任用推荐对象. */
  priorityCandidate: boolean;
  /** ≥ 70: 学习、培训等激励关怀 (also true for priority candidates). */
  incentive: boolean;
  /** 60 ≤ total < 70: 黄色预警, 支部书记约谈提醒. */
  yellowWarning: boolean;
  /** < 60: 红色预警, 取消本年度评先评优资格. */
  redWarning: boolean;
  /** < 60 this year and last year: reported to the committee. */
  redTwoYearsRunning: boolean;
  /** A probationary member < 70: 约谈提醒. */
  probationaryInterview: boolean;
  /** A probationary member < 60: 视情延长预备期. */
  probationExtension: boolean;
};

/** The names of the boolean outcome flags. */
export type OutcomeFlag = Exclude<keyof Outcome, 'band'>;

/** The outcome flags in display order. */
export const OUTCOME_FLAGS: readonly OutcomeFlag[] = [
  'priorityCandidate',
  'incentive',
  'yellowWarning',
  'redWarning',
  'redTwoYearsRunning',
  'probationaryInterview',
  'probationExtension',
];

/**
 * The outcome of an annual total under a scheme's thresholds. `total` is the published (rounded)
 * total. "Red two years running" uses last year's red flag when given, else last year's total
 * against this year's red threshold; without either it is false.
 */
export function decideOutcome(
  total: Exact,
  thresholds: CompiledOutcomes,
  member: { probationary?: boolean; previousYear?: PreviousYearFact | null },
): Outcome {
  const atLeast = (bound: Exact) => total.compare(bound) >= 0;
  const below = (bound: Exact) => total.compare(bound) < 0;
  const priorityCandidate = atLeast(thresholds.priorityCandidateAtLeast);
  const incentive = atLeast(thresholds.incentiveAtLeast);
  const yellowWarning = atLeast(thresholds.yellowAtLeast) && below(thresholds.yellowBelow);
  const redWarning = below(thresholds.redBelow);
  const previous = member.previousYear;
  const previousRed =
    previous?.redWarning ??
    (previous?.total !== undefined
      ? parseTotal(previous.total).compare(thresholds.redTwoYearsBelow) < 0
      : false);
  const probationary = member.probationary === true;
  return {
    band: priorityCandidate
      ? 'priorityCandidate'
      : incentive
        ? 'incentive'
        : yellowWarning
          ? 'yellowWarning'
          : redWarning
            ? 'redWarning'
            : 'none',
    priorityCandidate,
    incentive,
    yellowWarning,
    redWarning,
    redTwoYearsRunning: below(thresholds.redTwoYearsBelow) && previousRed,
    probationaryInterview: probationary && below(thresholds.probationaryInterviewBelow),
    probationExtension: probationary && below(thresholds.probationExtensionBelow),
  };
}

function parseTotal(total: DecimalInput): Exact {
  return parseDecimal(total);
}
