import type { DecimalInput } from '../exact/decimal.js';
import { parseDecimal } from '../exact/decimal.js';
import { formatExact } from '../exact/exact-text.js';
import { ZERO } from '../exact/constants.js';
import { checkDecimal } from '../scheme/checks.js';
import type { LinePart, RuleKindDefinition } from './rule-kind.js';

/**
 * Violations (违纪违法情节轻微… 扣 10 分): `deductionPerCount` off the category, after normalisation,
 * for each violation recorded in the month. The category never goes below 0.
 */
export type ViolationRule = { kind: 'violation'; deductionPerCount: DecimalInput };

export const violationKind: RuleKindDefinition<ViolationRule> = {
  kind: 'violation',
  sections: ['base'],
  label: { zh: '违纪扣分', en: 'violation deduction' },
  validate: (rule, path) => checkDecimal(rule, 'deductionPerCount', path, 'positive'),
  bind(rule, item) {
    const perCount = parseDecimal(rule.deductionPerCount);
    const perCountText = formatExact(perCount);
    return {
      unitPoints: undefined,
      scoreMonth(ctx) {
        const records = ctx.violations(item.code);
        let count = 0;
        for (const record of records) {
          const n = record.count ?? 1;
          count += Number.isInteger(n) && n >= 0 ? n : 1;
        }
        const deduction = count === 0 ? ZERO : perCount.mul(count);
        if (!ctx.explain) return { attainable: ZERO, earned: ZERO, deduction, parts: [] };
        const part: LinePart =
          count === 0
            ? { role: 'earned', raw: ZERO, inputs: { count }, formula: '0', records: [] }
            : {
                role: 'deduction',
                raw: deduction,
                inputs: {
                  count,
                  notes: records
                    .map((r) => r.note ?? '')
                    .filter((n) => n !== '')
                    .join('; '),
                },
                formula: { op: 'mul', args: [String(count), perCountText] },
                records: records.map((r) => r.id),
              };
        return { attainable: ZERO, earned: ZERO, deduction, parts: [part] };
      },
    };
  },
  describe(inputs, locale) {
    if (inputs.count === 0)
      return locale === 'zh-CN' ? '本月无违纪违规记录' : 'no violation recorded this month';
    const notes =
      typeof inputs.notes === 'string' && inputs.notes !== '' ? `（${inputs.notes}）` : '';
    return locale === 'zh-CN'
      ? `本月违纪违规 ${inputs.count} 次${notes}`
      : `${inputs.count} violation(s) recorded this month${notes === '' ? '' : ` (${String(inputs.notes)})`}`;
  },
};
