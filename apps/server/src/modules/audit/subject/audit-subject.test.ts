import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';

let server: TestServer;
let demo: DemoLookup;
let admin: string;

type Entry = { operation: string; subject: string | null; subjectEn: string | null };
const LOG = `query($f: AuditFilterInput) {
  auditEntries(filter: $f, limit: 50) { entries { operation subject subjectEn } }
}`;
const newest = async (token: string, operation: string): Promise<Entry> => {
  const res = await server.gql<{ auditEntries: { entries: Entry[] } }>(
    LOG,
    { f: { operation } },
    token,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.auditEntries.entries[0]!;
};
const ok = async (query: string, variables: Record<string, unknown>, token = admin) => {
  const res = await server.gql(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
};

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  demo = await demoLookup(server.db);
  admin = await server.login('admin');
});
afterAll(() => server.close());

describe('the audit log names which record an entry is about', () => {
  it('a member by name, a session by its day and topic, a month as a month, in both languages', async () => {
    const [member] = await demo.members('BGS');
    await ok(
      'mutation($id: ID!) { updateMember(input: { id: $id, position: "宣传委员" }) { id } }',
      {
        id: member!.id,
      },
    );
    expect(await newest(admin, 'member.update')).toMatchObject({
      subject: member!.name,
      subjectEn: member!.name,
    });

    await ok(
      'mutation($b: ID!, $m: ID!) { recordSession(input: { branchId: $b, itemCode: "party-lecture", date: "2026-03-18", topic: "学习新修订的《中国共产党纪律处分条例》专题党课暨警示教育", attendeeIds: [$m] }) { id } }',
      { b: demo.branch('BGS').id, m: member!.id },
    );
    // A long topic is cut to fit its cell.
    expect(await newest(admin, 'ledger.recordSession')).toMatchObject({
      subject: '2026-03-18 · 学习新修订的《中国共产党纪律处分条例》专题党课暨…',
    });

    await ok(
      'mutation($b: ID!) { markMonthRecorded(branchId: $b, month: "2026-11") { branchId } }',
      {
        b: demo.branch('BGS').id,
      },
    );
    expect(await newest(admin, 'ledger.markMonthRecorded')).toMatchObject({
      subject: '2026年11月',
      subjectEn: '2026-11',
    });

    // A kind with nothing to name beyond its label.
    await ok(
      'mutation { setTaskSettings(input: { webhookEnabled: false }) { webhookEnabled } }',
      {},
    );
    expect(await newest(admin, 'tasks.settings.set')).toMatchObject({ subject: null });
  });

  it('names a member only for a reader who may see them: a secretary reads their branch’s entry without the name of a member since moved away', async () => {
    // shuji2 is the secretary of the bureau's second branch.
    const second = demo.branches[1]!;
    const [member] = await demo.members(second.code);
    const cwc = second.id;
    await ok(
      `mutation($b: ID!, $m: ID!) { recordViolation(input: { branchId: $b, memberId: $m, month: "2026-04", itemCode: "integrity",
        count: 1, decision: "支委会认定", expectedVersion: 0 }) { id } }`,
      { b: cwc, m: member!.id },
    );
    const secretary = await server.login('shuji2');
    expect(await newest(secretary, 'ledger.recordViolation')).toMatchObject({
      subject: `${member!.name} · 2026年4月`,
      subjectEn: `${member!.name} · 2026-04`,
    });

    await ok(
      'mutation($m: ID!, $b: ID!) { transferMember(input: { memberId: $m, toBranchId: $b, month: "2026-05" }) { id } }',
      { m: member!.id, b: demo.branch('BGS').id },
    );
    // The violation stays the branch's record; the member is now another branch's.
    expect(await newest(secretary, 'ledger.recordViolation')).toMatchObject({
      subject: '2026年4月',
      subjectEn: '2026-04',
    });
    expect(await newest(admin, 'ledger.recordViolation')).toMatchObject({
      subject: `${member!.name} · 2026年4月`,
    });
  });
});
