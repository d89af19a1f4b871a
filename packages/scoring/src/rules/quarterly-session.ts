import type { DecimalInput } from '../exact/decimal.js';
import { parseDecimal } from '../exact/decimal.js';
import { formatExact } from '../exact/exact-text.js';
import { ZERO } from '../exact/constants.js';
import { checkDecimal } from '../scheme/checks.js';
import type { Expr } from '../explain/expr.js';
import { NO_PARTS, type RuleKindDefinition } from './rule-kind.js';

/**
 * A session held once a quarter whose attendees are credited every month of that quarter (支部大会:
 * "季度会议参加者 … 本季度每月得 5 分"). A month is attainable once the quarter's session is held; if
 * more than one was held, the credit is `pointsPerMonth × attended ÷ held`.
 */
export type QuarterlySessionRule = { kind: 'quarterlySession'; pointsPerMonth: DecimalInput };

export const quarterlySessionKind: RuleKindDefinition<QuarterlySessionRule> = {
  kind: 'quarterlySession',
  sections: ['base'],
  label: { zh: '季度会议按月计分', en: 'quarterly session credited monthly' },
  validate: (rule, path) => checkDecimal(rule, 'pointsPerMonth', path, 'positive'),
  bind(rule, item) {
    const points = parseDecimal(rule.pointsPerMonth);
    const pointsText = formatExact(points);
    return {
      unitPoints: points,
      scoreMonth(ctx) {
        const held = ctx.quarterSessionsHeld(item.code);
        let attended = 0;
        const records: string[] = [];
        for (const session of held) {
          const record = ctx.attended(session.id);
          if (record) attended++;
          if (ctx.explain) {
            records.push(session.id);
            if (record?.id !== undefined) records.push(record.id);
          }
        }
        const attainable = held.length === 0 ? ZERO : points;
        const earned =
          attended === 0
            ? ZERO
            : attended === held.length
              ? points
              : points.mul(attended).div(held.length);
        if (!ctx.explain) return { attainable, earned, deduction: ZERO, parts: NO_PARTS };
        const formula: Expr =
          held.length <= 1
            ? attended === 0
              ? '0'
              : pointsText
            : {
                op: 'mul',
                args: [pointsText, { op: 'div', args: [String(attended), String(held.length)] }],
              };
        return {
          attainable,
          earned,
          deduction: ZERO,
          parts: [
            {
              role: 'earned',
              raw: earned,
              inputs: { heldInQuarter: held.length, attended, pointsPerMonth: pointsText },
              formula,
              records,
            },
          ],
        };
      },
    };
  },
  describe(inputs, locale) {
    if (inputs.heldInQuarter === 0) {
      return locale === 'zh-CN' ? '本季度尚未召开' : 'not yet held this quarter';
    }
    return locale === 'zh-CN'
      ? `本季度召开 ${inputs.heldInQuarter} 次，参加 ${inputs.attended} 次，参加者本季度每月得 ${inputs.pointsPerMonth} 分`
      : `attended ${inputs.attended} of ${inputs.heldInQuarter} held this quarter; attendees get ${inputs.pointsPerMonth} every month of it`;
  },
  fields: [{ key: 'pointsPerMonth', input: 'decimal' }],
  defaults: { pointsPerMonth: '5' },
  ledger: {
    cell: 'attendance',
    unit: (rule) => ({
      zh: `${String(rule.pointsPerMonth)} 分/月`,
      en: `${String(rule.pointsPerMonth)} / month`,
    }),
  },
};
