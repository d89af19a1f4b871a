import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYCLE_OPS as OP, ok, refused, testClock } from '../../../../test/factories/cycle.js';
import type { DemoLookup } from '../../../../test/factories/demo-lookup.js';
import { bureauEm } from '../../../../test/factories/ledger.js';
import {
  signedQuarter,
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
 * The signed quarter of 办公室党支部 on public notice: objections, a correction, the notice
 * closing by itself, with every refusal a user can run into on the way.
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
let quarterId: string;

const quarter = async (token = t['shuji1']!) => readQuarter(story, quarterId, token);
const setDues = (memberId: string, month: string, status: DutyStatus) =>
  changeDues(story, memberId, month, status);

/** A story of its own for the enclosing group; `arrange` brings the quarter to where it starts. */
function startFrom(arrange?: (s: QuarterStory) => Promise<string>) {
  let own: QuarterStory | undefined;
  beforeAll(async () => {
    own = story = await quarterStory(clock);
    ({ server, demo, t, office, members, me } = story);
    if (arrange) quarterId = await arrange(story);
  });
  // A group whose set-up failed has nothing of its own to close.
  afterAll(() => own?.server.close());
}

describe('public notice', () => {
  startFrom(signedQuarter);

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
    // The product's words follow the reader; what the branch committee wrote stays as written.
    const inEnglish = await server.gql<{
      publications: { number: number; note: string | null }[];
      corrections: { id: string; reason: string }[];
    }>(
      `query { publications(year: 2026) { number note } corrections(year: 2026) { id reason } }`,
      {},
      t['shuji1']!,
      'en',
    );
    expect(inEnglish.errors).toBeUndefined();
    expect(inEnglish.data!.publications.find((p) => p.number === 2)!.note).toBe(
      'Correction: objection upheld: 核实缴费凭证，异议成立',
    );
    expect(inEnglish.data!.corrections.find((c) => c.id === correctionId)!.reason).toBe(
      'Objection upheld: 核实缴费凭证，异议成立',
    );
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
