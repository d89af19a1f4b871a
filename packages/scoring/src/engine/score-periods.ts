import type { Exact } from '../exact/exact.js';
import { plus, ZERO } from '../exact/constants.js';
import type { ExplanationLine } from '../explain/line-types.js';
import type { MemberYearFacts } from '../facts/facts-types.js';
import { MemberFactsIndex } from '../facts/member-facts-index.js';
import type { MonthKey } from '../periods/month-key.js';
import { monthsOfPeriod, type Period } from '../periods/period.js';
import { asCompiled } from '../scheme/compile-scheme.js';
import type { CompiledScheme } from '../scheme/compiled-scheme.js';
import type { Scheme } from '../scheme/scheme-types.js';
import { combineBase, scoreBase, scoreBaseMonth, type BaseMonth } from './base-section.js';
import {
  checkYear,
  countedMonths,
  finishPeriod,
  monthContexts,
  monthScore,
} from './score-period.js';
import type { MonthScore, ScoreOptions, ScoreResult } from './score-result.js';
import { capSpecial, scoreSpecial, scoreSpecialMonth } from './special-section.js';

/** A period to score, and whether it is provisional (default: `options.provisional`). */
export type PeriodToScore = { period: Period; provisional?: boolean };

/**
 * Scores one member over several periods of the same year (a year and its quarters, say) under
 * one scheme, giving exactly what {@link scorePeriod} gives for each period separately.
 *
 * The facts are indexed once, and without explanations each scored month is scored once: a
 * month's category scores, period deductions and special points do not depend on the period it
 * is averaged into (its quarter's months are the counted months either way), so each period only
 * adds up its own months, exactly, and applies its means and caps. With explanations each
 * period's month lines are scaled by its own number of months, so only the index is shared.
 */
export function scorePeriods(
  facts: MemberYearFacts,
  scheme: Scheme | CompiledScheme,
  periods: readonly PeriodToScore[],
  options: ScoreOptions = {},
): ScoreResult[] {
  const compiled = asCompiled(scheme);
  for (const { period } of periods) checkYear(facts, period);
  const explain = options.explain ?? true;
  const index = new MemberFactsIndex(facts);
  const counted = countedMonths(compiled, index, options.asOf, options.recordedThrough);
  const shared = explain ? null : scoreMonthsOnce(compiled, index, counted);
  return periods.map(({ period, provisional }) => {
    const inPeriod = new Set(monthsOfPeriod(period));
    const frame = {
      index,
      compiled,
      counted,
      period,
      inPeriod,
      provisional: (provisional ?? options.provisional) === true,
    };
    if (shared) {
      const picked = shared.filter((m) => inPeriod.has(m.score.month));
      const sums: Exact[] = compiled.special.items.map(() => ZERO);
      for (const m of picked) {
        for (let i = 0; i < sums.length; i++) {
          const earned = m.special[i] as Exact;
          sums[i] = plus(sums[i] as Exact, earned);
        }
      }
      return finishPeriod(frame, {
        base: combineBase(
          compiled,
          picked.map((m) => m.base),
          undefined,
        ),
        special: capSpecial(compiled, sums, undefined),
        months: picked.map((m) => m.score),
        lines: undefined,
      });
    }
    const contexts = monthContexts(index, counted, inPeriod, true);
    const lines: ExplanationLine[] = [];
    const base = scoreBase(compiled, contexts, lines);
    const special = scoreSpecial(compiled, contexts, lines);
    const months = contexts.map((ctx, k) => monthScore(compiled, ctx, base.months[k] as Exact[]));
    return finishPeriod(frame, { base, special, months, lines });
  });
}

type ScoredMonth = { base: BaseMonth; special: Exact[]; score: MonthScore };

/** Every counted month of the year scored once, without explanations. */
function scoreMonthsOnce(
  compiled: CompiledScheme,
  index: MemberFactsIndex,
  counted: readonly MonthKey[],
): ScoredMonth[] {
  return monthContexts(index, counted, new Set(counted), false).map((ctx) => {
    // n only scales explanation lines, which are not built here.
    const base = scoreBaseMonth(compiled, ctx, 1);
    return {
      base,
      special: scoreSpecialMonth(compiled, ctx),
      score: monthScore(compiled, ctx, base.scores),
    };
  });
}
