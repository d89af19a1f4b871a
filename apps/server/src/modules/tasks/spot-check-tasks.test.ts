import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, testClock } from '../../../test/factories/cycle.js';
import { demoLookup, type DemoLookup } from '../../../test/factories/demo-lookup.js';
import { OTHER_BUREAU_PREFIX } from '../../../test/factories/other-bureau.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';

/**
 * Spot-check findings as to-dos: a discrepancy waits for the branch's answer (its secretary and
 * branch committee), then for the committee to close it; each disappears when its step is done.
 */
let server: TestServer;
let demo: DemoLookup;
const clock = testClock('2026-04-01T09:00:00+08:00');
const t: Record<string, string> = {};
let office: string;
let itemId: string;

type TaskView = {
  kind: string;
  role: string;
  branchId: string | null;
  labelZh: string;
  count: number;
  dueOn: string | null;
  overdue: boolean;
  link: string;
  menuKey: string;
  items: { ref: string; labelZh: string; dueOn: string | null; overdue: boolean; link: string }[];
};
const TASKS = `query { myTasks { tasks {
  kind role branchId labelZh count dueOn overdue link menuKey items { ref labelZh dueOn overdue link } } } }`;
const tasks = async (login: string) =>
  (await ok<{ myTasks: { tasks: TaskView[] } }>(server, TASKS, {}, t[login]!)).myTasks.tasks;
const find = (list: TaskView[], kind: string) => list.find((x) => x.kind === kind);

const DRAW = `mutation($i: DrawSpotCheckInput!) { drawSpotCheck(input: $i) {
  items { id branch { id } } } }`;
const FINDING = `mutation($i: SpotCheckFindingInput!) { recordSpotCheckFinding(input: $i) { id } }`;
const ANSWER = `mutation($i: AnswerSpotCheckInput!) { answerSpotCheckFollowUp(input: $i) { id } }`;
const CLOSE = `mutation($i: CloseSpotCheckInput!) { closeSpotCheckFollowUp(input: $i) { id } }`;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'two-bureaus' });
  demo = await demoLookup(server.db);
  for (const login of [
    'admin',
    'shuji1',
    'zhiwei1',
    'jifenyuan1',
    'dangyuan1',
    'shuji2',
    `${OTHER_BUREAU_PREFIX}admin`,
    `${OTHER_BUREAU_PREFIX}shuji1`,
  ])
    t[login] = await server.login(login);
  office = demo.branch('BGS').id;
  const check = await ok<{ drawSpotCheck: { items: { id: string; branch: { id: string } }[] } }>(
    server,
    DRAW,
    { i: { title: '2026 年一季度抽查', fromMonth: '2026-01', toMonth: '2026-03', size: 12 } },
    t.admin!,
  );
  itemId = check.drawSpotCheck.items.find((i) => i.branch.id === office)!.id;
});
afterAll(() => server.close());

describe('spot-check findings as to-dos', () => {
  it('gives a recorded discrepancy to the branch secretary and branch committee, due ten working days on', async () => {
    expect(find(await tasks('shuji1'), 'SPOT_CHECK_FINDINGS')).toBeUndefined();
    await ok(
      server,
      FINDING,
      { i: { itemId, discrepancy: true, note: '签到表缺少签名' } },
      t.admin!,
    );
    for (const login of ['shuji1', 'zhiwei1']) {
      const task = find(await tasks(login), 'SPOT_CHECK_FINDINGS')!;
      expect(task).toMatchObject({
        branchId: office,
        count: 1,
        labelZh: '1 个抽查问题待答复',
        menuKey: 'spotCheckFollowUps',
        link: '/spot-check/follow-ups',
        overdue: false,
        // 1 April plus ten working days, over the Qingming holiday (4–6 April).
        dueOn: '2026-04-16',
      });
      expect(task.items[0]!.ref).toBe(itemId);
      expect(task.items[0]!.labelZh).toContain('签到表缺少签名');
      // The month reads as the other to-dos name theirs (2026年3月), not as a code.
      expect(task.items[0]!.labelZh).toMatch(/^2026年[1-3]月 /);
    }
  });

  it('is walled: other roles, other branches and the other bureau do not get it', async () => {
    for (const login of [
      'jifenyuan1',
      'dangyuan1',
      'shuji2',
      `${OTHER_BUREAU_PREFIX}admin`,
      `${OTHER_BUREAU_PREFIX}shuji1`,
    ]) {
      const list = await tasks(login);
      expect(find(list, 'SPOT_CHECK_FINDINGS')).toBeUndefined();
      expect(find(list, 'SPOT_CHECK_ANSWERS')).toBeUndefined();
    }
    expect(find(await tasks('admin'), 'SPOT_CHECK_FINDINGS')).toBeUndefined();
  });

  it('is overdue past its deadline, and the committee sees it among the branch’s overdue steps', async () => {
    clock.set('2026-04-20T09:00:00+08:00');
    expect(find(await tasks('shuji1'), 'SPOT_CHECK_FINDINGS')!.overdue).toBe(true);
    const overview = (await tasks('admin')).find(
      (x) => x.kind === 'BRANCH_OVERDUE_STEPS' && x.branchId === office,
    )!;
    const finding = overview.items.find((i) => i.ref === `spotCheckFindings:${itemId}`)!;
    expect(finding.labelZh).toContain('抽查问题待答复');
    // The committee follows it up on its own spot-check page, not the branch's answer screen.
    expect(finding.link).toBe('/spot-check');
  });

  it('moves to the committee once answered, and leaves every list once closed', async () => {
    await ok(server, ANSWER, { i: { itemId, answer: '已补齐签名' } }, t.shuji1!);
    expect(find(await tasks('shuji1'), 'SPOT_CHECK_FINDINGS')).toBeUndefined();
    const toClose = find(await tasks('admin'), 'SPOT_CHECK_ANSWERS')!;
    expect(toClose).toMatchObject({
      branchId: null,
      count: 1,
      labelZh: '1 个抽查答复待关闭',
      menuKey: 'spotCheck',
      overdue: false,
    });
    expect(toClose.items[0]!.labelZh).toContain('办公室党支部');
    await ok(server, CLOSE, { i: { itemId, note: '已核实' } }, t.admin!);
    expect(find(await tasks('admin'), 'SPOT_CHECK_ANSWERS')).toBeUndefined();
    expect(find(await tasks('shuji1'), 'SPOT_CHECK_FINDINGS')).toBeUndefined();
  });
});
