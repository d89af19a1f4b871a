import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreYear } from '../engine/score-period.js';
import { compileScheme } from '../scheme/compile-scheme.js';
import type { Scheme } from '../scheme/scheme-types.js';
import { scheme2021 } from '../schemes/scheme-2021.js';
import { memberYearArbitrary } from '../test-fixtures/arbitraries.js';
import { FactsBuilder, fullYear2021 } from '../test-fixtures/facts-builder.js';
import { missesMember, perfectMember } from '../test-fixtures/members.js';
import { compareSchemes } from './compare-schemes.js';

/** A 2022 draft: 政治学习 35 / 组织生活 25, and the incentive from 72 (yellow 60–72). */
function draft2022(): Scheme {
  const draft = JSON.parse(JSON.stringify(scheme2021)) as Scheme;
  draft.year = 2022;
  draft.version = '2022-draft';
  const [study, life] = draft.sections.base.categories;
  if (!study || !life) throw new Error('categories');
  study.weight = '35';
  life.weight = '25';
  draft.outcomes.incentive = { atLeast: '72' };
  draft.outcomes.yellowWarning = { atLeast: '60', below: '72' };
  return draft;
}

describe('compareSchemes (what-if)', () => {
  it("lists what changes for each member under next year's draft", () => {
    const [perfect, misses] = compareSchemes(
      [perfectMember(), missesMember()],
      scheme2021,
      draft2022(),
    );
    expect(perfect).toMatchObject({
      memberId: 'perfect',
      totalA: '100.00',
      totalB: '100.00',
      delta: '0',
      changed: false,
    });
    expect(perfect?.changedFlags).toEqual([]);
    // Draft: months 28 + 20 + 10, 33.25 + 20 + 10, 35 + 15 + 10, 343/12 + 20 + 10 → base 1439/24
    // = 59.958…; + 3 + 7 = 69.958… → 69.96: from an incentive to a yellow warning.
    expect(misses).toMatchObject({
      memberId: 'misses',
      totalA: '70.00',
      totalB: '69.96',
      delta: '-0.04',
      changed: true,
      changedFlags: ['incentive', 'yellowWarning'],
    });
    expect(misses?.outcomeA.band).toBe('incentive');
    expect(misses?.outcomeB.band).toBe('yellowWarning');
  });

  it('compares a provisional year by its projections, and leaves out a member with nothing scored', () => {
    // September and October recorded, nothing evaluated yet.
    const running = new FactsBuilder('running', 2021, [{ branchId: 'b1', from: '2021-01' }]);
    running.perfectMonth('2021-09', 'b1').perfectMonth('2021-10', 'b1');
    // A member of a branch that has recorded nothing of the year.
    const elsewhere = new FactsBuilder('elsewhere', 2021, [{ branchId: 'b2', from: '2021-01' }]);
    elsewhere.perfectMonth('2021-09', 'b2');
    const scoring = { asOf: '2021-12', recordedThrough: { b1: '2021-10' } } as const;
    const comparisons = compareSchemes([running.facts, elsewhere.facts], scheme2021, draft2022(), {
      ...scoring,
      provisional: () => true,
    });
    expect(comparisons.map((c) => c.memberId)).toEqual(['running']);
    // The base of the recorded months, no special points yet, the assumed 合格 (7): 77, not the
    // 70 of a year that ended with no evaluation.
    expect(comparisons[0]).toMatchObject({ projected: true, totalA: '77.00', totalB: '77.00' });
    const projection = scoreYear(running.facts, scheme2021, {
      ...scoring,
      provisional: true,
    }).projection!;
    expect(projection.total.value).toBe('77.00');
    expect(comparisons[0]!.outcomeA.band).toBe(projection.band);
    const [judged] = compareSchemes([running.facts], scheme2021, draft2022(), scoring);
    expect(judged).toMatchObject({ projected: false, totalA: '70.00' });
  });

  it('refuses an invalid draft, listing its problems', () => {
    const broken = draft2022();
    broken.sections.base.categories[0]!.weight = '40';
    expect(() => compareSchemes([perfectMember()], scheme2021, broken)).toThrow(
      /weights add up to 75/,
    );
  });

  it('scores each member under each scheme exactly as scoring the year alone does', () => {
    // The comparison indexes a member's facts once for both schemes.
    const schemes = [scheme2021, fullYear2021, draft2022()].map((x) => compileScheme(x));
    fc.assert(
      fc.property(
        fc.array(memberYearArbitrary, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...schemes),
        fc.constantFrom(...schemes),
        fc.integer({ min: 1, max: 12 }),
        (members, a, b, month) => {
          const asOf = `2021-${String(month).padStart(2, '0')}`;
          const compared = compareSchemes(members, a, b, { asOf });
          members.forEach((facts, i) => {
            const alone = (s: typeof a) => scoreYear(facts, s, { asOf, explain: false });
            expect(compared[i]).toMatchObject({
              memberId: facts.memberId,
              totalA: alone(a).total.value,
              totalB: alone(b).total.value,
              outcomeA: alone(a).outcome,
              outcomeB: alone(b).outcome,
            });
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
