import type { Exact } from '../exact/exact.js';
import type { ExactText } from '../exact/exact-text.js';
import { formatExact } from '../exact/exact-text.js';
import { roundToText, type RoundingRule } from '../exact/rounding.js';
import type { ExplanationLine } from '../explain/line-types.js';
import type { FactWarning } from '../facts/fact-warning.js';
import type { LocalizedText } from '../i18n/locale.js';
import type { Outcome, OutcomeBand } from '../outcomes/outcome.js';
import type { MonthKey } from '../periods/month-key.js';
import type { Period } from '../periods/period.js';

/** A score: `exact` is the exact value (see `ExactText`), `value` the figure rounded by the scheme's rule. */
export type Amount = { exact: ExactText; value: string };

/** Options of the score functions. */
export type ScoreOptions = {
  /** Last month with complete records (a year in progress); later months are not scored. */
  asOf?: MonthKey;
  /**
   * Per branch, the last month its ledger is recorded through (已录入): a month is scored only if
   * it is not after its branch's entry, and a branch absent from the map has no month scored.
   * Absent: every month up to `asOf` counts. A member who moved is scored through each branch's own.
   */
  recordedThrough?: Readonly<Record<string, MonthKey>>;
  /**
   * The period is not yet judged (a quarter not signed, a year not approved). A provisional year
   * gets no outcome; it gets a `projection` instead (when the scheme defines one).
   */
  provisional?: boolean;
  /** Build the explanation lines (default true). Ranking many members can turn them off. */
  explain?: boolean;
};

/**
 * What a provisional year is on course for: the base of the scored months (as if the remaining
 * months go as they did), the special points accepted so far, and the evaluation grade recorded
 * or, before the evaluation, the scheme's assumed grade. Never a final outcome: `band` is the
 * projection's band and `earlyWarning` (进度预警) the warning band it falls in, if any.
 */
export type Projection = {
  total: Amount;
  base: Amount;
  special: Amount;
  evaluation: Amount;
  /** The grade the evaluation points come from. */
  evaluationGrade: string;
  /** Whether that grade is the scheme's assumption (not yet evaluated). */
  assumedGrade: boolean;
  /** The number of months the base rests on. */
  monthsScored: number;
  band: OutcomeBand;
  /** 进度预警: `yellowWarning` or `redWarning` when the projection falls in that band. */
  earlyWarning: 'yellowWarning' | 'redWarning' | null;
  /** Lines whose points add up exactly to `total.value`. */
  lines: ExplanationLine[];
};

/** One member's score for a month, a quarter or a year, with its explanation. */
export type ScoreResult = {
  memberId: string;
  period: Period;
  scheme: { year: number; version?: string };
  /** The months scored: in a branch, within the scheme's months and up to `asOf`. */
  months: MonthScore[];
  /** base + special (+ evaluation for a year); `value` is the published total. */
  total: Amount;
  sections: { base: Amount; special: Amount; evaluation: Amount | null };
  /** Base categories over the period (mean of the months). */
  categories: CategoryScore[];
  /** Special items after their own caps (before parent and section caps). */
  specialItems: CategoryScore[];
  /** The evaluation grade used (years only), null when not yet evaluated. */
  evaluationGrade: string | null;
  /** Outcome flags (years only, and never of a provisional year). */
  outcome: Outcome | null;
  /** The period is not yet judged (signed or approved): its figures may still change. */
  provisional: boolean;
  /** A provisional year's projection (see {@link Projection}); null otherwise. */
  projection: Projection | null;
  /** Lines whose points add up exactly to `total.value`; empty when `explain` is false. */
  lines: ExplanationLine[];
  warnings: FactWarning[];
};

/** A category's or item's score. */
export type CategoryScore = { code: string; label: LocalizedText; score: Amount };

/** The base score of one scored month, by category, before averaging. */
export type MonthScore = {
  month: MonthKey;
  branchId: string;
  base: Amount;
  categories: Record<string, Amount>;
};

// Per rounding rule (a compiled scheme's: one object per scheme), per denominator, per
// numerator: the Amount of each small value met. A bureau's refresh builds millions of amounts,
// most of them the same few thousand month and category figures, each formatted and rounded to
// text. Frozen, being shared; a rule's are dropped when they pass a bound.
type Amounts = { kept: number; byDen: Map<number, Map<number, Amount>> };
const amounts = new WeakMap<RoundingRule, Amounts>();
const AMOUNTS_KEPT = 20_000;

/** Builds an {@link Amount}: the same frozen object for the same small value and rule. */
export function amount(value: Exact, rounding: RoundingRule): Amount {
  if (value.isBig) return { exact: formatExact(value), value: roundToText(value, rounding) };
  let cache = amounts.get(rounding);
  if (!cache) amounts.set(rounding, (cache = { kept: 0, byDen: new Map() }));
  if (cache.kept >= AMOUNTS_KEPT) {
    cache.byDen.clear();
    cache.kept = 0;
  }
  let byNum = cache.byDen.get(value.den);
  if (!byNum) cache.byDen.set(value.den, (byNum = new Map()));
  let known = byNum.get(value.num);
  if (!known) {
    known = Object.freeze({ exact: formatExact(value), value: roundToText(value, rounding) });
    byNum.set(value.num, known);
    cache.kept++;
  }
  return known;
}
