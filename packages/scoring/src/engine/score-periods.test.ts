import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MemberYearFacts } from '../facts/facts-types.js';
import type { Period } from '../periods/period.js';
import { compileScheme } from '../scheme/compile-scheme.js';
import type { Scheme } from '../scheme/scheme-types.js';
import { scheme2021 } from '../schemes/scheme-2021.js';
import { memberYearArbitrary } from '../test-fixtures/arbitraries.js';
import { fullYear2021 } from '../test-fixtures/facts-builder.js';
import { missesMember, perfectMember } from '../test-fixtures/members.js';
import { scorePeriod } from './score-period.js';
import { scorePeriods, type PeriodToScore } from './score-periods.js';
import type { ScoreOptions } from './score-result.js';

/** The full-year scheme with 志愿服务 approved for branch b2 only, under 其他支部自选分. */
const branchItem: Scheme = {
  ...fullYear2021,
  sections: {
    ...fullYear2021.sections,
    special: {
      ...fullYear2021.sections.special,
      items: fullYear2021.sections.special.items.map((item) =>
        item.code === 'volunteer-service'
          ? { ...item, branchChosen: true, branchIds: ['b2'], parent: 'branch-chosen' }
          : item,
      ),
    },
  },
};
const schemes = [scheme2021, fullYear2021, branchItem].map((s) => compileScheme(s));

const YEAR_AND_QUARTERS: Period[] = [
  { kind: 'year', year: 2021 },
  ...([1, 2, 3, 4] as const).map((quarter) => ({ kind: 'quarter' as const, year: 2021, quarter })),
];
const ALL: Period[] = [
  ...YEAR_AND_QUARTERS,
  { kind: 'month', month: '2021-02' },
  { kind: 'month', month: '2021-09' },
  { kind: 'month', month: '2021-12' },
];

const optionsArbitrary: fc.Arbitrary<ScoreOptions> = fc.record(
  {
    asOf: fc.integer({ min: 1, max: 12 }).map((m) => `2021-${String(m).padStart(2, '0')}`),
    recordedThrough: fc.record(
      {
        b1: fc.integer({ min: 1, max: 12 }).map((m) => `2021-${String(m).padStart(2, '0')}`),
        b2: fc.integer({ min: 1, max: 12 }).map((m) => `2021-${String(m).padStart(2, '0')}`),
      },
      { requiredKeys: [] },
    ),
    provisional: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** Each period scored on its own, as the reference. */
function separately(
  facts: MemberYearFacts,
  scheme: (typeof schemes)[number],
  periods: readonly PeriodToScore[],
  options: ScoreOptions,
) {
  return periods.map(({ period, provisional }) =>
    scorePeriod(facts, scheme, period, {
      ...options,
      provisional: provisional ?? options.provisional,
    }),
  );
}

describe('scorePeriods: several periods from one index', () => {
  it('gives exactly what scoring each period separately gives, with or without lines', () => {
    fc.assert(
      fc.property(
        memberYearArbitrary,
        fc.constantFrom(...schemes),
        optionsArbitrary,
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: ALL.length, maxLength: ALL.length }),
        (facts, scheme, options, explain, provisional) => {
          const periods = ALL.map((period, i) => ({ period, provisional: provisional[i] }));
          const all = { ...options, explain };
          expect(scorePeriods(facts, scheme, periods, all)).toEqual(
            separately(facts, scheme, periods, all),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('scores hand-computed members the same: a year and its quarters', () => {
    for (const facts of [perfectMember(), missesMember()]) {
      for (const scheme of schemes) {
        const periods = YEAR_AND_QUARTERS.map((period) => ({ period }));
        for (const explain of [false, true]) {
          expect(scorePeriods(facts, scheme, periods, { explain })).toEqual(
            separately(facts, scheme, periods, { explain }),
          );
        }
      }
    }
  });

  it('takes the options’ provisional when a period does not say', () => {
    const [year] = scorePeriods(perfectMember(), scheme2021, [{ period: ALL[0]! }], {
      provisional: true,
      explain: false,
    });
    expect(year?.provisional).toBe(true);
    expect(year?.outcome).toBeNull();
  });

  it('refuses a period of another year, as scorePeriod does', () => {
    expect(() =>
      scorePeriods(perfectMember(), scheme2021, [{ period: { kind: 'year', year: 2022 } }]),
    ).toThrow(RangeError);
  });
});
