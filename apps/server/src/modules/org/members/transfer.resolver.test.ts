import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';

let server: TestServer;
let demo: DemoLookup;
let admin: string;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  demo = await demoLookup(server.db);
  admin = await server.login('admin');
});
afterAll(() => server.close());

const TRANSFER = `mutation($input: TransferMemberInput!) {
  transferMember(input: $input) { id branch { code } group { name } memberships { fromMonth toMonth branch { code } } }
}`;
const MONTHS = '{ member(id: $id) { memberships { fromMonth toMonth branch { code } } } }';

async function monthsOf(id: string) {
  return server.db.ownerQuery<{ code: string; from_month: string; to_month: string | null }>(
    `select b.code, m.from_month, m.to_month from membership m join branch b on b.bureau_id = m.bureau_id and b.id = m.branch_id
     where m.member_id = $1 order by m.from_month`,
    [id],
  );
}

describe('transfers (组织关系转接)', () => {
  it('closes the month before in the old branch and opens the month given in the new one', async () => {
    const [m] = await demo.members('JNC');
    const [group] = await demo.groups('GWC');
    const res = await server.gql<{ transferMember: Record<string, unknown> }>(
      TRANSFER,
      {
        input: {
          memberId: m!.id,
          toBranchId: demo.branch('GWC').id,
          month: '2026-04',
          toGroupId: group!.id,
        },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.transferMember).toMatchObject({
      branch: { code: 'GWC' },
      group: { name: group!.name },
      memberships: [
        { fromMonth: '2026-01', toMonth: '2026-03', branch: { code: 'JNC' } },
        { fromMonth: '2026-04', toMonth: null, branch: { code: 'GWC' } },
      ],
    });
    expect(await monthsOf(m!.id)).toEqual([
      { code: 'JNC', from_month: '2026-01', to_month: '2026-03' },
      { code: 'GWC', from_month: '2026-04', to_month: null },
    ]);
    const entries = await server.db.ownerQuery<{ operation: string; branch_id: string }>(
      `select operation, branch_id from audit_entry where entity_id = $1 order by seq`,
      [m!.id],
    );
    expect(entries).toEqual([
      { operation: 'member.transferOut', branch_id: demo.branch('JNC').id },
      { operation: 'member.transferIn', branch_id: demo.branch('GWC').id },
    ]);
  });

  it('keeps the demo mover exact: 资产管理处 January–June, 机关服务中心 from July', async () => {
    const [mover] = await server.db.ownerQuery<{ member_id: string }>(
      `select member_id from membership where to_month is not null and branch_id = $1`,
      [demo.branch('ZCC').id],
    );
    const all = await server.gql<{ member: { memberships: unknown[] } }>(
      `query($id: ID!) ${MONTHS}`,
      { id: mover!.member_id },
      admin,
    );
    expect(all.data?.member.memberships).toEqual([
      { fromMonth: '2026-01', toMonth: '2026-06', branch: { code: 'ZCC' } },
      { fromMonth: '2026-07', toMonth: null, branch: { code: 'FWZX' } },
    ]);
  });

  it('shows the receiving secretary only the months in their branch; the member leaves the old roster', async () => {
    const [m] = await demo.members('CWC');
    const moved = await server.gql(
      TRANSFER,
      { input: { memberId: m!.id, toBranchId: demo.branch('BGS').id, month: '2026-05' } },
      admin,
    );
    expect(moved.errors).toBeUndefined();
    const receiving = await server.gql<{ member: { memberships: unknown[] } }>(
      `query($id: ID!) ${MONTHS}`,
      { id: m!.id },
      await server.login('shuji1'),
    );
    expect(receiving.data?.member.memberships).toEqual([
      { fromMonth: '2026-05', toMonth: null, branch: { code: 'BGS' } },
    ]);
    const sending = await server.gql(
      `query($id: ID!) ${MONTHS}`,
      { id: m!.id },
      await server.login('shuji2'),
    );
    expect(sending.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('refuses a month not after the start of the current stretch, naming the month', async () => {
    const [m] = await demo.members('JNC');
    const res = await server.gql(
      TRANSFER,
      { input: { memberId: m!.id, toBranchId: demo.branch('GWC').id, month: '2026-01' } },
      admin,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.month',
    });
    expect(await monthsOf(m!.id)).toEqual([{ code: 'JNC', from_month: '2026-01', to_month: null }]);
  });

  it('refuses a transfer to the branch the member is in, and a group of another branch', async () => {
    const [m] = await demo.members('JNC');
    const same = await server.gql(
      TRANSFER,
      { input: { memberId: m!.id, toBranchId: demo.branch('JNC').id, month: '2026-05' } },
      admin,
    );
    expect(same.errors?.[0]?.extensions?.['field']).toBe('input.toBranchId');
    const [wrongGroup] = await demo.groups('BGS');
    const group = await server.gql(
      TRANSFER,
      {
        input: {
          memberId: m!.id,
          toBranchId: demo.branch('GWC').id,
          month: '2026-05',
          toGroupId: wrongGroup!.id,
        },
      },
      admin,
    );
    expect(group.errors?.[0]?.extensions?.['field']).toBe('input.toGroupId');
    expect(await monthsOf(m!.id)).toEqual([{ code: 'JNC', from_month: '2026-01', to_month: null }]);
  });

  it('leaves transfers between branches to the committee: a secretary is refused', async () => {
    const [m] = await demo.members('BGS');
    const res = await server.gql(
      TRANSFER,
      { input: { memberId: m!.id, toBranchId: demo.branch('CWC').id, month: '2026-05' } },
      await server.login('shuji1'),
    );
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('records a member leaving the bureau: months end, the member leaves the roster, records stay', async () => {
    const shuji2 = await server.login('shuji2');
    const [m] = await demo.members('CWC');
    const res = await server.gql<{ recordMemberLeaving: { active: boolean } }>(
      `mutation($input: RecordMemberLeavingInput!) { recordMemberLeaving(input: $input) { active } }`,
      { input: { memberId: m!.id, lastMonth: '2026-08' } },
      shuji2,
    );
    expect(res.data?.recordMemberLeaving).toEqual({ active: false });
    expect(await monthsOf(m!.id)).toEqual([
      { code: 'CWC', from_month: '2026-01', to_month: '2026-08' },
    ]);
    const roster = await server.gql<{ members: { id: string }[] }>(
      '{ members { id } }',
      {},
      shuji2,
    );
    expect(roster.data?.members.map((x) => x.id)).not.toContain(m!.id);
    const all = await server.gql<{ members: { id: string }[] }>(
      '{ members(includeInactive: true) { id } }',
      {},
      shuji2,
    );
    expect(all.data?.members.map((x) => x.id)).toContain(m!.id);
    const again = await server.gql(
      `mutation($input: TransferMemberInput!) { transferMember(input: $input) { id } }`,
      { input: { memberId: m!.id, toBranchId: demo.branch('BGS').id, month: '2026-09' } },
      admin,
    );
    expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });
});
