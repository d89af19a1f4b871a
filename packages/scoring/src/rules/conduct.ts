import type { DecimalInput } from '../exact/decimal.js';
import { parseDecimal } from '../exact/decimal.js';
import { formatExact } from '../exact/exact-text.js';
import { ZERO } from '../exact/constants.js';
import { checkDecimal } from '../scheme/checks.js';
import { MAX_BREACHES_A_MONTH, NO_PARTS, type RuleKindDefinition } from './rule-kind.js';

/**
 * A standing conduct item (政治建设: 四个意识… 2.5 分): earns `unitPoints` every scored month unless a
 * breach of that item is recorded that month (a violation record carrying the item's code).
 */
export type ConductRule = { kind: 'conduct'; unitPoints: DecimalInput };

export const conductKind: RuleKindDefinition<ConductRule> = {
  kind: 'conduct',
  sections: ['base'],
  label: { zh: '日常表现', en: 'standing conduct' },
  validate: (rule, path) => checkDecimal(rule, 'unitPoints', path, 'positive'),
  bind(rule, item) {
    const unit = parseDecimal(rule.unitPoints);
    const unitText = formatExact(unit);
    return {
      unitPoints: unit,
      scoreMonth(ctx) {
        const breaches = ctx.violations(item.code);
        const earned = breaches.length === 0 ? unit : ZERO;
        return {
          attainable: unit,
          earned,
          deduction: ZERO,
          parts: ctx.explain
            ? [
                {
                  role: 'earned',
                  raw: earned,
                  inputs: { breaches: breaches.length },
                  formula: breaches.length === 0 ? unitText : '0',
                  records: breaches.map((b) => b.id),
                },
              ]
            : NO_PARTS,
        };
      },
    };
  },
  describe(inputs, locale) {
    if (inputs.breaches === 0)
      return locale === 'zh-CN' ? '本月无违反记录' : 'no breach recorded this month';
    return locale === 'zh-CN'
      ? `本月有 ${inputs.breaches} 条违反记录，不得分`
      : `${inputs.breaches} ${inputs.breaches === 1 ? 'breach' : 'breaches'} recorded this month: no points`;
  },
  fields: [{ key: 'unitPoints', input: 'decimal' }],
  defaults: { unitPoints: '2.5' },
  ledger: {
    cell: 'breach',
    unit: (rule) => ({ zh: `${String(rule.unitPoints)} 分`, en: String(rule.unitPoints) }),
    maxValue: () => MAX_BREACHES_A_MONTH,
  },
};
