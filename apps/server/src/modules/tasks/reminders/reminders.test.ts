import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, refused, testClock } from '../../../../test/factories/cycle.js';
import { seedDemoBureau } from '../../../../test/factories/demo.js';
import { demoLookup, type DemoLookup } from '../../../../test/factories/demo-lookup.js';
import {
  bureauEm,
  publishDefaultScheme,
  recordPendingDeclaration,
} from '../../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';
import { Member } from '../../org/members/member.entity.js';
import { sendReminders } from './reminders.service.js';

/**
 * Reminders: the task list's items become in-app notifications once per item and due date, and
 * — only when the committee turns it on — are posted to the bureau's webhook, here a receiver
 * listening inside the test.
 */
let server: TestServer;
let demo: DemoLookup;
testClock('2026-04-10T09:00:00+08:00');
const t: Record<string, string> = {};
let receiver: http.Server;
let receiverUrl: string;
const received: Record<string, unknown>[] = [];
let failNext = 0;

type Notice = {
  id: string;
  kind: string;
  labelZh: string;
  dueOn: string | null;
  readAt: string | null;
};
const MINE = `query { myNotifications(first: 100) { unread items { id kind labelZh dueOn overdue link readAt } } }`;
const mine = async (login: string) =>
  (await ok<{ myNotifications: { unread: number; items: Notice[] } }>(server, MINE, {}, t[login]!))
    .myNotifications;
const SETTINGS = `mutation($i: TaskSettingsInput!) { setTaskSettings(input: $i) {
  webhookEnabled webhookUrl deadlines { key days defaultDays } } }`;
const SEND = `mutation { sendRemindersNow { created delivered failed } }`;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      if (failNext > 0) {
        failNext--;
        res.writeHead(503).end();
        return;
      }
      received.push(JSON.parse(body) as Record<string, unknown>);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/jifen`;
  server = await startTestServer();
  await seedDemoBureau(server.db);
  demo = await demoLookup(server.db);
  await publishDefaultScheme(bureauEm(server.db, demo.bureauId), demo.bureauId, 2026);
  for (const login of ['admin', 'shuji1', 'shuji2', 'jifenyuan1', 'dangyuan1']) {
    t[login] = await server.login(login);
  }
});
afterAll(async () => {
  await server.close();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('in-app reminders', () => {
  it("turns each person's to-do items into unread reminders, once per item and due date", async () => {
    expect((await mine('shuji1')).unread).toBe(0);
    const first = await sendReminders(server.db.orm, demo.bureauId);
    expect(first.created).toBeGreaterThan(0);
    const shuji1 = await mine('shuji1');
    expect(shuji1.items.map((n) => n.labelZh)).toContain('季度考评待开始：2026年第一季度');
    expect(shuji1.unread).toBe(shuji1.items.length);
    // The scorekeeper is reminded of the months of both branches it keeps.
    const keeper = await mine('jifenyuan1');
    expect(keeper.items.filter((n) => n.kind === 'MONTHS_TO_RECORD')).toHaveLength(6);
    // Nothing new: nothing is sent twice.
    expect((await sendReminders(server.db.orm, demo.bureauId)).created).toBe(0);
    expect((await mine('shuji1')).items).toHaveLength(shuji1.items.length);
  });

  it("marks one's own reminders read, and never another person's", async () => {
    const keeper = await mine('jifenyuan1');
    const marked = await ok<{ markNotificationsRead: number }>(
      server,
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
      { ids: keeper.items.map((n) => n.id) },
      t['shuji1']!,
    );
    expect(marked.markNotificationsRead).toBe(0);
    expect((await mine('jifenyuan1')).unread).toBe(keeper.items.length);
    const one = await ok<{ markNotificationsRead: number }>(
      server,
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
      { ids: [keeper.items[0]!.id] },
      t['jifenyuan1']!,
    );
    expect(one.markNotificationsRead).toBe(1);
    expect((await mine('jifenyuan1')).unread).toBe(keeper.items.length - 1);
    await ok(server, `mutation { markNotificationsRead }`, {}, t['jifenyuan1']!);
    expect((await mine('jifenyuan1')).unread).toBe(0);
  });

  it('reminds again when the committee moves a deadline', async () => {
    const before = (await mine('shuji1')).items.filter((n) => n.kind === 'QUARTERS_TO_START');
    const settings = await ok<{ setTaskSettings: { deadlines: { key: string; days: number }[] } }>(
      server,
      SETTINGS,
      { i: { deadlines: [{ key: 'QUARTER_START', days: 8 }] } },
      t['admin']!,
    );
    expect(settings.setTaskSettings.deadlines).toContainEqual(
      expect.objectContaining({ key: 'QUARTER_START', days: 8, defaultDays: 5 }),
    );
    expect((await demo.lastAudit()).operation).toBe('tasks.settings.set');
    await sendReminders(server.db.orm, demo.bureauId);
    const after = (await mine('shuji1')).items.filter((n) => n.kind === 'QUARTERS_TO_START');
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]!.dueOn! > before[0]!.dueOn!).toBe(true);
  });

  it('refuses bad settings, and settings from anyone but the committee', async () => {
    const days = await refused(
      server,
      SETTINGS,
      { i: { deadlines: [{ key: 'CONFIRMATION', days: 0 }] } },
      t['admin']!,
    );
    expect(days).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.deadlines.0.days' });
    const noUrl = await refused(server, SETTINGS, { i: { webhookEnabled: true } }, t['admin']!);
    expect(noUrl).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.webhookUrl' });
    const badUrl = await refused(
      server,
      SETTINGS,
      { i: { webhookUrl: 'ftp://example.org/hook', webhookEnabled: true } },
      t['admin']!,
    );
    expect(badUrl).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.webhookUrl' });
    expect(
      (await refused(server, SETTINGS, { i: { webhookEnabled: false } }, t['shuji1']!)).code,
    ).toBe('FORBIDDEN');
    expect((await refused(server, SEND, {}, t['shuji1']!)).code).toBe('FORBIDDEN');
    const read = await ok<{ taskSettings: { webhookEnabled: boolean } }>(
      server,
      `query { taskSettings { webhookEnabled webhookUrl } }`,
      {},
      t['admin']!,
    );
    expect(read.taskSettings.webhookEnabled).toBe(false);
  });
});

describe('the webhook', () => {
  it('sends nothing while it is off (the default)', () => {
    expect(received).toEqual([]);
  });

  it('posts each new reminder once to the receiver the committee names, retrying a failure', async () => {
    await ok(
      server,
      SETTINGS,
      { i: { webhookUrl: receiverUrl, webhookEnabled: true } },
      t['admin']!,
    );
    // Reminders made before it was turned on are not posted: only the new declaration's.
    const em = bureauEm(server.db, demo.bureauId);
    const member = await em.findOneOrFail(Member, { id: await demo.memberOf('dangyuan1') });
    await recordPendingDeclaration(em, member, {
      month: '2026-03',
      itemCode: 'volunteer-service',
      description: '社区志愿服务',
      createdById: await demo.userId('dangyuan1'),
      createdAt: new Date('2026-04-10T01:00:00Z'),
    });
    failNext = 1;
    const run = await ok<{
      sendRemindersNow: { created: number; delivered: number; failed: number };
    }>(server, SEND, {}, t['admin']!);
    expect(run.sendRemindersNow).toEqual({ created: 1, delivered: 0, failed: 1 });
    const retry = await sendReminders(server.db.orm, demo.bureauId);
    expect(retry).toEqual({ created: 0, delivered: 1, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      recipient: { loginName: 'jifenyuan1' },
      kind: 'declarationsToDecide',
      title: { zh: '个人申报待审核：2026年3月：社区志愿服务' },
      dueOn: '2026-04-24',
      overdue: false,
      link: '/declarations',
    });
    expect((await sendReminders(server.db.orm, demo.bureauId)).delivered).toBe(0);
    expect(received).toHaveLength(1);
  });
});
