import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYCLE_OPS as OP, ok, refused, testClock } from '../../../../test/factories/cycle.js';
import type { DemoLookup } from '../../../../test/factories/demo-lookup.js';
import { bureauEm, countStatements } from '../../../../test/factories/ledger.js';
import {
  confirmedQuarter,
  quarterUnderReview,
  QUARTER_MEETING,
  quarterStory,
  readQuarter,
  setDues as changeDues,
  type QuarterStory,
} from '../../../../test/factories/quarter-states.js';
import type { TestServer } from '../../../../test/test-server.js';
import { DutyStatus } from '../../ledger/duty-entry.entity.js';
import { periodLock } from '../../ledger/period-lock.js';

/**
 * The quarter of 办公室党支部 through review and confirmation up to the secretary's signature, on
 * the seeded 2026 ledger, with every refusal a user can run into on the way (the public notice,
 * objections and corrections: quarter-notice.test.ts).
 * Each group of tests runs on a server and database of its own, brought to where it starts by
 * the factories in test/factories/quarter-states.ts.
 */
let story: QuarterStory;
let server: TestServer;
let demo: DemoLookup;
const clock = testClock(QUARTER_MEETING);
let t: Record<string, string>;
let office: string;
let members: { id: string; name: string }[];
let me: string; // dangyuan1's member record
let leader: string; // zuzhang1's member record
let quarterId: string;

const quarter = async (token = t['shuji1']!) => readQuarter(story, quarterId, token);
const setDues = (memberId: string, month: string, status: DutyStatus) =>
  changeDues(story, memberId, month, status);

/** A story of its own for the enclosing group; `arrange` brings the quarter to where it starts. */
function startFrom(arrange?: (s: QuarterStory) => Promise<string>) {
  let own: QuarterStory | undefined;
  beforeAll(async () => {
    own = story = await quarterStory(clock);
    ({ server, demo, t, office, members, me, leader } = story);
    if (arrange) quarterId = await arrange(story);
  });
  // A group whose set-up failed has nothing of its own to close.
  afterAll(() => own?.server.close());
}

describe('starting the quarterly review', () => {
  startFrom();

  it('refuses before the quarter has ended', async () => {
    clock.set('2026-03-31T18:00:00+08:00');
    const e = await refused(
      server,
      OP.start,
      { i: { branchId: office, year: 2026, quarter: 1 } },
      t['shuji1']!,
    );
    expect(e).toMatchObject({
      code: 'CONFLICT',
      message: '2026年第一季度尚未结束（2026-03-31 结束），不能开始考评',
    });
    clock.set('2026-04-03T09:00:00+08:00');
  });

  it('is for the secretary or a branch committee member of that branch only', async () => {
    for (const login of ['dangyuan1', 'analyst', 'jifenyuan1']) {
      const e = await refused(
        server,
        OP.start,
        { i: { branchId: office, year: 2026, quarter: 1 } },
        t[login]!,
      );
      expect(e.code).toBe('FORBIDDEN');
    }
    const other = await refused(
      server,
      OP.start,
      { i: { branchId: office, year: 2026, quarter: 1 } },
      t['shuji2']!,
    );
    expect(other.code).toBe('FORBIDDEN');
  });

  it('asks every member of the branch to confirm the quarter as the scoring package computes it', async () => {
    const res = await ok<{
      startQuarterReview: { id: string; state: string; availableActions: string[] };
    }>(server, OP.start, { i: { branchId: office, year: 2026, quarter: 1 } }, t['zhiwei1']!);
    quarterId = res.startQuarterReview.id;
    // zhiwei1 sits on the branch committee: it may not sign, which is the secretary's step.
    expect(res.startQuarterReview).toMatchObject({
      state: 'UNDER_REVIEW',
      availableActions: ['recordConfirmations', 'resolveObjection', 'refreshRoster'],
    });
    expect((await quarter(t['shuji1'])).availableActions).toEqual([
      'sign',
      'recordConfirmations',
      'resolveObjection',
      'refreshRoster',
    ]);
    expect((await quarter(t['zuzhang1'])).availableActions).toEqual(['recordConfirmations']);
    expect((await quarter(t['analyst'])).availableActions).toEqual([]);
    const q = await quarter();
    expect(q.rows).toHaveLength(members.length);
    expect(q.rows.every((r) => r.confirmation.state === 'PENDING' && !r.score.frozen)).toBe(true);
    expect(Number(q.rows[0]!.score.total)).toBeGreaterThan(0);
    expect(q.rows[0]!.score.lines!.length).toBeGreaterThan(0);
    expect((await demo.lastAudit()).operation).toBe('quarter.review.start');
  });

  it('refuses starting it twice', async () => {
    const e = await refused(
      server,
      OP.start,
      { i: { branchId: office, year: 2026, quarter: 1 } },
      t['shuji1']!,
    );
    expect(e).toMatchObject({ code: 'CONFLICT', message: '本季度已在考评中' });
  });

  it('shows a member only their own record, with its explanation', async () => {
    const q = await quarter(t['dangyuan1']);
    expect(q.rows.map((r) => r.memberId)).toEqual([me]);
    expect(q.rows[0]!.score.lines!.length).toBeGreaterThan(0);
  });

  it('is invisible to another branch’s secretary', async () => {
    const res = await server.gql(OP.quarter, { id: quarterId }, t['shuji2']);
    expect(res.data).toEqual({ quarterAssessment: null });
  });
});

describe('members confirm or object', () => {
  startFrom(quarterUnderReview);

  it('refuses signing and publishing while members have not confirmed', async () => {
    const sign = await refused(server, OP.sign, { a: quarterId }, t['shuji1']!);
    expect(sign).toMatchObject({
      code: 'CONFLICT',
      message: `还有 ${members.length} 名党员未确认或异议未处理，不能签字`,
    });
    const publish = await refused(server, OP.publish, { a: quarterId }, t['shuji1']!);
    expect(publish).toMatchObject({ code: 'CONFLICT', message: '本季度尚未签字，不能公示' });
  });

  it('lets a member confirm their own record once, and no one else’s', async () => {
    const mine = await ok<{ respondToQuarterRecord: { state: string; seenTotal: string } }>(
      server,
      OP.respond,
      { i: { assessmentId: quarterId, memberId: me, agree: true } },
      t['dangyuan1']!,
    );
    expect(mine.respondToQuarterRecord.state).toBe('CONFIRMED');
    const again = await refused(
      server,
      OP.respond,
      { i: { assessmentId: quarterId, memberId: me, agree: true } },
      t['dangyuan1']!,
    );
    expect(again).toMatchObject({
      code: 'CONFLICT',
      message: '该党员已确认本季度记录，无需重复确认',
    });
    const late = await refused(
      server,
      OP.respond,
      { i: { assessmentId: quarterId, memberId: me, agree: false, objection: 'x' } },
      t['dangyuan1']!,
    );
    expect(late.message).toContain('公示期内');
    const other = await refused(
      server,
      OP.respond,
      { i: { assessmentId: quarterId, memberId: leader, agree: true } },
      t['dangyuan1']!,
    );
    expect(other.code).toBe('FORBIDDEN');
  });

  it('takes an objection only with its content, and the branch committee decides it once', async () => {
    const empty = await refused(
      server,
      OP.respond,
      { i: { assessmentId: quarterId, memberId: leader, agree: false } },
      t['zuzhang1']!,
    );
    expect(empty).toMatchObject({ code: 'BAD_USER_INPUT', field: 'objection' });
    const objected = await ok<{ respondToQuarterRecord: { id: string; state: string } }>(
      server,
      OP.respond,
      {
        i: {
          assessmentId: quarterId,
          memberId: leader,
          agree: false,
          objection: '3 月党课本人参加但未签到',
        },
      },
      t['zuzhang1']!,
    );
    expect(objected.respondToQuarterRecord.state).toBe('OBJECTED');
    const sign = await refused(server, OP.sign, { a: quarterId }, t['shuji1']!);
    expect(sign.code).toBe('CONFLICT');
    const byMember = await refused(
      server,
      OP.resolve,
      { c: objected.respondToQuarterRecord.id, r: '成立' },
      t['dangyuan1']!,
    );
    expect(byMember.code).toBe('FORBIDDEN');
    const resolved = await ok<{ resolveQuarterObjection: { state: string } }>(
      server,
      OP.resolve,
      { c: objected.respondToQuarterRecord.id, r: '经核实签到表无其签名，维持原记录' },
      t['zhiwei1']!,
    );
    expect(resolved.resolveQuarterObjection.state).toBe('RESOLVED');
    const twice = await refused(
      server,
      OP.resolve,
      { c: objected.respondToQuarterRecord.id, r: 'x' },
      t['zhiwei1']!,
    );
    expect(twice).toMatchObject({ code: 'CONFLICT', message: '该异议已处理，不能重复处理' });
  });

  it('lets the panel record the others’ in-person confirmations; the scorekeeper may not', async () => {
    const others = members.map((m) => m.id).filter((id) => id !== me && id !== leader);
    const keeper = await refused(server, OP.panel, { a: quarterId, m: others }, t['jifenyuan1']!);
    expect(keeper.code).toBe('FORBIDDEN');
    const res = await ok<{ recordPanelConfirmations: { state: string }[] }>(
      server,
      OP.panel,
      { a: quarterId, m: others },
      t['zuzhang1']!,
    );
    expect(res.recordPanelConfirmations.every((c) => c.state === 'CONFIRMED')).toBe(true);
  });

  it('asks a member again when their record changes after they confirmed', async () => {
    await setDues(me, '2026-03', DutyStatus.LATE);
    const q = await quarter();
    expect(q.rows.find((r) => r.memberId === me)!.changedSinceConfirmed).toBe(true);
    const sign = await refused(server, OP.sign, { a: quarterId }, t['shuji1']!);
    expect(sign).toMatchObject({
      code: 'CONFLICT',
      message: '1 名党员确认后积分有变动，须重新确认，不能签字',
    });
    expect(sign.details).toEqual({ memberIds: [me] });
    const again = await ok<{ respondToQuarterRecord: { state: string; round: number } }>(
      server,
      OP.respond,
      { i: { assessmentId: quarterId, memberId: me, agree: true } },
      t['dangyuan1']!,
    );
    expect(again.respondToQuarterRecord).toEqual({
      id: expect.any(String),
      state: 'CONFIRMED',
      seenTotal: expect.any(String),
      round: 2,
    });
  });
});

describe('signing', () => {
  startFrom(confirmedQuarter);

  it('is the secretary’s alone', async () => {
    for (const login of ['zhiwei1', 'admin', 'shuji2']) {
      const e = await refused(server, OP.sign, { a: quarterId }, t[login]!);
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(e.code);
    }
  });

  it('freezes every member’s score and closes the quarter’s months in the ledger', async () => {
    const live = await quarter();
    const signed = await ok<{ signQuarter: { state: string; revision: number } }>(
      server,
      OP.sign,
      { a: quarterId },
      t['shuji1']!,
    );
    expect(signed.signQuarter).toMatchObject({ state: 'SIGNED', revision: 1 });
    const q = await quarter();
    expect(q.rows.every((r) => r.score.frozen && r.score.revision === 1)).toBe(true);
    expect(q.rows.map((r) => r.score.total)).toEqual(live.rows.map((r) => r.score.total));
    // The signed explanation is the one the members confirmed.
    expect(q.rows.map((r) => r.score.lines)).toEqual(live.rows.map((r) => r.score.lines));
    const em = bureauEm(server.db, demo.bureauId);
    await expect(periodLock.assertMonthsOpen(em, office, ['2026-02'], 'month')).rejects.toThrow(
      '2026-02 已关闭（2026年第一季度已签字）',
    );
    // In English, the reason too is English.
    await expect(
      periodLock.assertMonthsOpen(em, office, ['2026-02'], 'month'),
    ).rejects.toMatchObject({
      extensions: { messageEn: '2026-02 is closed (Q1 2026 signed); changes need a correction' },
    });
    // A change to the ledger afterwards cannot reach the signed figures.
    await setDues(members[5]!.id, '2026-02', DutyStatus.MISSING);
    expect((await quarter()).rows.map((r) => r.score.total)).toEqual(
      live.rows.map((r) => r.score.total),
    );
    await setDues(members[5]!.id, '2026-02', DutyStatus.ON_TIME);
  });

  it('reads the signed explanations only for a query that asks for them', async () => {
    const FIGURES = `query($id: ID!) { quarterAssessment(id: $id) { rows { score { total frozen } } } }`;
    const LINES = `query($id: ID!) { quarterAssessment(id: $id) { rows { score { lines } } } }`;
    const read = (query: string) =>
      countStatements(server.db, () => ok(server, query, { id: quarterId }, t['shuji1']!));
    // Selected by name, or by `*` once the lazy column is asked for.
    const snapshotReads = (texts: string[]) => texts.filter((sql) => /quarter_snapshot/.test(sql));
    const readsLines = (sql: string) => /"q0"\.\*|"lines"/.test(sql);
    const figures = snapshotReads((await read(FIGURES)).texts);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.some(readsLines)).toBe(false);
    expect(snapshotReads((await read(LINES)).texts).some(readsLines)).toBe(true);
  });

  it('refuses signing twice', async () => {
    const e = await refused(server, OP.sign, { a: quarterId }, t['shuji1']!);
    expect(e).toMatchObject({ code: 'CONFLICT', message: '本季度已签字，不能重复签字' });
    expect(e.details).toEqual({ machine: 'quarter', state: 'signed', action: 'sign' });
  });

  it('takes no more answers once signed', async () => {
    const e = await refused(
      server,
      OP.respond,
      { i: { assessmentId: quarterId, memberId: me, agree: true } },
      t['dangyuan1']!,
    );
    expect(e).toMatchObject({
      code: 'CONFLICT',
      message: '本季度考评当前为「已签字」，不能核对确认',
    });
  });

  it('refuses a correction that names no reason', async () => {
    const e = await refused(
      server,
      OP.openCorrection,
      { i: { kind: 'QUARTER', assessmentId: quarterId, memberIds: [me], reason: ' ' } },
      t['shuji1']!,
    );
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });
});
