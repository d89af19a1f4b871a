import type Fraction from 'fraction.js';
import type { ExactText } from '../exact/exact-text.js';
import { formatExact } from '../exact/exact-text.js';
import { roundToText, type RoundingRule } from '../exact/rounding.js';
import type { ExplanationLine } from '../explain/line-types.js';
import type { FactWarning } from '../facts/fact-warning.js';
import type { LocalizedText } from '../i18n/locale.js';
import type { Outcome } from '../outcomes/outcome.js';
import type { MonthKey } from '../periods/month-key.js';
import type { Period } from '../periods/period.js';

/** A score: `exact` is the exact value (see `ExactText`), `value` the figure rounded by the scheme's rule. */
export type Amount = { exact: ExactText; value: string };

/** Options of the score functions. */
export type ScoreOptions = {
  /** Last month with complete records (a year in progress); later months are not scored. */
  asOf?: MonthKey;
  /** Build the explanation lines (default true). Ranking many members can turn them off. */
  explain?: boolean;
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
  /** Outcome flags (years only). */
  outcome: Outcome | null;
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

/** Builds an {@link Amount}. */
export function amount(value: Fraction, rounding: RoundingRule): Amount {
  return { exact: formatExact(value), value: roundToText(value, rounding) };
}
