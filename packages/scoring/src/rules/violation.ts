import type { Exact } from '../exact/exact.js';
import type { DecimalInput } from '../exact/decimal.js';
import { parseDecimal } from '../exact/decimal.js';
import { formatExact } from '../exact/exact-text.js';
import { ZERO } from '../exact/constants.js';
import { checkDecimal, checkEnum } from '../scheme/checks.js';
import {
  MAX_BREACHES_A_MONTH,
  NO_PARTS,
  type LinePart,
  type RuleKindDefinition,
} from './rule-kind.js';

/** Where a violation's deduction is taken from. */
export type DeductionScope = 'month' | 'period';

/**
 * Violations (违纪违法情节轻微… 扣 10 分): `deductionPerCount` for each violation recorded in the
 * month. `appliesTo: 'month'` (the default) takes it off that month's category after
 * normalisation, the category never below 0, so it is then averaged over the scored months;
 * `'period'` takes it whole off the base score of every period containing the month (the month,
 * its quarter, the year), the base never below 0.
 */
export type ViolationRule = {
  kind: 'violation';
  deductionPerCount: DecimalInput;
  appliesTo?: DeductionScope;
};

const SCOPES: readonly DeductionScope[] = ['month', 'period'];

export const violationKind: RuleKindDefinition<ViolationRule> = {
  kind: 'violation',
  sections: ['base'],
  label: { zh: '违纪扣分', en: 'violation deduction' },
  validate: (rule, path) => [
    ...checkDecimal(rule, 'deductionPerCount', path, 'positive'),
    ...checkEnum(rule, 'appliesTo', path, SCOPES, false),
  ],
  bind(rule, item) {
    const perCount = parseDecimal(rule.deductionPerCount);
    const perCountText = formatExact(perCount);
    const wholePeriod = rule.appliesTo === 'period';
    return {
      unitPoints: undefined,
      scoreMonth(ctx) {
        const records = ctx.violations(item.code);
        let count = 0;
        for (const record of records) {
          const n = record.count ?? 1;
          count += Number.isInteger(n) && n >= 0 ? n : 1;
        }
        const taken: Exact = count === 0 ? ZERO : perCount.mul(count);
        const deduction = wholePeriod ? ZERO : taken;
        const periodDeduction = wholePeriod ? taken : ZERO;
        if (!ctx.explain) {
          return { attainable: ZERO, earned: ZERO, deduction, periodDeduction, parts: NO_PARTS };
        }
        const part: LinePart =
          count === 0
            ? { role: 'earned', raw: ZERO, inputs: { count }, formula: '0', records: [] }
            : {
                role: wholePeriod ? 'periodDeduction' : 'deduction',
                raw: taken,
                inputs: {
                  count,
                  notes: records
                    .map((r) => r.note ?? '')
                    .filter((n) => n !== '')
                    .join('; '),
                  ...(wholePeriod ? { appliesTo: 'period' } : {}),
                },
                formula: { op: 'mul', args: [String(count), perCountText] },
                records: records.map((r) => r.id),
              };
        return { attainable: ZERO, earned: ZERO, deduction, periodDeduction, parts: [part] };
      },
    };
  },
  describe(inputs, locale) {
    if (inputs.count === 0)
      return locale === 'zh-CN' ? '本月无违纪违规记录' : 'no violation recorded this month';
    const notes =
      typeof inputs.notes === 'string' && inputs.notes !== '' ? `（${inputs.notes}）` : '';
    const period = inputs.appliesTo === 'period';
    return locale === 'zh-CN'
      ? `本月违纪违规 ${inputs.count} 次${notes}${period ? '，从本期基础分中扣除' : ''}`
      : `${inputs.count} violation(s) recorded this month${notes === '' ? '' : ` (${String(inputs.notes)})`}${period ? ', taken off the period’s base score' : ''}`;
  },
  fields: [{ key: 'deductionPerCount', input: 'decimal' }],
  defaults: { deductionPerCount: '10' },
  ledger: {
    cell: 'breach',
    unit: (rule) => ({
      zh: `扣 ${String(rule.deductionPerCount)} 分/次`,
      en: `−${String(rule.deductionPerCount)} each`,
    }),
    maxValue: () => MAX_BREACHES_A_MONTH,
  },
};
