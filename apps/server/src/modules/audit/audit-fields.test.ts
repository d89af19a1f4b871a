import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';

let server: TestServer;
let demo: DemoLookup;
let admin: string;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  demo = await demoLookup(server.db);
  admin = await server.login('admin');
});
afterAll(() => server.close());

type Change = {
  field: string;
  label: string;
  labelEn: string;
  before: string | null;
  after: string | null;
  afterEn: string | null;
  changed: boolean;
};
const CHANGES = `query($f: AuditFilterInput) {
  auditEntries(filter: $f) { entries { operation changes { field label labelEn before after afterEn changed } } }
}`;

async function changesOf(entityId: string, operation: string): Promise<Change[]> {
  const res = await server.gql<{
    auditEntries: { entries: { operation: string; changes: Change[] }[] };
  }>(CHANGES, { f: { entityId, operation } }, admin);
  expect(res.errors).toBeUndefined();
  return res.data!.auditEntries.entries[0]!.changes;
}

describe('audit entries in words', () => {
  it('names each changed field and shows a member’s category in words', async () => {
    const [m] = await demo.members('BGS');
    const res = await server.gql(
      `mutation($i: UpdateMemberInput!) { updateMember(input: $i) { id } }`,
      { i: { id: m!.id, position: '组织委员', status: 'PROBATIONARY', fullMemberOn: null } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const changes = await changesOf(m!.id, 'member.update');
    expect(changes.find((c) => c.field === 'position')).toMatchObject({
      label: '职务',
      labelEn: 'Position',
      after: '组织委员',
      changed: true,
    });
    expect(changes.find((c) => c.field === 'status')).toMatchObject({
      label: '党员类别',
      before: '正式党员',
      after: '预备党员',
      afterEn: 'Probationary member',
      changed: true,
    });
    expect(changes.find((c) => c.field === 'branchId')).toMatchObject({
      label: '支部',
      after: demo.branch('BGS').name,
      changed: false,
    });
  });

  it('labels a transfer’s nested member and membership months, with branches by name', async () => {
    const [m] = await demo.members('JNC');
    const res = await server.gql(
      `mutation($i: TransferMemberInput!) { transferMember(input: $i) { id } }`,
      { i: { memberId: m!.id, toBranchId: demo.branch('GWC').id, month: '2026-05' } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const changes = await changesOf(m!.id, 'member.transferIn');
    expect(changes.find((c) => c.field === 'opened.fromMonth')).toMatchObject({
      label: '开始的组织关系 · 起始月份',
      labelEn: 'Membership opened · From month',
      after: '2026-05',
    });
    expect(changes.find((c) => c.field === 'opened.branchId')).toMatchObject({
      after: demo.branch('GWC').name,
    });
    // No part of any label is a field's code.
    const raw = changes.flatMap((c) => c.label.split(' · ')).filter((p) => /^[A-Za-z]+$/.test(p));
    expect(raw).toEqual([]);
  });
});
