import { describe, expect, it } from 'vitest';
import { scheme2021 } from '../schemes/scheme-2021.js';
import { FactsBuilder } from '../test-fixtures/facts-builder.js';
import { missesMember } from '../test-fixtures/members.js';
import type { MemberYearFacts } from '../facts/facts-types.js';
import { scoreYear } from './score-period.js';

describe('odd facts are worked around and reported, never fatal', () => {
  it('reports records of unknown items, unknown grades and declarations outside scored months', () => {
    const b = new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-10' }]);
    b.quota('2021-10', 'steps-walked', 10000)
      .declare('2021-09', 'grid-work', 5)
      .grade('outstanding');
    const result = scoreYear(b.facts, scheme2021);
    expect(result.warnings.map((w) => w.code)).toEqual([
      'unknownItem',
      'declarationOutsideScoredMonths',
      'unknownGrade',
    ]);
    expect(result.sections.special.exact).toBe('0');
    expect(result.sections.evaluation?.exact).toBe('0');
    expect(result.warnings.every((w) => w.messageZh.length > 0 && w.messageEn.length > 0)).toBe(
      true,
    );
  });

  it('records dated badly or in another year are left out with a warning each', () => {
    const b = new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-01' }]);
    const months = ['2021-13', '2021-00', '202a-01', '2021-1', '2021/01', '2020-12', '2021-01'];
    for (const month of months) b.quota(month, 'study-app-login', 25);
    const result = scoreYear(b.facts, scheme2021);
    expect(result.warnings.map((w) => w.code)).toEqual([
      ...Array<string>(5).fill('badDate'),
      'otherYear',
    ]);
    // They count for nothing: the same as the January record alone.
    const alone = new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-01' }]);
    alone.quota('2021-01', 'study-app-login', 25);
    expect(result.months).toEqual(scoreYear(alone.facts, scheme2021).months);
    expect(result.total).toEqual(scoreYear(alone.facts, scheme2021).total);
  });

  it('a month in two branches is scored in the receiving branch', () => {
    const b = new FactsBuilder('m1', 2021, [
      { branchId: 'b1', from: '2021-01', to: '2021-10' },
      { branchId: 'b2', from: '2021-10' },
    ]);
    const result = scoreYear(b.facts, scheme2021);
    expect(result.months.map((m) => [m.month, m.branchId])).toEqual([
      ['2021-09', 'b1'],
      ['2021-10', 'b2'],
      ['2021-11', 'b2'],
      ['2021-12', 'b2'],
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(['overlappingMemberships']);
  });

  it('warns when a scheme of another year is applied (what-if) and scores the facts as they are', () => {
    const result = scoreYear(missesMember(), { ...scheme2021, year: 2022 });
    expect(result.warnings.map((w) => w.code)).toEqual(['schemeOfAnotherYear']);
    expect(result.total.value).toBe('70.00');
  });

  it('results are plain JSON (the server returns and stores them as they are)', () => {
    const result = scoreYear(missesMember(), scheme2021);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('members sharing one list of their branch sessions score as with lists of their own', () => {
    const member = (id: string, sessions: MemberYearFacts['sessions']) => {
      const b = new FactsBuilder(id, 2021, [{ branchId: 'b1', from: '2021-01' }]);
      b.quota('2021-10', 'study-app-login', 25);
      return { ...b.facts, sessions, attendance: [{ id: `att-${id}`, sessionId: 's-1' }] };
    };
    const held = [
      { id: 's-1', branchId: 'b1', itemCode: 'group-study', date: '2021-10-05' },
      { id: 's-2', branchId: 'b1', itemCode: 'party-day', date: '2021-10-20' },
      { id: 's-3', branchId: 'b1', itemCode: 'party-day', date: '2021-1x-01' },
      { id: 's-4', branchId: 'b1', itemCode: 'other-study', date: '2022-01-04' },
    ];
    const own = ['a', 'b'].map((id) =>
      scoreYear(
        member(
          id,
          held.map((s) => ({ ...s })),
        ),
        scheme2021,
      ),
    );
    const shared = ['a', 'b'].map((id) => scoreYear(member(id, held), scheme2021));
    expect(shared).toEqual(own);
    // Each member is warned of the list's bad session, not only the first to be scored.
    expect(shared[1]!.warnings.map((w) => [w.code, w.recordId])).toEqual([
      ['badDate', 's-3'],
      ['otherYear', 's-4'],
    ]);
    // The same list in a facts of another year is indexed for that year.
    const later = scoreYear({ ...member('c', held), year: 2022 }, { ...scheme2021, year: 2022 });
    const sessionsOfAnotherYear = later.warnings
      .filter((w) => w.code === 'otherYear' && w.recordId?.startsWith('s-'))
      .map((w) => w.recordId);
    expect(sessionsOfAnotherYear).toEqual(['s-1', 's-2']);
  });
});
