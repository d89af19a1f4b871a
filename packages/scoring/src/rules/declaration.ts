import { Exact } from '../exact/exact.js';
import type { DecimalInput } from '../exact/decimal.js';
import { parseDecimal } from '../exact/decimal.js';
import { formatExact } from '../exact/exact-text.js';
import { ZERO } from '../exact/constants.js';
import { checkDecimal } from '../scheme/checks.js';
import { NO_PARTS, type LinePart, type RuleKindDefinition } from './rule-kind.js';

/**
 * Special points from accepted member declarations (个人申报): each accepted declaration adds its
 * points (default `unitPoints`), at most `unitPoints` each; the item and section caps apply on top.
 */
export type DeclarationRule = { kind: 'declaration'; unitPoints: DecimalInput };

export const declarationKind: RuleKindDefinition<DeclarationRule> = {
  kind: 'declaration',
  sections: ['special'],
  label: { zh: '个人申报加分', en: 'accepted declarations' },
  validate: (rule, path) => checkDecimal(rule, 'unitPoints', path, 'positive'),
  bind(rule, item) {
    const unit = parseDecimal(rule.unitPoints);
    const unitText = formatExact(unit);
    return {
      unitPoints: unit,
      scoreMonth(ctx) {
        const declarations = ctx.declarations(item.code);
        let earned: Exact = ZERO;
        const parts: LinePart[] | undefined = ctx.explain ? [] : undefined;
        for (const declaration of declarations) {
          const declared =
            declaration.points === undefined ? unit : parseDecimal(declaration.points);
          const clamped = declared.compare(unit) > 0;
          const counted = declared.isNegative() ? ZERO : clamped ? unit : declared;
          earned = earned.add(counted);
          if (parts) {
            const declaredText = formatExact(declared);
            parts.push({
              role: 'earned',
              raw: counted,
              inputs: { declared: declaredText, unitPoints: unitText },
              formula: clamped
                ? { op: 'min', args: [declaredText, unitText] }
                : counted === ZERO
                  ? { op: 'max', args: ['0', declaredText] }
                  : declaredText,
              records: [declaration.id],
            });
          }
        }
        return { attainable: ZERO, earned, deduction: ZERO, parts: parts ?? NO_PARTS };
      },
    };
  },
  describe(inputs, locale) {
    return locale === 'zh-CN'
      ? `申报经审核通过，${inputs.declared} 分（每次至多 ${inputs.unitPoints} 分）`
      : `accepted declaration of ${inputs.declared} (at most ${inputs.unitPoints} each)`;
  },
  fields: [{ key: 'unitPoints', input: 'decimal' }],
  defaults: { unitPoints: '5' },
  ledger: {
    cell: 'declaration',
    unit: (rule) => ({
      zh: `${String(rule.unitPoints)} 分/次`,
      en: `${String(rule.unitPoints)} each`,
    }),
  },
};
