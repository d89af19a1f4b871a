// Test-only fast-check arbitraries (excluded from the build): random member-years under 2021's items.
import fc from 'fast-check';
import type { DutyStatus, MemberYearFacts, Membership } from '../facts/facts-types.js';
import { monthKey } from '../periods/month-key.js';
import { MONTHLY_SESSION_ITEMS } from './facts-builder.js';

const monthArbitrary = fc.record({
  sessions: fc.array(
    fc.record({
      item: fc.constantFrom(...MONTHLY_SESSION_ITEMS, 'branch-assembly'),
      attended: fc.boolean(),
      branch: fc.constantFrom('b1', 'b2'),
      day: fc.integer({ min: 1, max: 28 }),
    }),
    { maxLength: 8 },
  ),
  login: fc.option(fc.integer({ min: 0, max: 31 }), { nil: undefined }),
  // Half points, as text, to exercise 0.5 steps.
  questions: fc.option(
    fc.integer({ min: 0, max: 50 }).map((n) => (n / 2).toString()),
    { nil: undefined },
  ),
  dues: fc.option(fc.constantFrom<DutyStatus>('onTime', 'late', 'missing'), { nil: undefined }),
  violations: fc.array(
    fc.record({
      item: fc.constantFrom('violations', 'integrity', 'law-abiding', 'four-consciousnesses'),
      count: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 2 },
  ),
  declarations: fc.array(
    fc.record({
      item: fc.constantFrom('grid-work', 'volunteer-service', 'branch-chosen'),
      points: fc.option(
        fc.integer({ min: 0, max: 24 }).map((n) => (n / 2).toString()),
        { nil: undefined },
      ),
    }),
    { maxLength: 3 },
  ),
});

/** A random member-year of 2021: one or two branches (a transfer), any records, any grade. */
export const memberYearArbitrary: fc.Arbitrary<MemberYearFacts> = fc
  .record({
    from: fc.integer({ min: 1, max: 12 }),
    to: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    transfer: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    months: fc.array(monthArbitrary, { minLength: 12, maxLength: 12 }),
    grade: fc.option(
      fc.constantFrom('excellent', 'qualified', 'basicallyQualified', 'unqualified'),
      {
        nil: undefined,
      },
    ),
    probationary: fc.boolean(),
    previousTotal: fc.option(
      fc.integer({ min: 0, max: 200 }).map((n) => (n / 2).toString()),
      { nil: undefined },
    ),
  })
  .map((g) => {
    const last = Math.max(g.from, g.to ?? 12);
    const memberships: Membership[] =
      g.transfer !== undefined && g.transfer > g.from && g.transfer <= last
        ? [
            { branchId: 'b1', from: monthKey(2021, g.from), to: monthKey(2021, g.transfer - 1) },
            { branchId: 'b2', from: monthKey(2021, g.transfer), to: monthKey(2021, last) },
          ]
        : [{ branchId: 'b1', from: monthKey(2021, g.from), to: monthKey(2021, last) }];
    const facts: MemberYearFacts = {
      memberId: 'm',
      year: 2021,
      probationary: g.probationary,
      memberships,
      sessions: [],
      attendance: [],
      quotas: [],
      duties: [],
      violations: [],
      declarations: [],
      evaluation: g.grade === undefined ? null : { grade: g.grade, id: 'eval' },
      previousYear: g.previousTotal === undefined ? null : { total: g.previousTotal },
    };
    g.months.forEach((m, i) => {
      const month = monthKey(2021, i + 1);
      m.sessions.forEach((s, j) => {
        const id = `s-${month}-${j}`;
        facts.sessions = [
          ...facts.sessions,
          {
            id,
            branchId: s.branch,
            itemCode: s.item,
            date: `${month}-${String(s.day).padStart(2, '0')}`,
          },
        ];
        if (s.attended) facts.attendance.push({ sessionId: id, id: `a-${id}` });
      });
      if (m.login !== undefined)
        facts.quotas?.push({
          id: `l-${month}`,
          itemCode: 'study-app-login',
          month,
          value: m.login,
        });
      if (m.questions !== undefined) {
        facts.quotas?.push({
          id: `q-${month}`,
          itemCode: 'daily-question',
          month,
          value: m.questions,
        });
      }
      if (m.dues !== undefined)
        facts.duties?.push({ id: `d-${month}`, itemCode: 'dues', month, status: m.dues });
      m.violations.forEach((v, j) => {
        facts.violations?.push({ id: `v-${month}-${j}`, itemCode: v.item, month, count: v.count });
      });
      m.declarations.forEach((d, j) => {
        facts.declarations?.push({
          id: `p-${month}-${j}`,
          itemCode: d.item,
          month,
          ...(d.points === undefined ? {} : { points: d.points }),
        });
      });
    });
    return facts;
  });
