import type { DecimalInput } from '../exact/decimal.js';
import { parseDecimal } from '../exact/decimal.js';
import { formatExact } from '../exact/exact-text.js';
import { ZERO } from '../exact/constants.js';
import { checkDecimal } from '../scheme/checks.js';
import { NO_PARTS, type RuleKindDefinition } from './rule-kind.js';

/**
 * Per-session attendance (组织集中学习, 支部党课, 党小组会, 党日活动 …): `unitPoints` for each session
 * of the item the branch held that month and the member signed in at.
 */
export type AttendanceRule = { kind: 'attendance'; unitPoints: DecimalInput };

export const attendanceKind: RuleKindDefinition<AttendanceRule> = {
  kind: 'attendance',
  sections: ['base'],
  label: { zh: '按次出勤', en: 'attendance per session' },
  validate: (rule, path) => checkDecimal(rule, 'unitPoints', path, 'positive'),
  bind(rule, item) {
    const unit = parseDecimal(rule.unitPoints);
    const unitText = formatExact(unit);
    // unit × n for the usual session counts, computed once.
    const multiples = Array.from({ length: 16 }, (_, n) => (n === 0 ? ZERO : unit.mul(n)));
    const times = (n: number) => multiples[n] ?? unit.mul(n);
    return {
      unitPoints: unit,
      scoreMonth(ctx) {
        const held = ctx.sessionsHeld(item.code);
        let attended = 0;
        // Only an explanation names the sessions and sign-ins.
        const records: string[] | undefined = ctx.explain ? [] : undefined;
        for (const session of held) {
          const record = ctx.attended(session.id);
          if (record) attended++;
          if (records) {
            records.push(session.id);
            if (record?.id !== undefined) records.push(record.id);
          }
        }
        const earned = times(attended);
        return {
          attainable: times(held.length),
          earned,
          deduction: ZERO,
          parts: ctx.explain
            ? [
                {
                  role: 'earned',
                  raw: earned,
                  inputs: { held: held.length, attended, unitPoints: unitText },
                  formula: { op: 'mul', args: [String(attended), unitText] },
                  records: records ?? [],
                },
              ]
            : NO_PARTS,
        };
      },
    };
  },
  describe(inputs, locale) {
    const zh = locale === 'zh-CN';
    if (inputs.held === 0) return zh ? '本月未举办' : 'no session held this month';
    if (zh) return `本月举办 ${inputs.held} 次，参加 ${inputs.attended} 次`;
    const sessions = inputs.held === 1 ? 'session' : 'sessions';
    return `attended ${inputs.attended} of ${inputs.held} ${sessions} held this month`;
  },
  fields: [{ key: 'unitPoints', input: 'decimal' }],
  defaults: { unitPoints: '5' },
  ledger: {
    cell: 'attendance',
    unit: (rule) => ({
      zh: `${String(rule.unitPoints)} 分/次`,
      en: `${String(rule.unitPoints)} / session`,
    }),
  },
};
