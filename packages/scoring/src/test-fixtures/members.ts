// Test-only fixtures (excluded from the build): hand-computed member-years of 2021.
import type { MemberYearFacts } from '../facts/facts-types.js';
import type { Scheme } from '../scheme/scheme-types.js';
import { scheme2021 } from '../schemes/scheme-2021.js';
import { FactsBuilder, MONTHLY_SESSION_ITEMS } from './facts-builder.js';

/** Perfect attendance Sep–Dec 2021, all specials, 优秀: 100 under the 2021 scheme. */
export function perfectMember(memberId = 'perfect'): MemberYearFacts {
  const b = new FactsBuilder(memberId, 2021, [{ branchId: 'b1', from: '2021-01' }]);
  b.perfectMonth('2021-09', 'b1', true).perfectMonth('2021-10', 'b1', true);
  b.perfectMonth('2021-11', 'b1').perfectMonth('2021-12', 'b1');
  b.declare('2021-09', 'grid-work', 5).declare('2021-10', 'volunteer-service', 5);
  b.declare('2021-11', 'branch-chosen', 10).grade('excellent');
  return b.facts;
}

/**
 * Misses and late dues Sep–Dec 2021: monthly bases 58, 63.5, 59, 59.5 → 60; volunteer 3; 合格 7:
 * 70 under the 2021 scheme.
 */
export function missesMember(memberId = 'misses'): MemberYearFacts {
  const b = new FactsBuilder(memberId, 2021, [{ branchId: 'b1', from: '2021-01' }]);
  // September: missed other study and the Party day; logged in 28 of 30 days.
  b.session('b1', 'group-study', '2021-09-03');
  b.session('b1', 'other-study', '2021-09-10', false);
  b.session('b1', 'party-lecture', '2021-09-14');
  b.session('b1', 'group-meeting', '2021-09-16');
  b.session('b1', 'party-day', '2021-09-01', false);
  b.session('b1', 'branch-assembly', '2021-09-28');
  b.quota('2021-09', 'study-app-login', 28)
    .quota('2021-09', 'daily-question', 15)
    .duty('2021-09', 'onTime');
  // October: everything attended, 12 question points, dues paid late.
  for (const item of MONTHLY_SESSION_ITEMS) b.session('b1', item, '2021-10-12');
  b.quota('2021-10', 'study-app-login', 31)
    .quota('2021-10', 'daily-question', 12)
    .duty('2021-10', 'late');
  // November: missed the group meeting; attended the quarter's assembly.
  for (const item of MONTHLY_SESSION_ITEMS)
    b.session('b1', item, '2021-11-09', item !== 'group-meeting');
  b.session('b1', 'branch-assembly', '2021-11-25');
  b.quota('2021-11', 'study-app-login', 30)
    .quota('2021-11', 'daily-question', 15)
    .duty('2021-11', 'onTime');
  // December: everything attended, logged in 20 of 31 days.
  for (const item of MONTHLY_SESSION_ITEMS) b.session('b1', item, '2021-12-07');
  b.quota('2021-12', 'study-app-login', 20)
    .quota('2021-12', 'daily-question', 15)
    .duty('2021-12', 'onTime');
  b.declare('2021-10', 'volunteer-service', 3).grade('qualified');
  return b.facts;
}

/** The 2021 scheme with violations read the other way: off the month's 政治建设 (appliesTo: month). */
export const monthlyViolations2021: Scheme = {
  ...scheme2021,
  sections: {
    ...scheme2021.sections,
    base: {
      ...scheme2021.sections.base,
      categories: scheme2021.sections.base.categories.map((category) => ({
        ...category,
        items: category.items.map((item) =>
          item.rule.kind === 'violation'
            ? { ...item, rule: { ...item.rule, appliesTo: 'month' as const } }
            : item,
        ),
      })),
    },
  },
};
