import type { Exact } from '../exact/exact.js';
import { ONE, plus, ZERO } from '../exact/constants.js';
import { formatExact } from '../exact/exact-text.js';
import type { ExplanationLine } from '../explain/line-types.js';
import type { MonthContext } from '../facts/month-context.js';
import type { CompiledCategory, CompiledItem, CompiledScheme } from '../scheme/compiled-scheme.js';
import type { LinePart } from '../rules/rule-kind.js';

/** The base section of a period, exact. */
export type BaseOutcome = {
  total: Exact;
  /** Per category, the mean over the scored months. */
  categories: Exact[];
  /** Per scored month, per category. */
  months: Exact[][];
};

/** One scored month of the base section, before averaging. */
export type BaseMonth = {
  /** Per category: normalised, minus the month's deductions, floored at 0. */
  scores: Exact[];
  /** Deductions of the month that come off the period's averaged base whole. */
  periodDeduction: Exact;
};

/**
 * Scores the base section: each category per month (normalised, minus deductions, floored at 0),
 * then the mean over the scored months. Lines carry each item's exact share of the period score.
 */
export function scoreBase(
  scheme: CompiledScheme,
  contexts: readonly MonthContext[],
  lines: ExplanationLine[] | undefined,
): BaseOutcome {
  const periodLines: ExplanationLine[] | undefined = lines ? [] : undefined;
  const months = contexts.map((ctx) =>
    scoreBaseMonth(scheme, ctx, contexts.length, lines, periodLines),
  );
  return combineBase(scheme, months, lines, periodLines);
}

/**
 * One month of the base section. A month's scores do not depend on the period it is averaged
 * into; only its lines do (`n`, the period's scored months, scales their points).
 */
export function scoreBaseMonth(
  scheme: CompiledScheme,
  ctx: MonthContext,
  n: number,
  lines?: ExplanationLine[],
  periodLines?: ExplanationLine[],
): BaseMonth {
  const scores: Exact[] = [];
  let periodDeduction: Exact = ZERO;
  for (const category of scheme.base.categories) {
    const month = scoreCategoryMonth(category, ctx, n, lines, periodLines);
    scores.push(month.score);
    if (!month.periodDeduction.isZero()) {
      periodDeduction = plus(periodDeduction, month.periodDeduction);
    }
  }
  return { scores, periodDeduction };
}

/** The base section of a period from its scored months (in order): means, cap, period deductions. */
export function combineBase(
  scheme: CompiledScheme,
  baseMonths: readonly BaseMonth[],
  lines: ExplanationLine[] | undefined,
  periodLines: readonly ExplanationLine[] = [],
): BaseOutcome {
  const categories = scheme.base.categories;
  const n = baseMonths.length;
  const sums: Exact[] = categories.map(() => ZERO);
  const months: Exact[][] = [];
  if (n === 0) {
    lines?.push({
      section: 'base',
      kind: 'noMonths',
      label: scheme.base.label,
      inputs: {},
      records: [],
      formula: '0',
      raw: '0',
      points: '0',
    });
    return { total: ZERO, categories: sums, months };
  }
  let periodDeductions: Exact = ZERO;
  for (const month of baseMonths) {
    for (let c = 0; c < sums.length; c++) {
      sums[c] = plus(sums[c] as Exact, month.scores[c] as Exact);
    }
    if (!month.periodDeduction.isZero()) {
      periodDeductions = plus(periodDeductions, month.periodDeduction);
    }
    months.push(month.scores);
  }
  const means = sums.map((sum) => (n === 1 ? sum : sum.div(n)));
  let total = means.reduce<Exact>(plus, ZERO);
  if (total.compare(scheme.base.cap) > 0) {
    // Unreachable while weights add up to the cap (validated); kept so the cap holds regardless.
    const excess = total.sub(scheme.base.cap);
    lines?.push(capLine('base', 'sectionCap', scheme.base.label, total, scheme.base.cap, excess));
    total = scheme.base.cap;
  }
  if (!periodDeductions.isZero()) {
    // Deductions applying to the period come off the averaged base whole, once each.
    lines?.push(...periodLines);
    const after = total.sub(periodDeductions);
    if (after.isNegative()) {
      const lift = after.neg();
      lines?.push({
        section: 'base',
        kind: 'baseFloor',
        label: scheme.base.label,
        inputs: { base: formatExact(total), deductions: formatExact(periodDeductions) },
        records: [],
        formula: { op: 'sub', args: [formatExact(periodDeductions), formatExact(total)] },
        raw: formatExact(lift),
        points: formatExact(lift),
      });
      total = ZERO;
    } else {
      total = after;
    }
  }
  return { total, categories: means, months };
}

/**
 * One category in one month: its score (normalised, minus the month's deductions, floored at 0)
 * and the deductions that apply to the whole period instead, whose lines go to `periodLines`.
 */
function scoreCategoryMonth(
  category: CompiledCategory,
  ctx: MonthContext,
  n: number,
  lines: ExplanationLine[] | undefined,
  periodLines: ExplanationLine[] | undefined,
): { score: Exact; periodDeduction: Exact } {
  let attainable: Exact = ZERO;
  let earned: Exact = ZERO;
  let deduction: Exact = ZERO;
  let periodDeduction: Exact = ZERO;
  const parts: { item: CompiledItem; part: LinePart }[] = [];
  for (const item of category.items) {
    const result = item.rule.scoreMonth(ctx);
    attainable = plus(attainable, result.attainable);
    earned = plus(earned, result.earned);
    deduction = plus(deduction, result.deduction);
    const whole = result.periodDeduction;
    if (whole !== undefined && !whole.isZero()) periodDeduction = plus(periodDeduction, whole);
    if (lines) {
      for (const part of result.parts) {
        if (part.role !== 'periodDeduction') {
          parts.push({ item, part });
          continue;
        }
        const raw = formatExact(part.raw.neg());
        // No category: the deduction is the base's, not the category's (it may exceed its weight).
        periodLines?.push({
          section: 'base',
          month: ctx.month,
          branchId: ctx.branchId,
          itemCode: item.code,
          kind: item.kind,
          label: item.label,
          inputs: part.inputs,
          records: part.records,
          formula: { op: 'neg', args: [part.formula] },
          raw,
          points: raw,
        });
      }
    }
  }
  const weight = category.weight;
  const scaled = category.normalisation === 'scale';
  const nothing = scaled && attainable.isZero();
  const normalised: Exact = nothing
    ? category.fullWhenNothingAttainable
      ? weight
      : ZERO
    : scaled
      ? // All that could be earned was (the same value, e.g. every session attended): the weight.
        earned === attainable
        ? weight
        : weight.mul(earned).div(attainable)
      : earned;
  const over = normalised !== weight && normalised.compare(weight) > 0;
  const score = (over ? weight : normalised).sub(deduction);
  const floored = score.isNegative();
  if (lines) {
    const weightText = formatExact(weight);
    const attainableText = formatExact(attainable);
    const factor =
      scaled && !nothing ? weight.div(attainable).div(n) : n === 1 ? undefined : ONE.div(n);
    const common = {
      section: 'base' as const,
      category: category.code,
      month: ctx.month,
      branchId: ctx.branchId,
    };
    for (const { item, part } of parts) {
      const earnedPart = part.role === 'earned';
      const raw = earnedPart ? part.raw : part.raw.neg();
      const points = earnedPart ? (factor ? raw.mul(factor) : raw) : n === 1 ? raw : raw.div(n);
      lines.push({
        section: 'base',
        category: category.code,
        month: ctx.month,
        branchId: ctx.branchId,
        itemCode: item.code,
        kind: item.kind,
        label: item.label,
        inputs: part.inputs,
        records: part.records,
        formula: earnedPart ? part.formula : { op: 'neg', args: [part.formula] },
        raw: formatExact(raw),
        scale:
          earnedPart && scaled && !nothing
            ? { weight: weightText, attainable: attainableText, months: n }
            : { months: n },
        points: formatExact(points),
      });
    }
    if (nothing && category.fullWhenNothingAttainable) {
      lines.push({
        ...common,
        kind: 'nothingAttainable',
        label: category.label,
        inputs: { full: true, weight: weightText },
        records: [],
        formula: weightText,
        raw: weightText,
        scale: { months: n },
        points: formatExact(n === 1 ? weight : weight.div(n)),
      });
    }
    if (over) {
      const excess = normalised.sub(weight);
      lines.push({
        ...common,
        kind: 'categoryCap',
        label: category.label,
        inputs: { value: formatExact(normalised), weight: weightText },
        records: [],
        formula: { op: 'neg', args: [{ op: 'sub', args: [formatExact(normalised), weightText] }] },
        raw: formatExact(excess.neg()),
        scale: { months: n },
        points: formatExact(excess.neg().div(n)),
      });
    }
    if (floored) {
      const lift = score.neg();
      lines.push({
        ...common,
        kind: 'floor',
        label: category.label,
        inputs: {
          normalised: formatExact(over ? weight : normalised),
          deductions: formatExact(deduction),
        },
        records: [],
        formula: {
          op: 'sub',
          args: [formatExact(deduction), formatExact(over ? weight : normalised)],
        },
        raw: formatExact(lift),
        scale: { months: n },
        points: formatExact(lift.div(n)),
      });
    }
  }
  return { score: floored ? ZERO : score, periodDeduction };
}

/** A line taking off what exceeds a cap. */
export function capLine(
  section: 'base' | 'special',
  kind: string,
  label: ExplanationLine['label'],
  sum: Exact,
  cap: Exact,
  excess: Exact,
  itemCode?: string,
): ExplanationLine {
  const sumText = formatExact(sum);
  const capText = formatExact(cap);
  const line: ExplanationLine = {
    section,
    kind,
    label,
    inputs: { sum: sumText, cap: capText },
    records: [],
    formula: { op: 'neg', args: [{ op: 'sub', args: [sumText, capText] }] },
    raw: formatExact(excess.neg()),
    points: formatExact(excess.neg()),
  };
  return itemCode === undefined ? line : { ...line, itemCode };
}
