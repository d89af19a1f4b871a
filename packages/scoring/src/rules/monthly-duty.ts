import type { DecimalInput } from '../exact/decimal.js';
import { parseDecimal } from '../exact/decimal.js';
import { formatExact } from '../exact/exact-text.js';
import { ZERO } from '../exact/constants.js';
import { checkBoolean, checkDecimal } from '../scheme/checks.js';
import { dutyStatusWords } from '../facts/cell-words.js';
import { NO_PARTS, type LinePart, type RuleKindDefinition } from './rule-kind.js';

/**
 * A monthly duty with a quarter-wide penalty (党费缴纳: 5 a month; "延期缴纳党费本季度每月扣 5 分").
 * A month paid (on time or late) earns `unitPoints`. If any scored month of a quarter was paid late
 * (or not paid, when `missingCountsAsLate`), `latePenaltyPerMonth` comes off the category, after
 * normalisation, in every scored month of that quarter — once per month, however many were late.
 */
export type MonthlyDutyRule = {
  kind: 'monthlyDuty';
  unitPoints: DecimalInput;
  latePenaltyPerMonth: DecimalInput;
  /** Whether an unpaid month triggers the quarter's penalty like a late one. */
  missingCountsAsLate: boolean;
};

export const monthlyDutyKind: RuleKindDefinition<MonthlyDutyRule> = {
  kind: 'monthlyDuty',
  sections: ['base'],
  label: { zh: '月度义务（季度扣分）', en: 'monthly duty with a quarterly penalty' },
  validate: (rule, path) => [
    ...checkDecimal(rule, 'unitPoints', path, 'positive'),
    ...checkDecimal(rule, 'latePenaltyPerMonth', path, 'nonNegative'),
    ...checkBoolean(rule, 'missingCountsAsLate', path),
  ],
  bind(rule, item) {
    const unit = parseDecimal(rule.unitPoints);
    const penalty = parseDecimal(rule.latePenaltyPerMonth);
    const unitText = formatExact(unit);
    const penaltyText = formatExact(penalty);
    return {
      unitPoints: unit,
      scoreMonth(ctx) {
        const fact = ctx.duty(item.code);
        const status = fact?.status ?? 'missing';
        const earned = status === 'missing' ? ZERO : unit;
        const lateMonths: string[] = [];
        const lateRecords: string[] = [];
        for (const month of ctx.quarterMonths) {
          const duty = ctx.duty(item.code, month);
          const late =
            duty?.status === 'late' ||
            (rule.missingCountsAsLate && (duty?.status ?? 'missing') === 'missing');
          if (late) {
            lateMonths.push(month);
            if (duty) lateRecords.push(duty.id);
          }
        }
        const deduction = lateMonths.length > 0 && !penalty.isZero() ? penalty : ZERO;
        if (!ctx.explain) return { attainable: unit, earned, deduction, parts: NO_PARTS };
        const parts: LinePart[] = [
          {
            role: 'earned',
            raw: earned,
            inputs: { status },
            formula: status === 'missing' ? '0' : unitText,
            records: fact ? [fact.id] : [],
          },
        ];
        if (deduction !== ZERO) {
          parts.push({
            role: 'deduction',
            raw: deduction,
            inputs: { penalty: true, lateMonths: lateMonths.join(', ') },
            formula: penaltyText,
            records: lateRecords,
          });
        }
        return { attainable: unit, earned, deduction, parts };
      },
    };
  },
  describe(inputs, locale) {
    if (inputs.penalty === true) {
      return locale === 'zh-CN'
        ? `本季度 ${inputs.lateMonths} 延期或未缴，本季度每月扣分`
        : `late or unpaid in ${inputs.lateMonths}: a penalty every month of the quarter`;
    }
    const words = (dutyStatusWords(String(inputs.status)) ?? dutyStatusWords('missing')!).words;
    return locale === 'zh-CN' ? words.zh : words.en;
  },
  fields: [
    { key: 'unitPoints', input: 'decimal' },
    { key: 'latePenaltyPerMonth', input: 'decimal' },
    { key: 'missingCountsAsLate', input: 'boolean' },
  ],
  defaults: { unitPoints: '5', latePenaltyPerMonth: '5', missingCountsAsLate: true },
  ledger: {
    cell: 'duty',
    unit: (rule) => ({
      zh: `${String(rule.unitPoints)} 分/月`,
      en: `${String(rule.unitPoints)} / month`,
    }),
  },
};
