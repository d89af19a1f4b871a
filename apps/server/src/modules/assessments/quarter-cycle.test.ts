import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYCLE_OPS as OP, ok, refused, testClock } from '../../../test/factories/cycle.js';
import { seedDemoBureau } from '../../../test/factories/demo.js';
import { demoLookup, type DemoLookup } from '../../../test/factories/demo-lookup.js';
import { bureauEm } from '../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { DutyEntry, DutyStatus } from '../ledger/duty-entry.entity.js';
import { periodLock } from '../ledger/period-lock.js';

/**
 * The quarter of 办公室党支部 through review, confirmation, signing, public notice, objections and
 * a correction, on the seeded 2026 ledger, with every refusal a user can run into on the way.
 */
let server: TestServer;
let demo: DemoLookup;
const clock = testClock('2026-04-03T09:00:00+08:00');
const t: Record<string, string> = {};
let office: string;
let members: { id: string; name: string }[];
let me: string; // dangyuan1's member record
let leader: string; // zuzhang1's member record
let quarterId: string;

type Row = {
  memberId: string;
  changedSinceConfirmed: boolean;
  confirmation: { id: string; state: string; seenTotal: string | null; round: number };
  score: { total: string; frozen: boolean; revision: number | null; lines: unknown[] | null };
};
type Quarter = {
  quarterAssessment: {
    state: string;
    revision: number;
    noticeEndsOn: string | null;
    availableActions: string[];
    rows: Row[];
    publications: {
      id: string;
      number: number;
      noticeEndsOn: string;
      noticeState: string;
      note: string | null;
      rows: { memberId: string; name: string; total: string; revision: number }[];
    }[];
    corrections: {
      id: string;
      state: string;
      memberIds: string[];
      producedRevision: number | null;
    }[];
  };
};

const quarter = async (token = t['shuji1']!) =>
  (await ok<Quarter>(server, OP.quarter, { id: quarterId }, token)).quarterAssessment;

async function setDues(memberId: string, month: string, status: DutyStatus) {
  const em = bureauEm(server.db, demo.bureauId);
  await em.nativeUpdate(DutyEntry, { memberId, month, itemCode: 'dues' }, { status });
}

beforeAll(async () => {
  server = await startTestServer();
  await seedDemoBureau(server.db, { ledger: true });
  demo = await demoLookup(server.db);
  for (const login of [
    'shuji1',
    'zhiwei1',
    'zuzhang1',
    'dangyuan1',
    'jifenyuan1',
    'admin',
    'analyst',
    'shuji2',
  ]) {
    t[login] = await server.login(login);
  }
  office = demo.branch('BGS').id;
  members = await demo.members('BGS');
  me = await demo.memberOf('dangyuan1');
  leader = await demo.memberOf('zuzhang1');
});
afterAll(() => server.close());

describe('starting the quarterly review', () => {
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
    expect(res.startQuarterReview).toMatchObject({
      state: 'UNDER_REVIEW',
      availableActions: ['sign'],
    });
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
    const em = bureauEm(server.db, demo.bureauId);
    await expect(periodLock.assertMonthsOpen(em, office, ['2026-02'], 'month')).rejects.toThrow(
      '2026-02 已关闭（2026年第一季度已签字）',
    );
    // A change to the ledger afterwards cannot reach the signed figures.
    await setDues(members[5]!.id, '2026-02', DutyStatus.MISSING);
    expect((await quarter()).rows.map((r) => r.score.total)).toEqual(
      live.rows.map((r) => r.score.total),
    );
    await setDues(members[5]!.id, '2026-02', DutyStatus.ON_TIME);
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

describe('public notice', () => {
  let publicationId: string;

  it('publishes for 5 working days after the day of publication, skipping 清明', async () => {
    const res = await ok<{ publishQuarter: { state: string; noticeEndsOn: string } }>(
      server,
      OP.publish,
      { a: quarterId },
      t['shuji1']!,
    );
    // Friday 3 April 2026; 4–6 April is 清明: 7, 8, 9, 10, 13 April.
    expect(res.publishQuarter).toEqual({
      id: quarterId,
      state: 'PUBLISHED',
      noticeEndsOn: '2026-04-13',
    });
    const q = await quarter(t['dangyuan1']);
    expect(q.publications).toHaveLength(1);
    expect(q.publications[0]!.rows).toHaveLength(members.length);
    expect(q.publications[0]!.noticeState).toBe('OPEN');
    publicationId = q.publications[0]!.id;
    const again = await refused(server, OP.publish, { a: quarterId }, t['shuji1']!);
    expect(again.message).toBe('本季度已在公示中，不能重复公示');
  });

  it('takes objections from anyone in the branch, not from the analyst or another branch', async () => {
    const raised = await ok<{ raiseNoticeObjection: { state: string } }>(
      server,
      OP.raise,
      { i: { publicationId, memberId: members[2]!.id, content: '其 2 月未参加党课却得分' } },
      t['dangyuan1']!,
    );
    expect(raised.raiseNoticeObjection.state).toBe('RAISED');
    const analyst = await refused(
      server,
      OP.raise,
      { i: { publicationId, memberId: members[2]!.id, content: 'x' } },
      t['analyst']!,
    );
    expect(analyst.code).toBe('FORBIDDEN');
    const other = await refused(
      server,
      OP.raise,
      { i: { publicationId, memberId: members[2]!.id, content: 'x' } },
      t['shuji2']!,
    );
    expect(other.code).toBe('NOT_FOUND');
    const stranger = await refused(
      server,
      OP.raise,
      { i: { publicationId, memberId: demo.branch('CWC').id, content: 'x' } },
      t['dangyuan1']!,
    );
    expect(stranger).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberId' });
  });

  it('has the branch committee dismiss an objection with a recorded outcome, once', async () => {
    const q = await ok<{ publication: { objections: { id: string }[] } }>(
      server,
      `query($id: ID!) { publication(id: $id) { objections { id } } }`,
      { id: publicationId },
      t['zhiwei1']!,
    );
    const objectionId = q.publication.objections[0]!.id;
    const byMember = await refused(
      server,
      OP.decide,
      { i: { objectionId, uphold: false, decision: 'x' } },
      t['dangyuan1']!,
    );
    expect(byMember.code).toBe('FORBIDDEN');
    const dismissed = await ok<{ decideNoticeObjection: { state: string; decision: string } }>(
      server,
      OP.decide,
      { i: { objectionId, uphold: false, decision: '经查 2 月党课签到表有其签名' } },
      t['zhiwei1']!,
    );
    expect(dismissed.decideNoticeObjection).toMatchObject({
      state: 'DISMISSED',
      decision: '经查 2 月党课签到表有其签名',
    });
    const twice = await refused(
      server,
      OP.decide,
      { i: { objectionId, uphold: true, decision: 'x' } },
      t['zhiwei1']!,
    );
    expect(twice).toMatchObject({ code: 'CONFLICT', message: '该异议已有处理结果，不能重复处理' });
  });

  it('corrects an upheld objection: only that member reopens, then a corrected list is published', async () => {
    const target = members[3]!.id;
    const raised = await ok<{ raiseNoticeObjection: { id: string } }>(
      server,
      OP.raise,
      { i: { publicationId, memberId: target, content: '其 3 月党费按时缴纳，却记为未缴' } },
      t['zuzhang1']!,
    );
    const upheld = await ok<{ decideNoticeObjection: { state: string; correctionId: string } }>(
      server,
      OP.decide,
      {
        i: {
          objectionId: raised.raiseNoticeObjection.id,
          uphold: true,
          decision: '核实缴费凭证，异议成立',
        },
      },
      t['zhiwei1']!,
    );
    expect(upheld.decideNoticeObjection.state).toBe('UPHELD');
    const correctionId = upheld.decideNoticeObjection.correctionId;
    let q = await quarter();
    const reopened = q.rows
      .filter((r) => r.confirmation.state === 'PENDING')
      .map((r) => r.memberId);
    expect(reopened).toEqual([target]);
    const em = bureauEm(server.db, demo.bureauId);
    await expect(
      periodLock.assertMonthsOpen(em, office, ['2026-03'], 'month'),
    ).resolves.toBeUndefined();
    // Applying before the member has confirmed the corrected record is refused.
    const early = await refused(server, OP.applyCorrection, { c: correctionId }, t['shuji1']!);
    expect(early.message).toBe('更正涉及的 1 名党员尚未确认更正后的记录，不能签字');
    const before = q.rows.find((r) => r.memberId === target)!.score.total;
    await setDues(target, '2026-03', DutyStatus.LATE);
    await ok(server, OP.panel, { a: quarterId, m: [target] }, t['zuzhang1']!);
    const byBranchCommittee = await refused(
      server,
      OP.applyCorrection,
      { c: correctionId },
      t['zhiwei1']!,
    );
    expect(byBranchCommittee.code).toBe('FORBIDDEN');
    clock.set('2026-04-08T10:00:00+08:00');
    const applied = await ok<{ applyCorrection: { state: string; producedRevision: number } }>(
      server,
      OP.applyCorrection,
      { c: correctionId },
      t['shuji1']!,
    );
    expect(applied.applyCorrection).toMatchObject({ state: 'APPLIED', producedRevision: 2 });
    q = await quarter();
    expect(q.state).toBe('PUBLISHED');
    expect(q.revision).toBe(2);
    const corrected = q.rows.find((r) => r.memberId === target)!;
    expect(corrected.score).toMatchObject({ revision: 2 });
    expect(corrected.score.total).not.toBe(before);
    expect(q.rows.filter((r) => r.score.revision === 2)).toHaveLength(1);
    // The first list is kept exactly as it was published; the corrected one has its own notice.
    expect(q.publications).toHaveLength(2);
    const [first, second] = q.publications;
    expect(first!.rows.find((r) => r.memberId === target)).toMatchObject({
      total: before,
      revision: 1,
    });
    expect(first!.noticeState).toBe('CLOSED');
    expect(second).toMatchObject({
      number: 2,
      note: '更正：公示异议成立：核实缴费凭证，异议成立',
      noticeEndsOn: '2026-04-15',
      noticeState: 'OPEN',
    });
    expect(second!.rows.find((r) => r.memberId === target)).toMatchObject({
      total: corrected.score.total,
      revision: 2,
    });
    await expect(periodLock.assertMonthsOpen(em, office, ['2026-03'], 'month')).rejects.toThrow(
      '已关闭',
    );
    const twice = await refused(server, OP.applyCorrection, { c: correctionId }, t['shuji1']!);
    expect(twice).toMatchObject({
      code: 'CONFLICT',
      message: '该更正当前为「已生效」，不能签字生效',
    });
  });

  it('closes by itself at the end of its last working day and then refuses objections', async () => {
    clock.set('2026-04-15T23:59:00+08:00');
    expect((await quarter()).state).toBe('PUBLISHED');
    clock.set('2026-04-16T00:01:00+08:00');
    const q = await quarter();
    expect(q.state).toBe('CLOSED');
    const latest = q.publications.at(-1)!.id;
    const e = await refused(
      server,
      OP.raise,
      { i: { publicationId: latest, memberId: me, content: '逾期异议' } },
      t['dangyuan1']!,
    );
    expect(e).toMatchObject({ code: 'CONFLICT', message: '公示期已结束，不能再提出异议' });
    const old = await refused(
      server,
      OP.raise,
      { i: { publicationId, memberId: me, content: '对旧名单的异议' } },
      t['dangyuan1']!,
    );
    expect(old.message).toBe('公示期已结束，不能再提出异议');
  });

  it('withdraws a correction opened by mistake and restores what it reopened', async () => {
    const opened = await ok<{ openCorrection: { id: string; months: string[] } }>(
      server,
      OP.openCorrection,
      {
        i: {
          kind: 'QUARTER',
          assessmentId: quarterId,
          memberIds: [me],
          months: ['2026-02'],
          reason: '误以为 2 月学习记录有误',
        },
      },
      t['shuji1']!,
    );
    expect(opened.openCorrection.months).toEqual(['2026-02']);
    expect((await quarter()).rows.find((r) => r.memberId === me)!.confirmation.state).toBe(
      'PENDING',
    );
    const busy = await refused(
      server,
      OP.openCorrection,
      { i: { kind: 'QUARTER', assessmentId: quarterId, memberIds: [me], reason: '再次' } },
      t['admin']!,
    );
    expect(busy.message).toBe('所选党员已有进行中的更正，请先签字生效或撤回');
    const member = await refused(
      server,
      OP.withdrawCorrection,
      { c: opened.openCorrection.id, r: 'x' },
      t['dangyuan1']!,
    );
    expect(member.code).toBe('FORBIDDEN');
    await ok(
      server,
      OP.withdrawCorrection,
      { c: opened.openCorrection.id, r: '核实无误' },
      t['shuji1']!,
    );
    const q = await quarter();
    expect(q.rows.find((r) => r.memberId === me)!.confirmation.state).toBe('CONFIRMED');
    expect(q.state).toBe('CLOSED');
    const em = bureauEm(server.db, demo.bureauId);
    await expect(periodLock.assertMonthsOpen(em, office, ['2026-02'], 'month')).rejects.toThrow(
      '已关闭',
    );
    const twice = await refused(
      server,
      OP.withdrawCorrection,
      { c: opened.openCorrection.id, r: 'x' },
      t['shuji1']!,
    );
    expect(twice.message).toBe('该更正当前为「已撤回」，不能撤回');
  });

  it('refuses to correct a quarter that is still under review', async () => {
    clock.set('2026-07-02T09:00:00+08:00');
    const q2 = await ok<{ startQuarterReview: { id: string } }>(
      server,
      OP.start,
      { i: { branchId: office, year: 2026, quarter: 2 } },
      t['shuji1']!,
    );
    const e = await refused(
      server,
      OP.openCorrection,
      {
        i: {
          kind: 'QUARTER',
          assessmentId: q2.startQuarterReview.id,
          memberIds: [me],
          reason: '更正',
        },
      },
      t['shuji1']!,
    );
    expect(e).toMatchObject({
      code: 'CONFLICT',
      message: '本季度尚未签字，可在考评中直接修改，无需更正',
    });
  });
});
