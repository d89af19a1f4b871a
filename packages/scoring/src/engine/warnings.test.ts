import { describe, expect, it } from 'vitest';
import { scheme2021 } from '../schemes/scheme-2021.js';
import { FactsBuilder } from '../test-fixtures/facts-builder.js';
import { missesMember } from '../test-fixtures/members.js';
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
});
