import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYCLE_OPS as OP, ok, refused, testClock } from '../../../test/factories/cycle.js';
import {
  OTHER_BUREAU_PREFIX,
  seedDemoBureau,
  seedOtherBureau,
} from '../../../test/factories/demo.js';
import { demoLookup, type DemoLookup } from '../../../test/factories/demo-lookup.js';
import {
  bureauEm,
  publishDefaultScheme,
  recordPendingDeclaration,
  recordQuota,
} from '../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { Member } from '../org/members/member.entity.js';

/**
 * Each person's to-do list, rule by rule: an item appears when it is due, disappears when the
 * step is done, and is seen only by the roles that may take the step, in their own branch and
 * bureau. Every state is arranged here from factories, never read off the demo's ledger.
 */
let server: TestServer;
let demo: DemoLookup;
const clock = testClock('2026-04-10T09:00:00+08:00');
const t: Record<string, string> = {};
let office: string;
let finance: string;

type TaskView = {
  kind: string;
  role: string;
  branchId: string | null;
  labelZh: string;
  labelEn: string;
  count: number;
  overdueCount: number;
  followUp: boolean;
  dueOn: string | null;
  overdue: boolean;
  link: string;
  menuKey: string;
  items: { ref: string; labelZh: string; dueOn: string | null; overdue: boolean; link: string }[];
};

const TASKS = `query { myTasks { total overdue today tasks {
  kind role branchId labelZh labelEn count overdueCount followUp dueOn overdue link menuKey
  items { ref labelZh dueOn overdue link } } } }`;

async function tasks(login: string): Promise<TaskView[]> {
  return (await ok<{ myTasks: { tasks: TaskView[] } }>(server, TASKS, {}, t[login]!)).myTasks.tasks;
}
const find = (list: TaskView[], kind: string, branchId?: string | null) =>
  list.find((x) => x.kind === kind && (branchId === undefined || x.branchId === branchId));

async function declare(login: string, month: string, description: string) {
  const em = bureauEm(server.db, demo.bureauId);
  const member = await em.findOneOrFail(Member, { id: await demo.memberOf(login) });
  return recordPendingDeclaration(em, member, {
    month,
    itemCode: 'volunteer-service',
    description,
    createdById: await demo.userId(login),
    createdAt: clock.now(),
  });
}

beforeAll(async () => {
  server = await startTestServer();
  await seedDemoBureau(server.db);
  await seedOtherBureau(server.db);
  demo = await demoLookup(server.db);
  await publishDefaultScheme(bureauEm(server.db, demo.bureauId), demo.bureauId, 2026);
  for (const login of [
    'shuji1',
    'zhiwei1',
    'jifenyuan1',
    'dangyuan1',
    'zuzhang1',
    'admin',
    'analyst',
    'shuji2',
    `${OTHER_BUREAU_PREFIX}admin`,
    `${OTHER_BUREAU_PREFIX}jifenyuan1`,
  ]) {
    t[login] = await server.login(login);
  }
  office = demo.branch('BGS').id;
  finance = demo.branch('CWC').id;
});
afterAll(() => server.close());

describe("the scorekeeper's months not yet recorded", () => {
  it('lists each ended month of each branch the scorekeeper keeps, overdue past its deadline', async () => {
    const list = await tasks('jifenyuan1');
    for (const branchId of [office, finance]) {
      const months = find(list, 'MONTHS_TO_RECORD', branchId)!;
      expect(months).toMatchObject({ role: 'SCOREKEEPER', count: 3, menuKey: 'ledger' });
      expect(months.items.map((i) => i.ref)).toEqual(['2026-01', '2026-02', '2026-03']);
      // January and February are long past their five working days; March's ran out on 8 April.
      expect(months.items.map((i) => i.overdue)).toEqual([true, true, true]);
      expect(months.labelZh).toBe('3 个月的台账未登记');
      expect(months.labelEn).toBe('3 months not yet recorded');
    }
    // April is still running: it is not yet a month to record.
    clock.set('2026-04-01T09:00:00+08:00');
    const early = find(await tasks('jifenyuan1'), 'MONTHS_TO_RECORD', office)!;
    expect(early.items.map((i) => i.ref)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(early.items.at(-1)!.overdue).toBe(false);
    clock.set('2026-04-10T09:00:00+08:00');
  });

  it('drops a month once the scorekeeper has entered it', async () => {
    const em = bureauEm(server.db, demo.bureauId);
    const [first] = await demo.members('BGS');
    const member = await em.findOneOrFail(Member, { id: first!.id });
    await recordQuota(em, member, '2026-01', 'study-app-login', '28');
    const months = find(await tasks('jifenyuan1'), 'MONTHS_TO_RECORD', office)!;
    expect(months.items.map((i) => i.ref)).toEqual(['2026-02', '2026-03']);
    expect(find(await tasks('jifenyuan1'), 'MONTHS_TO_RECORD', finance)!.count).toBe(3);
  });

  it('is walled: other roles, other branches and the other bureau do not get it', async () => {
    for (const login of ['shuji1', 'dangyuan1', 'analyst', 'admin']) {
      expect(find(await tasks(login), 'MONTHS_TO_RECORD')).toBeUndefined();
    }
    const other = await tasks(`${OTHER_BUREAU_PREFIX}jifenyuan1`);
    expect(other.map((x) => x.branchId)).not.toContain(office);
    expect(other.map((x) => x.branchId)).not.toContain(finance);
  });
});

describe('declarations and disputes', () => {
  let declarationId: string;

  it('shows a submitted declaration to the scorekeeper, due ten working days on', async () => {
    declarationId = (await declare('dangyuan1', '2026-03', '社区志愿服务')).id;
    const task = find(await tasks('jifenyuan1'), 'DECLARATIONS_TO_DECIDE', office)!;
    expect(task).toMatchObject({ count: 1, overdue: false, link: '/declarations' });
    expect(task.items[0]!.labelZh).toBe('2026年3月：社区志愿服务');
    // One is one in English: not "1 declarations".
    expect(task.labelEn).toBe('1 declaration to decide');
    // Submitted on Friday 10 April: ten working days on is Friday 24 April.
    expect(task.dueOn).toBe('2026-04-24');
    expect(find(await tasks('jifenyuan1'), 'DECLARATIONS_TO_DECIDE', finance)).toBeUndefined();
    expect(find(await tasks('shuji1'), 'DECLARATIONS_TO_DECIDE')).toBeUndefined();
    expect(find(await tasks('shuji2'), 'DISPUTES_TO_DECIDE')).toBeUndefined();
  });

  it('moves to the branch committee when the member disputes the decision, and goes when decided', async () => {
    const decided = await ok<{ decideDeclaration: { version: number } }>(
      server,
      `mutation($i: DecideDeclarationInput!) { decideDeclaration(input: $i) { id version } }`,
      { i: { id: declarationId, accept: false, reason: '缺少签到记录', expectedVersion: 1 } },
      t['jifenyuan1']!,
    );
    expect(find(await tasks('jifenyuan1'), 'DECLARATIONS_TO_DECIDE')).toBeUndefined();
    const disputed = await ok<{ disputeDeclaration: { version: number } }>(
      server,
      `mutation($i: DisputeDeclarationInput!) { disputeDeclaration(input: $i) { id version } }`,
      {
        i: {
          id: declarationId,
          reason: '有照片为证',
          expectedVersion: decided.decideDeclaration.version,
        },
      },
      t['dangyuan1']!,
    );
    for (const login of ['zhiwei1', 'shuji1']) {
      expect(find(await tasks(login), 'DISPUTES_TO_DECIDE', office)).toMatchObject({ count: 1 });
    }
    expect(find(await tasks('jifenyuan1'), 'DISPUTES_TO_DECIDE')).toBeUndefined();
    expect(find(await tasks('shuji2'), 'DISPUTES_TO_DECIDE')).toBeUndefined();
    await ok(
      server,
      `mutation($i: ResolveDeclarationDisputeInput!) { resolveDeclarationDispute(input: $i) { id } }`,
      {
        i: {
          id: declarationId,
          upheld: false,
          reason: '照片可证',
          expectedVersion: disputed.disputeDeclaration.version,
        },
      },
      t['zhiwei1']!,
    );
    expect(find(await tasks('zhiwei1'), 'DISPUTES_TO_DECIDE')).toBeUndefined();
  });
});

describe('the quarterly review', () => {
  let quarterId: string;

  it("tells the secretary a finished quarter's review is to start, and that it is overdue", async () => {
    const start = find(await tasks('shuji1'), 'QUARTERS_TO_START', office)!;
    expect(start).toMatchObject({ role: 'SECRETARY', count: 1, overdue: true });
    expect(start.items[0]).toMatchObject({
      ref: '2026-Q1',
      labelZh: '2026年第一季度',
      link: '/quarterly-review?year=2026&quarter=1',
    });
    expect(start.dueOn! < '2026-04-10').toBe(true);
    // The committee sees the branches' overdue steps, each branch on its own.
    const overdue = (await tasks('admin')).filter((x) => x.kind === 'BRANCH_OVERDUE_STEPS');
    expect(overdue.map((x) => x.branchId)).toEqual(expect.arrayContaining([office, finance]));
    // Followed up, not the committee's own to-do: its total leaves them out, and says so.
    expect(overdue.every((x) => x.followUp)).toBe(true);
    const { myTasks: list } = await ok<{ myTasks: { total: number; tasks: TaskView[] } }>(
      server,
      TASKS,
      {},
      t['admin']!,
    );
    const own = list.tasks.filter((x) => !x.followUp);
    expect(own.every((x) => x.kind !== 'BRANCH_OVERDUE_STEPS')).toBe(true);
    expect(list.total).toBe(own.reduce((n, x) => n + x.count, 0));
    expect(start.followUp).toBe(false);
    // Each overdue step links to where it is taken, in its branch.
    expect(overdue.find((x) => x.branchId === office)!.items).toContainEqual(
      expect.objectContaining({ link: '/quarterly-review?year=2026&quarter=1', overdue: true }),
    );
    expect(find(await tasks('zhiwei1'), 'QUARTERS_TO_START')).toBeUndefined();
    // The review screen shows its start button only where the server would take the step.
    const START = `query($i: QuarterKeyInput!) { quarterStartActions(input: $i) }`;
    const actions = async (login: string, quarter: number, branchId = office) =>
      (
        await ok<{ quarterStartActions: string[] }>(
          server,
          START,
          { i: { branchId, year: 2026, quarter } },
          t[login]!,
        )
      ).quarterStartActions;
    expect(await actions('shuji1', 1)).toEqual(['startReview']);
    expect(await actions('zhiwei1', 1)).toEqual(['startReview']);
    expect(await actions('shuji1', 2)).toEqual([]);
    expect(await actions('jifenyuan1', 1)).toEqual([]);
    expect(await actions('shuji2', 1)).toEqual([]);
    expect(find(await tasks('shuji2'), 'QUARTERS_TO_START', office)).toBeUndefined();
  });

  it('asks each member to confirm, with the deadline, once the review starts', async () => {
    const started = await ok<{ startQuarterReview: { id: string } }>(
      server,
      OP.start,
      { i: { branchId: office, year: 2026, quarter: 1 } },
      t['shuji1']!,
    );
    quarterId = started.startQuarterReview.id;
    const mine = await tasks('shuji1');
    expect(find(mine, 'QUARTERS_TO_START', office)).toBeUndefined();
    expect(find(mine, 'QUARTERS_TO_SIGN', office)).toMatchObject({ count: 1 });
    const member = find(await tasks('dangyuan1'), 'CONFIRMATIONS_TO_GIVE')!;
    expect(member).toMatchObject({
      labelZh: '1 项待确认',
      count: 1,
      overdue: false,
      link: '/my/confirm',
    });
    expect(member.dueOn! > '2026-04-10').toBe(true);
    // Only one's own record: the group leader sees their own, not the member's.
    const leader = find(await tasks('zuzhang1'), 'CONFIRMATIONS_TO_GIVE')!;
    expect(leader.count).toBe(1);
    expect(leader.items[0]!.ref).not.toBe(member.items[0]!.ref);
  });

  it("drops the member's item once they confirm, and the secretary's count goes down", async () => {
    const members = await demo.members('BGS');
    const before = find(await tasks('shuji1'), 'CONFIRMATIONS_OUTSTANDING', office)!;
    expect(before).toMatchObject({
      count: members.length,
      labelZh: `${members.length} 名党员尚未确认`,
    });
    await ok(
      server,
      OP.respond,
      { i: { assessmentId: quarterId, memberId: await demo.memberOf('dangyuan1'), agree: true } },
      t['dangyuan1']!,
    );
    expect(find(await tasks('dangyuan1'), 'CONFIRMATIONS_TO_GIVE')).toBeUndefined();
    expect(find(await tasks('shuji1'), 'CONFIRMATIONS_OUTSTANDING', office)!.count).toBe(
      members.length - 1,
    );
    expect(find(await tasks('shuji2'), 'CONFIRMATIONS_OUTSTANDING')).toBeUndefined();
  });

  it('records in-person confirmations with the meeting date and a note', async () => {
    const me = await demo.memberOf('dangyuan1');
    const others = (await demo.members('BGS')).map((m) => m.id).filter((id) => id !== me);
    const PANEL = `mutation($a: ID!, $m: [ID!]!, $d: String, $n: String) {
      recordPanelConfirmations(assessmentId: $a, memberIds: $m, confirmedOn: $d, note: $n) {
        memberId state method inPersonOn inPersonNote } }`;
    const future = await refused(
      server,
      PANEL,
      { a: quarterId, m: others, d: '2026-04-11', n: null },
      t['shuji1']!,
    );
    expect(future).toMatchObject({ code: 'BAD_USER_INPUT', field: 'confirmedOn' });
    const recorded = await ok<{
      recordPanelConfirmations: {
        state: string;
        method: string;
        inPersonOn: string;
        inPersonNote: string;
      }[];
    }>(
      server,
      PANEL,
      { a: quarterId, m: others, d: '2026-04-10', n: '支部党员大会上逐一核对' },
      t['shuji1']!,
    );
    expect(recorded.recordPanelConfirmations).toHaveLength(others.length);
    expect(recorded.recordPanelConfirmations[0]).toEqual({
      memberId: expect.any(String),
      state: 'CONFIRMED',
      method: 'IN_PERSON',
      inPersonOn: '2026-04-10',
      inPersonNote: '支部党员大会上逐一核对',
    });
    // The quarter's list names how each answer came, in the server's words.
    const rows = await ok<{
      quarterAssessment: { rows: { memberId: string; confirmationMethodLabel: string | null }[] };
    }>(
      server,
      `query($id: ID!) { quarterAssessment(id: $id) { rows { memberId confirmationMethodLabel } } }`,
      { id: quarterId },
      t['shuji1']!,
    );
    const methods = new Map(
      rows.quarterAssessment.rows.map((r) => [r.memberId, r.confirmationMethodLabel]),
    );
    expect(methods.get(others[0]!)).toBe('当面确认');
    expect(find(await tasks('zuzhang1'), 'CONFIRMATIONS_TO_GIVE')).toBeUndefined();
  });

  it('refuses to sign while declarations of its months are undecided, unless a reason is given', async () => {
    await declare('zuzhang1', '2026-02', '结对帮扶走访');
    const e = await refused(server, OP.sign, { a: quarterId }, t['shuji1']!);
    expect(e).toMatchObject({
      code: 'CONFLICT',
      message: '本季度还有 1 项申报未审核、0 项申报异议未处理，不能签字；如确需签字，请填写理由',
    });
    expect(e.details).toMatchObject({
      field: 'overrideReason',
      declarationIds: [expect.any(String)],
    });
    const q = await ok<{ quarterAssessment: { state: string } }>(
      server,
      `query($id: ID!) { quarterAssessment(id: $id) { state } }`,
      { id: quarterId },
      t['shuji1']!,
    );
    expect(q.quarterAssessment.state).toBe('UNDER_REVIEW');
    // A blank reason is no reason.
    expect(
      (
        await refused(
          server,
          `mutation($a: ID!, $r: String) { signQuarter(assessmentId: $a, overrideReason: $r) { id } }`,
          { a: quarterId, r: '   ' },
          t['shuji1']!,
        )
      ).code,
    ).toBe('CONFLICT');
    const signed = await ok<{ signQuarter: { state: string; signOverrideReason: string } }>(
      server,
      `mutation($a: ID!, $r: String) { signQuarter(assessmentId: $a, overrideReason: $r) { state signOverrideReason } }`,
      { a: quarterId, r: '该申报属第二季度活动，转入下季度审核' },
      t['shuji1']!,
    );
    expect(signed.signQuarter).toEqual({
      state: 'SIGNED',
      signOverrideReason: '该申报属第二季度活动，转入下季度审核',
    });
    const audit = await demo.lastAudit();
    expect(audit.operation).toBe('quarter.sign');
    expect(JSON.stringify(audit.after)).toContain('该申报属第二季度活动');
    const mine = await tasks('shuji1');
    expect(find(mine, 'QUARTERS_TO_SIGN', office)).toBeUndefined();
    expect(find(mine, 'QUARTERS_TO_PUBLISH', office)).toMatchObject({ count: 1 });
  });

  it("opens the objection window for the branch's members once published, until the notice ends", async () => {
    const published = await ok<{ publishQuarter: { noticeEndsOn: string } }>(
      server,
      OP.publish,
      { a: quarterId },
      t['shuji1']!,
    );
    expect(find(await tasks('shuji1'), 'QUARTERS_TO_PUBLISH')).toBeUndefined();
    const window = find(await tasks('dangyuan1'), 'OBJECTION_WINDOWS', office)!;
    expect(window).toMatchObject({ count: 1, dueOn: published.publishQuarter.noticeEndsOn });
    expect(find(await tasks('shuji2'), 'OBJECTION_WINDOWS')).toBeUndefined();
    clock.set(`${published.publishQuarter.noticeEndsOn}T23:00:00+08:00`);
    expect(find(await tasks('dangyuan1'), 'OBJECTION_WINDOWS')).toBeDefined();
    clock.set('2026-05-20T09:00:00+08:00');
    expect(find(await tasks('dangyuan1'), 'OBJECTION_WINDOWS')).toBeUndefined();
    clock.set('2026-04-10T09:00:00+08:00');
  });
});

describe('the other bureau', () => {
  it("never sees this bureau's items", async () => {
    const theirs = await tasks(`${OTHER_BUREAU_PREFIX}admin`);
    const ours = new Set(demo.branches.map((b) => b.id));
    expect(theirs.some((x) => x.branchId && ours.has(x.branchId))).toBe(false);
  });
});
