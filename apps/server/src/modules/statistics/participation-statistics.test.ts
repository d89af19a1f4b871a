import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../test/factories/demo-lookup.js';
import {
  branchByName,
  bureauEm,
  closeMonth,
  createBranch,
  createMember,
  createMembers,
  holdSession,
  publishDefaultScheme,
  recordDues,
  recordQuota,
} from '../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { DutyStatus } from '../ledger/duty-entry.entity.js';
import { Violation } from '../ledger/violation.entity.js';
import type { Branch } from '../org/branches/branch.entity.js';
import { Membership } from '../org/members/membership.entity.js';

type Group = {
  key: {
    branchId: string | null;
    branchName: string | null;
    quarter: number | null;
    month: string | null;
  };
  provisional: boolean;
  suppressed: boolean;
  memberCount: number | null;
  attendanceRate: string | null;
  sessions: {
    itemCode: string;
    nameZh: string;
    held: number;
    expected: number;
    attended: number;
    attendanceRate: string | null;
  }[];
  quotas: {
    itemCode: string;
    unitZh: string;
    entries: number;
    average: string;
    fullMonths: number;
    fullShare: string;
  }[];
  dues: { itemCode: string; onTime: number; late: number; missing: number; onTimeShare: string }[];
  violations: { itemCode: string; count: number; members: number }[];
};

const QUERY = `query($f: StatisticsFilter!, $g: [ParticipationDimension!]) {
  participationStatistics(filter: $f, groupBy: $g) {
    minGroupSize
    groups {
      key { branchId branchName quarter month }
      provisional suppressed memberCount attendanceRate
      sessions { itemCode nameZh held expected attended attendanceRate }
      quotas { itemCode unitZh entries average fullMonths fullShare }
      dues { itemCode onTime late missing onTimeShare }
      violations { itemCode count members }
    }
  }
}`;

let server: TestServer;
let analyst: string;
let secretary: string;
let tested: Branch;
let tiny: Branch;
let office: Branch;

async function ask(token: string, filter: object, groupBy: string[] = []) {
  return server.gql<{ participationStatistics: { groups: Group[] } }>(
    QUERY,
    { f: { year: 2026, ...filter }, g: groupBy },
    token,
  );
}

async function groups(token: string, filter: object, groupBy: string[] = []) {
  const res = await ask(token, filter, groupBy);
  expect(res.errors).toBeUndefined();
  return res.data!.participationStatistics.groups;
}

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  const { bureauId } = await demoLookup(server.db);
  const em = bureauEm(server.db, bureauId);
  await publishDefaultScheme(em, bureauId);
  office = await branchByName(em, '办公室党支部');
  tested = await createBranch(em, bureauId, '参与统计党支部', 'PART');
  tiny = await createBranch(em, bureauId, '两人参与党支部', 'PTWO');
  const people = await createMembers(em, tested, 4, '参与');
  // Joins in February: expected at February's sessions, not January's.
  const late = await createMember(em, tested, '二月转入', { from: '2026-02' });
  await createMembers(em, tiny, 2, '两人参与');
  await holdSession(em, tested, 'group-study', '2026-01-12', people.slice(0, 3));
  await holdSession(em, tested, 'group-study', '2026-02-10', [...people.slice(0, 2), late]);
  await holdSession(em, tested, 'party-lecture', '2026-02-20', [late]);
  // January has 31 days: 31 is a full month of 学习强国, 30 is not.
  for (const [i, days] of ['31', '31', '30', '10'].entries()) {
    await recordQuota(em, people[i]!, '2026-01', 'study-app-login', days);
  }
  for (const [i, points] of ['15', '12', '15'].entries()) {
    await recordQuota(em, people[i]!, '2026-01', 'daily-question', points);
  }
  for (const member of people.slice(0, 3))
    await recordDues(em, member, '2026-01', DutyStatus.ON_TIME);
  await recordDues(em, people[3]!, '2026-01', DutyStatus.LATE);
  em.create(Violation, {
    bureauId,
    branch: tested,
    branchId: tested.id,
    member: people[3]!,
    memberId: people[3]!.id,
    month: '2026-02',
    itemCode: 'violations',
    count: 2,
    createdById: people[3]!.id,
  });
  await em.flush();
  await closeMonth(em, tested, '2026-01');
  analyst = await server.login('analyst');
  secretary = await server.login('shuji1');
}, 180_000);
afterAll(() => server.close());

describe('participationStatistics', () => {
  it('counts sessions held and attendance against the members each month had', async () => {
    const months = await groups(analyst, { branchIds: [tested.id], quarter: 1 }, ['MONTH']);
    expect(months.map((g) => g.key.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    const [january, february] = months;
    expect(january!.memberCount).toBe(4);
    expect(january!.sessions).toEqual([
      expect.objectContaining({
        itemCode: 'group-study',
        held: 1,
        expected: 4,
        attended: 3,
        attendanceRate: '75.00',
      }),
    ]);
    expect(february!.memberCount).toBe(5);
    expect(
      february!.sessions.map((s) => [s.itemCode, s.held, s.expected, s.attended, s.attendanceRate]),
    ).toEqual([
      ['group-study', 1, 5, 3, '60.00'],
      ['party-lecture', 1, 5, 1, '20.00'],
    ]);
    // Every item together: 4 of the 10 sign-ins February's two sessions expected.
    expect(february!.attendanceRate).toBe('40.00');
    const [quarter] = await groups(analyst, { branchIds: [tested.id], quarter: 1 }, ['QUARTER']);
    const study = quarter!.sessions.find((s) => s.itemCode === 'group-study')!;
    expect([study.held, study.expected, study.attended, study.attendanceRate]).toEqual([
      2,
      9,
      6,
      '66.67',
    ]);
    // The quarter's sessions together: 7 of 14.
    expect(quarter!.attendanceRate).toBe('50.00');
  });

  it('gives 学习强国 and 每日一题 averages and full months, dues on time and violations', async () => {
    const [january] = await groups(analyst, { branchIds: [tested.id], month: 1 });
    expect(january!.quotas).toEqual([
      {
        itemCode: 'study-app-login',
        unitZh: '天',
        entries: 4,
        average: '25.50',
        fullMonths: 2,
        fullShare: '50.00',
      },
      {
        itemCode: 'daily-question',
        unitZh: '分',
        entries: 3,
        average: '14.00',
        fullMonths: 2,
        fullShare: '66.67',
      },
    ]);
    expect(january!.dues).toEqual([
      { itemCode: 'dues', onTime: 3, late: 1, missing: 0, onTimeShare: '75.00' },
    ]);
    const [february] = await groups(analyst, { branchIds: [tested.id], month: 2 });
    expect(february!.violations).toEqual([{ itemCode: 'violations', count: 2, members: 1 }]);
  });

  it('marks months not yet closed as provisional', async () => {
    const months = await groups(analyst, { branchIds: [tested.id], quarter: 1 }, ['MONTH']);
    expect(months.map((g) => g.provisional)).toEqual([false, true, true]);
    const [quarter] = await groups(analyst, { branchIds: [tested.id], quarter: 1 });
    expect(quarter!.provisional).toBe(true);
  });

  it('counts a transferred member in the branch they were in that month', async () => {
    const em = bureauEm(server.db, tested.bureauId);
    const left = await createBranch(em, tested.bureauId, '转出参与党支部', 'PMOV');
    await createMembers(em, left, 2, '留下');
    const mover = await createMember(em, left, '转出参与');
    const stretch = await em.findOneOrFail(Membership, { memberId: mover.id });
    stretch.toMonth = '2026-01';
    // Close the old stretch first: a member has one open stretch at a time.
    await em.flush();
    em.create(Membership, {
      bureauId: tested.bureauId,
      member: mover,
      memberId: mover.id,
      branch: office,
      branchId: office.id,
      fromMonth: '2026-02',
      toMonth: null,
    });
    await em.flush();
    const months = await groups(analyst, { branchIds: [left.id], quarter: 1 }, ['MONTH']);
    expect(months.map((g) => g.memberCount)).toEqual([3, null, null]);
    expect(months.map((g) => g.suppressed)).toEqual([false, true, true]);
  });

  it('hides a branch smaller than the minimum and keeps a secretary to their branch', async () => {
    const byBranch = await groups(analyst, { month: 3 }, ['BRANCH']);
    const ids = byBranch.map((g) => g.key.branchId);
    expect(ids).toContain(tested.id);
    expect(ids).toContain(office.id);
    const small = byBranch.find((g) => g.key.branchId === tiny.id)!;
    expect([small.suppressed, small.memberCount, small.sessions]).toEqual([true, null, []]);
    const mine = await groups(secretary, { month: 3 }, ['BRANCH']);
    expect(mine.map((g) => g.key.branchName)).toEqual(['办公室党支部']);
    const refused = await ask(secretary, { branchIds: [tested.id] });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const member = await server.login('dangyuan1');
    expect((await ask(member, {})).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('refuses bad filters with a typed error naming the field', async () => {
    const cases: [object, string[], string][] = [
      [{ quarter: 5 }, [], 'filter.quarter'],
      [{ quarter: 1, month: 4 }, [], 'filter.month'],
      [{ branchIds: [] }, [], 'filter.branchIds'],
      [{}, ['BRANCH', 'BRANCH'], 'groupBy'],
      [{ year: 1999 }, [], 'filter.year'],
    ];
    for (const [filter, groupBy, field] of cases) {
      const res = await ask(analyst, filter, groupBy);
      expect(res.errors?.[0]?.extensions, JSON.stringify(filter)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });
});
