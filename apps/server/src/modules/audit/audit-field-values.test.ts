import { describe, expect, it } from 'vitest';
import { auditChanges } from './audit-fields.js';

// How the values of an entry read before the resolver names its members (audit-coverage.test.ts
// reads every entry of a whole cycle as the committee's screen shows it).
const A = '03049737-aaf9-4186-8693-e92d95f41b55';
const B = '07cde1f4-5817-4613-9813-b3552ea454f7';

const row = (changes: ReturnType<typeof auditChanges>, field: string) =>
  changes.find((c) => c.field === field);

describe('audit values in words', () => {
  it('gives a map of members one row each, the member’s confirmation as states in words', () => {
    const changes = auditChanges(
      null,
      {
        confirmations: { [A]: { from: 'pending', to: 'confirmed', total: '62.23' } },
        method: 'in_person',
      },
      'QuarterAssessment',
    );
    expect(row(changes, `confirmations.${A}`)).toMatchObject({
      label: `党员确认 · ${A}`,
      after: '待确认 → 已确认（62.23）',
    });
    expect(row(changes, 'method')?.after).toBe('当面确认');
  });

  it('puts each member’s grade before and after on its side, in the plan’s words', () => {
    const changes = auditChanges(
      null,
      {
        grades: {
          [A]: { before: null, after: 'excellent' },
          [B]: { before: 'qualified', after: 'basicallyQualified' },
        },
      },
      'AnnualAssessment',
    );
    expect(row(changes, `grades.${A}`)).toMatchObject({
      before: null,
      after: '优秀',
      changed: true,
    });
    expect(row(changes, `grades.${B}`)).toMatchObject({
      before: '合格',
      after: '基本合格',
      afterEn: 'Basically qualified',
    });
  });

  it('pairs a correction’s totals before and after member by member', () => {
    const changes = auditChanges(
      { totals: { [A]: '64.03' } },
      { totals: { [A]: '69.03' }, revision: 2 },
      'Correction',
    );
    expect(row(changes, `totals.${A}`)).toMatchObject({
      before: '64.03',
      after: '69.03',
      changed: true,
    });
  });

  it('reads a list of measures field by field, and a case’s level as its band', () => {
    const changes = auditChanges(
      null,
      {
        level: 'yellow',
        measures: [
          { deadline: '2026-03-31', description: '每月按时缴纳党费' },
          { deadline: '2026-04-30', description: '补学' },
        ],
      },
      'OutcomeCase',
    );
    expect(row(changes, 'level')?.after).toBe('黄色预警');
    expect(row(changes, 'measures')?.after).toBe(
      '完成时限：2026-03-31，内容：每月按时缴纳党费；完成时限：2026-04-30，内容：补学',
    );
  });

  it('names a violation’s item and a calendar amendment’s kind', () => {
    expect(row(auditChanges(null, { itemCode: 'integrity' }, 'Violation'), 'itemCode')?.after).toBe(
      '廉洁自律，尚俭戒奢',
    );
    expect(row(auditChanges(null, { kind: 'holiday' }, 'CalendarAmendment'), 'kind')?.after).toBe(
      '休息日',
    );
  });
});
