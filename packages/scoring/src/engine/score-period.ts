import type { Exact } from '../exact/exact.js';
import { plus, ZERO } from '../exact/constants.js';
import { parseDecimal } from '../exact/decimal.js';
import { formatExact } from '../exact/exact-text.js';
import { roundToText } from '../exact/rounding.js';
import type { ExplanationLine } from '../explain/line-types.js';
import type { FactWarning } from '../facts/fact-warning.js';
import type { MemberYearFacts } from '../facts/facts-types.js';
import { MemberFactsIndex } from '../facts/member-facts-index.js';
import { MonthContext } from '../facts/month-context.js';
import { decideOutcome } from '../outcomes/outcome.js';
import { daysInMonth, yearMonths, type MonthKey } from '../periods/month-key.js';
import { monthsOfPeriod, yearOfPeriod, type Period } from '../periods/period.js';
import type { Quarter } from '../periods/quarter.js';
import { asCompiled } from '../scheme/compile-scheme.js';
import type { CompiledScheme } from '../scheme/compiled-scheme.js';
import type { Scheme } from '../scheme/scheme-types.js';
import { capLine, scoreBase, type BaseOutcome } from './base-section.js';
import { scoreEvaluation } from './evaluation-section.js';
import { amount, type MonthScore, type ScoreOptions, type ScoreResult } from './score-result.js';
import { projectYear } from './projection.js';
import { roundingFormula } from './rounding-formula.js';
import { scoreSpecial, type SpecialOutcome } from './special-section.js';

/**
 * Scores one member over a period from the facts of their year.
 *
 * - base: each scored month (in a branch, from the scheme's first month, up to `asOf`) with that
 *   month's branch facts, then the mean of the period's scored months (proration by membership);
 * - special: the period's accepted declarations, capped per item, per parent and per section;
 * - evaluation: the grade's points, years only; a quarter or month is base + special;
 * - the total is exact until the end, then rounded once by the scheme's rule; outcome flags (years
 *   only) are decided on the rounded total.
 *
 * Pure: the same facts and scheme always give the same result. A scheme (not compiled) is validated
 * and compiled on each call; compile once with `compileScheme` when scoring many members.
 */
export function scorePeriod(
  facts: MemberYearFacts,
  scheme: Scheme | CompiledScheme,
  period: Period,
  options: ScoreOptions = {},
): ScoreResult {
  const compiled = asCompiled(scheme);
  checkYear(facts, period);
  return scoreIndexedPeriod(new MemberFactsIndex(facts), compiled, period, options);
}

/**
 * {@link scorePeriod} from facts already indexed (their year checked): the index is read-only once
 * built, so one serves every scheme a member is scored under (the what-if scores each twice).
 */
export function scoreIndexedPeriod(
  index: MemberFactsIndex,
  compiled: CompiledScheme,
  period: Period,
  options: ScoreOptions = {},
): ScoreResult {
  const explain = options.explain ?? true;
  const counted = countedMonths(compiled, index, options.asOf, options.recordedThrough);
  const inPeriod = new Set(monthsOfPeriod(period));
  const contexts = monthContexts(index, counted, inPeriod, explain);
  const lines: ExplanationLine[] | undefined = explain ? [] : undefined;
  const base = scoreBase(compiled, contexts, lines);
  const special = scoreSpecial(compiled, contexts, lines);
  const months = contexts.map((ctx, k) => monthScore(compiled, ctx, base.months[k] as Exact[]));
  return finishPeriod(
    { index, compiled, counted, period, inPeriod, provisional: options.provisional === true },
    { base, special, months, lines },
  );
}

/** Throws when a period of another year is asked of a member-year's facts. */
export function checkYear(facts: MemberYearFacts, period: Period): void {
  const year = yearOfPeriod(period);
  if (year !== facts.year) {
    throw new RangeError(
      `Period of ${year} asked of the facts of ${facts.year} (member ${facts.memberId})`,
    );
  }
}

/** The month views of the counted months within `inPeriod`, in order. */
export function monthContexts(
  index: MemberFactsIndex,
  counted: readonly MonthKey[],
  inPeriod: ReadonlySet<MonthKey>,
  explain: boolean,
): MonthContext[] {
  const contexts: MonthContext[] = [];
  for (const month of counted) {
    if (!inPeriod.has(month)) continue;
    const quarterStart = Math.floor((Number(month.slice(5, 7)) - 1) / 3) * 3;
    const quarterMonths = counted.filter((m) => {
      const i = Number(m.slice(5, 7)) - 1;
      return i >= quarterStart && i < quarterStart + 3;
    });
    const branchId = index.branchOf(month) as string;
    contexts.push(
      new MonthContext(index, month, branchId, daysInMonth(month), quarterMonths, explain),
    );
  }
  return contexts;
}

/** A scored month's base by category, as a result reports it. */
export function monthScore(
  compiled: CompiledScheme,
  ctx: MonthContext,
  scores: readonly Exact[],
): MonthScore {
  const rounding = compiled.rounding;
  const byCategory: Record<string, ReturnType<typeof amount>> = {};
  let sum: Exact = ZERO;
  compiled.base.categories.forEach((category, c) => {
    const score = scores[c] as Exact;
    byCategory[category.code] = amount(score, rounding);
    sum = plus(sum, score);
  });
  return {
    month: ctx.month,
    branchId: ctx.branchId,
    base: amount(sum, rounding),
    categories: byCategory,
  };
}

/** What a period is scored for: the member's index, the scheme and the months that count. */
export type PeriodFrame = {
  index: MemberFactsIndex;
  compiled: CompiledScheme;
  counted: readonly MonthKey[];
  period: Period;
  inPeriod: ReadonlySet<MonthKey>;
  provisional: boolean;
};

/**
 * A period's result from its base and special sections: warnings, evaluation (years), the total
 * capped and rounded once, outcome or projection.
 */
export function finishPeriod(
  frame: PeriodFrame,
  parts: {
    base: BaseOutcome;
    special: SpecialOutcome;
    months: MonthScore[];
    lines: ExplanationLine[] | undefined;
  },
): ScoreResult {
  const { index, compiled, period, provisional } = frame;
  const { base, special, months, lines } = parts;
  const facts = index.facts;
  const warnings: FactWarning[] = [...index.warnings];
  collectSchemeWarnings(compiled, index, warnings);
  warnUncountedDeclarations(facts, frame.inPeriod, new Set(frame.counted), warnings);
  const evaluation =
    period.kind === 'year' ? scoreEvaluation(compiled, facts.evaluation, lines, warnings) : null;

  let exact = plus(plus(base.total, special.total), evaluation ?? ZERO);
  if (exact.compare(compiled.totalCap) > 0) {
    // Unreachable while the section caps add up to the total (validated).
    lines?.push(
      capLine(
        'base',
        'sectionCap',
        { zh: '总分', en: 'Total' },
        exact,
        compiled.totalCap,
        exact.sub(compiled.totalCap),
      ),
    );
    exact = compiled.totalCap;
  }
  const rounding = compiled.rounding;
  const roundedText = roundToText(exact, rounding);
  const rounded = parseDecimal(roundedText);
  if (lines) {
    const difference = formatExact(rounded.sub(exact));
    lines.push({
      section: 'total',
      kind: 'rounding',
      label: { zh: '总分', en: 'Total' },
      inputs: {
        exact: formatExact(exact),
        decimals: rounding.decimals,
        mode: rounding.mode,
        rounded: roundedText,
      },
      records: [],
      formula: roundingFormula(roundedText, formatExact(exact), difference),
      raw: difference,
      points: difference,
    });
  }

  const version = compiled.scheme.version;
  const isYear = period.kind === 'year';
  return {
    memberId: facts.memberId,
    period,
    scheme:
      version === undefined
        ? { year: compiled.scheme.year }
        : { year: compiled.scheme.year, version },
    months,
    total: { exact: formatExact(exact), value: roundedText },
    sections: {
      base: amount(base.total, rounding),
      special: amount(special.total, rounding),
      evaluation: evaluation === null ? null : amount(evaluation, rounding),
    },
    categories: compiled.base.categories.map((category, c) => ({
      code: category.code,
      label: category.label,
      score: amount(base.categories[c] as Exact, rounding),
    })),
    specialItems: compiled.special.items.map((item, i) => ({
      code: item.code,
      label: item.label,
      score: amount(special.items[i] as Exact, rounding),
    })),
    evaluationGrade: period.kind === 'year' ? (facts.evaluation?.grade ?? null) : null,
    outcome: isYear && !provisional ? decideOutcome(rounded, compiled.outcomes, facts) : null,
    provisional,
    projection:
      isYear && provisional
        ? projectYear(compiled, {
            base: base.total,
            special: special.total,
            monthsScored: months.length,
            evaluation: facts.evaluation,
            member: facts,
          })
        : null,
    lines: lines ?? [],
    warnings,
  };
}

/** Scores a member's year (see {@link scorePeriod}). */
export function scoreYear(
  facts: MemberYearFacts,
  scheme: Scheme | CompiledScheme,
  options?: ScoreOptions,
): ScoreResult {
  return scorePeriod(facts, scheme, { kind: 'year', year: facts.year }, options);
}

/** Scores a quarter of the facts' year: base over its scored months plus its specials. */
export function scoreQuarter(
  facts: MemberYearFacts,
  scheme: Scheme | CompiledScheme,
  quarter: Quarter,
  options?: ScoreOptions,
): ScoreResult {
  return scorePeriod(facts, scheme, { kind: 'quarter', year: facts.year, quarter }, options);
}

/** Scores one month: its base score plus that month's specials. */
export function scoreMonth(
  facts: MemberYearFacts,
  scheme: Scheme | CompiledScheme,
  month: MonthKey,
  options?: ScoreOptions,
): ScoreResult {
  return scorePeriod(facts, scheme, { kind: 'month', month }, options);
}

/**
 * The months of the facts' year that are scored: in a branch, from the first month, up to asOf,
 * and (when given) recorded by the branch the member belonged to that month.
 */
export function countedMonths(
  scheme: CompiledScheme,
  index: MemberFactsIndex,
  asOf: MonthKey | undefined,
  recordedThrough: Readonly<Record<string, MonthKey>> | undefined,
): MonthKey[] {
  const months: MonthKey[] = [];
  yearMonths(index.facts.year).forEach((month, i) => {
    if (i + 1 < scheme.firstMonth) return;
    if (asOf !== undefined && month > asOf) return;
    const branchId = index.branchByMonth[i];
    if (branchId === undefined) return;
    if (recordedThrough !== undefined) {
      const through = recordedThrough[branchId];
      if (through === undefined || month > through) return;
    }
    months.push(month);
  });
  return months;
}

function collectSchemeWarnings(
  scheme: CompiledScheme,
  index: MemberFactsIndex,
  warnings: FactWarning[],
): void {
  if (scheme.scheme.year !== index.facts.year) {
    warnings.push({
      code: 'schemeOfAnotherYear',
      messageZh: `用 ${scheme.scheme.year} 年方案计算 ${index.facts.year} 年的记录`,
      messageEn: `Facts of ${index.facts.year} scored with the scheme of ${scheme.scheme.year}`,
    });
  }
  for (const [code, recordId] of index.recordItemCodes) {
    if (!scheme.itemCodes.has(code)) {
      warnings.push({
        code: 'unknownItem',
        messageZh: `记录所属项目 ${code} 不在方案中，未计分`,
        messageEn: `Records of item ${code}, which the scheme lacks, are not scored`,
        recordId,
      });
    }
  }
}

function warnUncountedDeclarations(
  facts: MemberYearFacts,
  inPeriod: ReadonlySet<MonthKey>,
  counted: ReadonlySet<MonthKey>,
  warnings: FactWarning[],
): void {
  for (const declaration of facts.declarations ?? []) {
    if (inPeriod.has(declaration.month) && !counted.has(declaration.month)) {
      warnings.push({
        code: 'declarationOutsideScoredMonths',
        messageZh: `申报所在月份 ${declaration.month} 不计分（不在支部或方案未施行）`,
        messageEn: `Declaration in ${declaration.month}, a month not scored (no branch, or before the scheme applies)`,
        recordId: declaration.id,
      });
    }
  }
}
