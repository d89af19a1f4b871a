import type { Exact } from '../exact/exact.js';
import type { DecimalInput } from '../exact/decimal.js';
import { parseDecimal, parseDecimalCached } from '../exact/decimal.js';
import { formatExact } from '../exact/exact-text.js';
import { ZERO } from '../exact/constants.js';
import { at, checkDecimal, checkText } from '../scheme/checks.js';
import { problem } from '../scheme/problem.js';
import type { Expr } from '../explain/expr.js';
import { NO_PARTS, QUOTA_SANITY_FACTOR, type RuleKindDefinition } from './rule-kind.js';
import { daysInMonth } from '../periods/month-key.js';

/**
 * A monthly quota (学习强国 login, 每日一题): `maxPoints` a month when the measured value reaches the
 * target, minus `deductionPerUnit` for each unit short, never below 0. The target is a number or
 * `'daysInMonth'` (one unit per calendar day); a fact may override it for its month.
 */
export type MonthlyQuotaRule = {
  kind: 'monthlyQuota';
  maxPoints: DecimalInput;
  target: DecimalInput | 'daysInMonth';
  deductionPerUnit: DecimalInput;
  /** The unit measured, for explanations: 天 / days, 分 / points. */
  unitZh: string;
  unitEn: string;
};

export const monthlyQuotaKind: RuleKindDefinition<MonthlyQuotaRule> = {
  kind: 'monthlyQuota',
  sections: ['base'],
  label: { zh: '月度定额', en: 'monthly quota' },
  validate(rule, path) {
    const problems = [
      ...checkDecimal(rule, 'maxPoints', path, 'positive'),
      ...checkDecimal(rule, 'deductionPerUnit', path, 'positive'),
      ...checkText(rule, 'unitZh', path),
      ...checkText(rule, 'unitEn', path),
    ];
    if (rule.target !== 'daysInMonth') {
      const target = checkDecimal(rule, 'target', path, 'positive');
      problems.push(
        ...(target.length > 0 && rule.target !== undefined
          ? [
              problem(
                at(path, 'target'),
                'badTarget',
                '目标应为正数或 "daysInMonth"（当月天数）',
                'Target must be a positive number or "daysInMonth"',
              ),
            ]
          : target),
      );
    }
    return problems;
  },
  bind(rule, item) {
    const max = parseDecimal(rule.maxPoints);
    const perUnit = parseDecimal(rule.deductionPerUnit);
    const fixedTarget = rule.target === 'daysInMonth' ? undefined : parseDecimal(rule.target);
    const maxText = formatExact(max);
    const perUnitText = formatExact(perUnit);
    return {
      unitPoints: max,
      scoreMonth(ctx) {
        const fact = ctx.quota(item.code);
        const value = fact ? parseDecimalCached(fact.value) : ZERO;
        const target: Exact =
          fact?.target !== undefined
            ? parseDecimalCached(fact.target)
            : (fixedTarget ?? parseDecimalCached(ctx.daysInMonth));
        const short = target.compare(value) > 0 ? target.sub(value) : ZERO;
        const lost = short.mul(perUnit);
        const floored = lost.compare(max) > 0;
        const earned = floored ? ZERO : max.sub(lost);
        if (!ctx.explain) return { attainable: max, earned, deduction: ZERO, parts: NO_PARTS };
        const shortText = formatExact(short);
        const less: Expr = {
          op: 'sub',
          args: [maxText, { op: 'mul', args: [shortText, perUnitText] }],
        };
        return {
          attainable: max,
          earned,
          deduction: ZERO,
          parts: [
            {
              role: 'earned',
              raw: earned,
              inputs: {
                value: formatExact(value),
                target: formatExact(target),
                short: shortText,
                recorded: fact !== undefined,
                unitZh: rule.unitZh,
                unitEn: rule.unitEn,
              },
              formula: short.isZero() ? maxText : floored ? { op: 'max', args: ['0', less] } : less,
              records: fact ? [fact.id] : [],
            },
          ],
        };
      },
    };
  },
  describe(inputs, locale) {
    const none = inputs.recorded
      ? ''
      : locale === 'zh-CN'
        ? '（无记录，按 0 计）'
        : ' (no record, taken as 0)';
    return locale === 'zh-CN'
      ? `应达 ${inputs.target} ${inputs.unitZh}，实达 ${inputs.value} ${inputs.unitZh}${none}`
      : `${inputs.value} of ${inputs.target} ${inputs.unitEn}${none}`;
  },
  fields: [
    { key: 'maxPoints', input: 'decimal' },
    { key: 'target', input: 'target' },
    { key: 'deductionPerUnit', input: 'decimal' },
    { key: 'unitZh', input: 'text' },
    { key: 'unitEn', input: 'text' },
  ],
  defaults: {
    maxPoints: '10',
    target: 'daysInMonth',
    deductionPerUnit: '0.5',
    unitZh: '天',
    unitEn: 'days',
  },
  ledger: {
    cell: 'quota',
    unit: (rule) => ({
      zh: `${String(rule.maxPoints)} 分/月`,
      en: `${String(rule.maxPoints)} / month`,
    }),
    // A numeric target has no calendar bound: ten times it keeps a typo (1500 for 15.00) out.
    maxValue: (rule, month) =>
      rule.target === 'daysInMonth'
        ? daysInMonth(month)
        : parseDecimal(rule.target).mul(QUOTA_SANITY_FACTOR).valueOf(),
  },
};
