import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, refused } from '../../../../test/factories/cycle.js';
import { demoLookup, type DemoLookup } from '../../../../test/factories/demo-lookup.js';
import { seedDemoBureau } from '../../../../test/factories/demo.js';
import {
  bureauEm,
  closeMonth,
  createBranch,
  createMember,
} from '../../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';
import { fixedClock, setClock } from '../../calendar/clock.js';

let server: TestServer;
let demo: DemoLookup;
let restoreClock: () => void;

const MONTHS = `query($b: ID!, $y: Int!) { recordedMonths(branchId: $b, year: $y) {
  recordedThrough months { month recorded closed availableActions } } }`;
const MARK = `mutation($b: ID!, $m: String!) { markMonthRecorded(branchId: $b, month: $m) { recordedThrough } }`;
const UNMARK = `mutation($b: ID!, $m: String!) { unmarkMonthRecorded(branchId: $b, month: $m) { recordedThrough } }`;
const SCORE = `query($id: ID!, $q: Int) { memberScore(memberId: $id, year: 2026, quarter: $q) {
  asOf provisional months { month branchId } total { value } outcome { band }
  projection { total band earlyWarning assumedGrade evaluationGrade monthsScored }
  projectionLines { kind textZh points } } }`;
const LIST = `query($b: ID) { scoreList(filter: { year: 2026, branchId: $b }, first: 100) {
  edges { node { memberId asOf provisional outcomeBand projectionBand projection { total earlyWarning } } } } }`;

type Months = {
  recordedMonths: {
    recordedThrough: string | null;
    months: { month: string; recorded: boolean; closed: boolean; availableActions: string[] }[];
  };
};
type Score = {
  memberScore: {
    asOf: string | null;
    provisional: boolean;
    months: { month: string; branchId: string }[];
    total: { value: string };
    outcome: { band: string } | null;
    projection: {
      total: string;
      band: string;
      earlyWarning: string | null;
      assumedGrade: boolean;
      evaluationGrade: string;
      monthsScored: number;
    } | null;
    projectionLines: { kind: string; textZh: string; points: string }[];
  };
};
type List = {
  scoreList: {
    edges: {
      node: {
        memberId: string;
        asOf: string;
        provisional: boolean;
        outcomeBand: string | null;
        projectionBand: string | null;
        projection: { total: string; earlyWarning: string | null } | null;
      };
    }[];
  };
};

beforeAll(async () => {
  // 2 December 2026 in China: November has ended but nobody has marked it recorded yet.
  restoreClock = setClock(fixedClock('2026-12-02T10:00:00+08:00'));
  server = await startTestServer();
  await seedDemoBureau(server.db, { ledger: true });
  demo = await demoLookup(server.db);
});
afterAll(async () => {
  restoreClock();
  await server.close();
});

describe('recorded months (已录入)', () => {
  it('shows which months of a branch are recorded and what the viewer may do next', async () => {
    const keeper = await server.login('jifenyuan1');
    const { recordedMonths } = await ok<Months>(
      server,
      MONTHS,
      { b: demo.branch('BGS').id, y: 2026 },
      keeper,
    );
    expect(recordedMonths.recordedThrough).toBe('2026-10');
    const by = new Map(recordedMonths.months.map((m) => [m.month, m]));
    expect(recordedMonths.months.filter((m) => m.recorded).map((m) => m.month)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    expect(by.get('2026-11')?.availableActions).toEqual(['mark']);
    expect(by.get('2026-12')?.availableActions).toEqual([]); // not over yet
    expect(by.get('2026-10')?.availableActions).toEqual(['unmark']);
    expect(by.get('2026-09')?.availableActions).toEqual([]); // not the last one
    // A member reads nothing of the branch's bookkeeping; a reader may not act.
    const member = await server.login('dangyuan1');
    expect(
      (await refused(server, MONTHS, { b: demo.branch('BGS').id, y: 2026 }, member)).code,
    ).toBe('FORBIDDEN');
    const analyst = await server.login('analyst');
    const read = await ok<Months>(server, MONTHS, { b: demo.branch('BGS').id, y: 2026 }, analyst);
    expect(read.recordedMonths.months.every((m) => m.availableActions.length === 0)).toBe(true);
  });

  it('a signed quarter counts as recorded and cannot be unmarked', async () => {
    const admin = await server.login('admin');
    const { recordedMonths } = await ok<Months>(
      server,
      MONTHS,
      { b: demo.branch('ZCC').id, y: 2026 },
      admin,
    );
    const march = recordedMonths.months.find((m) => m.month === '2026-03')!;
    expect(march).toMatchObject({ recorded: true, closed: true, availableActions: [] });

    const em = bureauEm(server.db, demo.bureauId);
    const fresh = await createBranch(em, demo.bureauId, '测试录入支部', 'LURU');
    await createMember(em, fresh, '测试李四');
    for (const m of ['2026-01', '2026-02', '2026-03']) await closeMonth(em, fresh, m);
    const signedOnly = await ok<Months>(server, MONTHS, { b: fresh.id, y: 2026 }, admin);
    expect(signedOnly.recordedMonths.recordedThrough).toBe('2026-03');
    const refusal = await refused(server, UNMARK, { b: fresh.id, m: '2026-03' }, admin);
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  });

  it('the year in progress is scored through the last recorded month, provisional, with a projection', async () => {
    const [member] = await demo.members('BGS');
    const token = await server.login('admin');
    const { memberScore } = await ok<Score>(server, SCORE, { id: member!.id }, token);
    expect(memberScore.asOf).toBe('2026-10');
    expect(memberScore.months.at(-1)?.month).toBe('2026-10');
    expect(memberScore.provisional).toBe(true);
    expect(memberScore.outcome).toBeNull();
    expect(memberScore.projection).toMatchObject({
      assumedGrade: true,
      evaluationGrade: 'qualified',
      monthsScored: 10,
    });
    expect(memberScore.projectionLines.map((l) => l.kind)).toEqual([
      'projectionBase',
      'projectionSpecial',
      'projectionEvaluation',
      'rounding',
    ]);
    expect(memberScore.projectionLines[2]?.textZh).toContain('尚未评议，按方案预设等次“合格”计');

    const { scoreList } = await ok<List>(server, LIST, { b: demo.branch('BGS').id }, token);
    expect(scoreList.edges.length).toBeGreaterThan(10);
    for (const { node } of scoreList.edges) {
      expect(node.provisional).toBe(true);
      expect(node.outcomeBand).toBeNull(); // never a final band for a year in progress
      expect(node.asOf <= '2026-10').toBe(true);
      expect(node.projectionBand).not.toBeNull();
    }
    const mine = scoreList.edges.find((e) => e.node.memberId === member!.id)!.node;
    expect(mine.projection?.total).toBe(memberScore.projection?.total);
  });

  it('marking November moves every score of the branch to November, in order and once', async () => {
    const keeper = await server.login('jifenyuan1');
    const bgs = demo.branch('BGS').id;
    const december = await refused(server, MARK, { b: bgs, m: '2026-12' }, keeper);
    expect(december).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    expect(december.message).toContain('尚未结束');

    const marked = await ok<{ markMonthRecorded: { recordedThrough: string } }>(
      server,
      MARK,
      { b: bgs, m: '2026-11' },
      keeper,
    );
    expect(marked.markMonthRecorded.recordedThrough).toBe('2026-11');
    // Marked at the server's date (its clock, which JIFEN_TODAY may pin), not the machine's.
    const at = await ok<{ recordedMonths: { months: { month: string; recordedAt: string }[] } }>(
      server,
      `query($b: ID!) { recordedMonths(branchId: $b, year: 2026) { months { month recordedAt } } }`,
      { b: bgs },
      keeper,
    );
    expect(at.recordedMonths.months.find((m) => m.month === '2026-11')?.recordedAt).toBe(
      '2026-12-02T02:00:00.000Z',
    );
    expect((await refused(server, MARK, { b: bgs, m: '2026-11' }, keeper)).code).toBe('CONFLICT');
    const [member] = await demo.members('BGS');
    const admin = await server.login('admin');
    expect((await ok<Score>(server, SCORE, { id: member!.id }, admin)).memberScore.asOf).toBe(
      '2026-11',
    );
    const list = await ok<List>(server, LIST, { b: bgs }, admin);
    expect(list.scoreList.edges.find((e) => e.node.memberId === member!.id)?.node.asOf).toBe(
      '2026-11',
    );
    const [audit] = await server.db.ownerQuery<{ operation: string; branch_id: string }>(
      `select operation, branch_id from audit_entry where operation = 'ledger.markMonthRecorded'`,
    );
    expect(audit).toEqual({ operation: 'ledger.markMonthRecorded', branch_id: bgs });

    // Only the last month can be taken back, and then the scores go back to October.
    expect(await refused(server, UNMARK, { b: bgs, m: '2026-10' }, keeper)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'month',
    });
    await ok(server, UNMARK, { b: bgs, m: '2026-11' }, keeper);
    expect((await ok<Score>(server, SCORE, { id: member!.id }, admin)).memberScore.asOf).toBe(
      '2026-10',
    );
    // A member may not mark their branch's months.
    const dangyuan = await server.login('dangyuan1');
    expect((await refused(server, MARK, { b: bgs, m: '2026-11' }, dangyuan)).code).toBe(
      'FORBIDDEN',
    );
  });

  it('a member who moved is scored through each branch’s own recorded months', async () => {
    const [mover] = await server.db.ownerQuery<{ member_id: string }>(
      `select member_id from membership group by member_id having count(*) > 1`,
    );
    const admin = await server.login('admin');
    const fwzx = demo.branch('FWZX').id;
    // The receiving branch takes back October: the mover's year stops at September there.
    await ok(server, UNMARK, { b: fwzx, m: '2026-10' }, admin);
    const { memberScore } = await ok<Score>(server, SCORE, { id: mover!.member_id }, admin);
    expect(memberScore.asOf).toBe('2026-09');
    expect(memberScore.months.map((m) => m.month)).toEqual(
      Array.from({ length: 9 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    expect(new Set(memberScore.months.slice(0, 6).map((m) => m.branchId))).toEqual(
      new Set([demo.branch('ZCC').id]),
    );
    // Its fourth quarter has no recorded month: nothing is scored for it yet.
    const q4 = await ok<Score>(server, SCORE, { id: mover!.member_id, q: 4 }, admin);
    expect(q4.memberScore.months).toEqual([]);
    expect(q4.memberScore.asOf).toBeNull();
    await ok(server, MARK, { b: fwzx, m: '2026-10' }, admin);
  });
});
