import { describe, expect, it } from 'vitest';
import type { Scheme } from '../scheme/scheme-types.js';
import { scheme2021 } from '../schemes/scheme-2021.js';
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

  it('refuses an invalid draft, listing its problems', () => {
    const broken = draft2022();
    broken.sections.base.categories[0]!.weight = '40';
    expect(() => compareSchemes([perfectMember()], scheme2021, broken)).toThrow(
      /weights add up to 75/,
    );
  });
});
