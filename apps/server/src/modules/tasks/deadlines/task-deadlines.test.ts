import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, testClock } from '../../../../test/factories/cycle.js';
import { demoLookup, type DemoLookup } from '../../../../test/factories/demo-lookup.js';
import { bureauEm, recordPendingDeclaration } from '../../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';
import { Member } from '../../org/members/member.entity.js';

/**
 * A to-do item's due date is the committee's number of working days counted on the bureau's own
 * calendar: a changed setting and a changed day (a rest day added, a Saturday made a working day)
 * both move it.
 */
let server: TestServer;
let demo: DemoLookup;
const clock = testClock('2026-04-10T09:00:00+08:00'); // a Friday
const t: Record<string, string> = {};

const SETTINGS = `mutation($i: TaskSettingsInput!) { setTaskSettings(input: $i) { deadlines { key days } } }`;
const DAY = `mutation($i: CalendarDayInput!) { setCalendarDay(input: $i) { date kind } }`;
const TASKS = `query { myTasks { tasks { kind items { labelZh dueOn } } } }`;
const DESCRIPTION = '清明节前社区志愿服务';

/** When the scorekeeper is due to decide the declaration made on Friday 10 April. */
async function dueOn(): Promise<string | null> {
  const res = await ok<{
    myTasks: { tasks: { kind: string; items: { labelZh: string; dueOn: string | null }[] }[] };
  }>(server, TASKS, {}, t['jifenyuan1']!);
  const items = res.myTasks.tasks
    .filter((x) => x.kind === 'DECLARATIONS_TO_DECIDE')
    .flatMap((x) => x.items);
  return items.find((i) => i.labelZh.endsWith(DESCRIPTION))?.dueOn ?? null;
}

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  demo = await demoLookup(server.db);
  for (const login of ['admin', 'jifenyuan1']) t[login] = await server.login(login);
  const em = bureauEm(server.db, demo.bureauId);
  const member = await em.findOneOrFail(Member, { id: await demo.memberOf('dangyuan1') });
  await recordPendingDeclaration(em, member, {
    month: '2026-03',
    itemCode: 'volunteer-service',
    description: DESCRIPTION,
    createdById: await demo.userId('dangyuan1'),
    createdAt: clock.now(),
  });
});
afterAll(() => server.close());

describe('a declaration’s decision deadline', () => {
  it('is ten working days by default: Friday 24 April', async () => {
    expect(await dueOn()).toBe('2026-04-24');
  });

  it('follows the committee’s setting: three working days is Wednesday 15 April', async () => {
    await ok(
      server,
      SETTINGS,
      { i: { deadlines: [{ key: 'DECLARATION_DECISION', days: 3 }] } },
      t['admin']!,
    );
    expect(await dueOn()).toBe('2026-04-15');
  });

  it('skips a rest day the committee adds, and counts a Saturday it makes a working day', async () => {
    await ok(
      server,
      DAY,
      { i: { date: '2026-04-14', kind: 'HOLIDAY', note: '临时调休' } },
      t['admin']!,
    );
    expect(await dueOn()).toBe('2026-04-16');
    await ok(
      server,
      DAY,
      { i: { date: '2026-04-11', kind: 'WORKDAY', note: '周六补班' } },
      t['admin']!,
    );
    expect(await dueOn()).toBe('2026-04-15');
  });
});
