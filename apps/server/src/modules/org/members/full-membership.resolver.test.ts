import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';

let server: TestServer;
let demo: DemoLookup;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({}, { template: 'two-bureaus' });
  demo = await demoLookup(server.db);
  for (const login of ['admin', 'shuji1', 'shuji2', 'zhiwei1', 'b2-admin'])
    tokens[login] = await server.login(login);
});
afterAll(() => server.close());

const RECORD = `mutation($i: RecordFullMembershipInput!) {
  recordFullMembership(input: $i) { id status fullMemberOn availableActions }
}`;

/** A new probationary member of 办公室党支部 who joined on 2025-11-20. */
async function probationary(name: string): Promise<string> {
  const res = await server.gql<{ createMember: { id: string } }>(
    `mutation($i: CreateMemberInput!) { createMember(input: $i) { id } }`,
    {
      i: {
        branchId: demo.branch('BGS').id,
        name,
        status: 'PROBATIONARY',
        joinedOn: '2025-11-20',
        fromMonth: '2026-01',
      },
    },
    tokens['shuji1'],
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createMember.id;
}

async function stored(id: string) {
  const [row] = await server.db.ownerQuery<{ status: string; full_member_on: string | null }>(
    `select status, to_char(full_member_on, 'YYYY-MM-DD') as full_member_on from member where id = $1`,
    [id],
  );
  return row;
}

describe('转正 (recordFullMembership)', () => {
  it('offers 转正 to the branch secretary on a probationary member, records it with its date, and logs it', async () => {
    const id = await probationary('转正甲');
    const offered = await server.gql<{ member: { availableActions: string[] } }>(
      `query($id: ID!) { member(id: $id) { availableActions } }`,
      { id },
      tokens['shuji1'],
    );
    expect(offered.data?.member.availableActions).toContain('recordFullMembership');
    const res = await server.gql<{ recordFullMembership: Record<string, unknown> }>(
      RECORD,
      { i: { memberId: id, date: '2026-03-02' } },
      tokens['shuji1'],
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.recordFullMembership).toMatchObject({
      status: 'FULL',
      fullMemberOn: '2026-03-02',
    });
    expect(res.data?.recordFullMembership['availableActions']).not.toContain(
      'recordFullMembership',
    );
    expect(await demo.lastAudit()).toMatchObject({
      operation: 'member.recordFullMembership',
      actor_role: 'secretary',
      before: { status: 'probationary', fullMemberOn: null },
      after: { status: 'full', fullMemberOn: '2026-03-02' },
    });
  });

  it('refuses a member who is already full, naming the member field, and changes nothing', async () => {
    const id = await probationary('转正乙');
    await server.gql(RECORD, { i: { memberId: id, date: '2026-01-05' } }, tokens['admin']);
    const before = await demo.auditCount();
    const res = await server.gql(
      RECORD,
      { i: { memberId: id, date: '2026-02-01' } },
      tokens['admin'],
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.memberId',
    });
    expect(await stored(id)).toEqual({ status: 'full', full_member_on: '2026-01-05' });
    expect(await demo.auditCount()).toBe(before);
  });

  it.each([
    ['before the date of joining', '2025-11-19'],
    ['in the future', '2099-01-01'],
    ['not a date', '2026-02-30'],
  ])('refuses a date %s, naming the date field', async (_what, date) => {
    const id = await probationary(`转正丙${date}`);
    const res = await server.gql(RECORD, { i: { memberId: id, date } }, tokens['shuji1']);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.date',
    });
    expect(await stored(id)).toEqual({ status: 'probationary', full_member_on: null });
  });

  it('keeps the wall: another branch’s secretary, a branch committee member and another bureau are refused', async () => {
    const id = await probationary('转正丁');
    for (const login of ['shuji2', 'zhiwei1', 'b2-admin']) {
      const res = await server.gql(
        RECORD,
        { i: { memberId: id, date: '2026-02-01' } },
        tokens[login],
      );
      expect(res.errors?.[0]?.extensions?.['code'], login).toMatch(/NOT_FOUND|FORBIDDEN/);
    }
    expect(await stored(id)).toEqual({ status: 'probationary', full_member_on: null });
  });
});
