import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';

let server: TestServer;
let demo: DemoLookup;
let shuji1: string;
let admin: string;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  demo = await demoLookup(server.db);
  [shuji1, admin] = await Promise.all([server.login('shuji1'), server.login('admin')]);
});
afterAll(() => server.close());

const CREATE = `mutation($input: CreateMemberInput!) {
  createMember(input: $input) { id name status joinedOn fullMemberOn position group { name } branch { code }
    memberships { fromMonth toMonth branch { code } } }
}`;
const UPDATE = `mutation($input: UpdateMemberInput!) {
  updateMember(input: $input) { id name status fullMemberOn position group { id } }
}`;

describe('members', () => {
  it('lets a secretary add a probationary member to their branch, with a membership from the month given', async () => {
    const [group] = await demo.groups('BGS');
    const before = await demo.auditCount();
    const res = await server.gql<{ createMember: Record<string, unknown> }>(
      CREATE,
      {
        input: {
          branchId: demo.branch('BGS').id,
          name: ' 欧阳明 ',
          status: 'PROBATIONARY',
          joinedOn: '2025-11-20',
          position: '科员',
          groupId: group!.id,
          fromMonth: '2026-03',
        },
      },
      shuji1,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createMember).toMatchObject({
      name: '欧阳明',
      status: 'PROBATIONARY',
      joinedOn: '2025-11-20',
      fullMemberOn: null,
      group: { name: group!.name },
      branch: { code: 'BGS' },
      memberships: [{ fromMonth: '2026-03', toMonth: null, branch: { code: 'BGS' } }],
    });
    expect(await demo.auditCount()).toBe(before + 1);
    expect(await demo.lastAudit()).toMatchObject({
      operation: 'member.create',
      actor_role: 'secretary',
      branch_id: demo.branch('BGS').id,
      after: { name: '欧阳明', status: 'probationary', fromMonth: '2026-03' },
    });
  });

  it('names the offending field when a probationary member is given a full-membership date', async () => {
    const res = await server.gql(
      CREATE,
      {
        input: {
          branchId: demo.branch('BGS').id,
          name: '王某',
          status: 'PROBATIONARY',
          joinedOn: '2025-11-20',
          fullMemberOn: '2026-11-20',
          fromMonth: '2026-03',
        },
      },
      shuji1,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.fullMemberOn',
    });
    expect(res.errors?.[0]?.message).toBe('预备党员不应有转正日期');
  });

  it.each([
    [{ joinedOn: '2021-02-30' }, 'input.joinedOn'],
    [{ joinedOn: '2999-01-01' }, 'input.joinedOn'],
    [{ name: '   ' }, 'input.name'],
    [{ fromMonth: '2026-13' }, 'input.fromMonth'],
    [{ fullMemberOn: '1999-01-01', joinedOn: '2000-01-01' }, 'input.fullMemberOn'],
  ])('refuses %o naming %s, and writes nothing', async (patch, field) => {
    const countBefore = (await demo.members('BGS')).length;
    const res = await server.gql(
      CREATE,
      {
        input: {
          branchId: demo.branch('BGS').id,
          name: '李某',
          joinedOn: '2000-01-01',
          fromMonth: '2026-01',
          ...patch,
        },
      },
      shuji1,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await demo.members('BGS')).length).toBe(countBefore);
  });

  it('refuses a group of another branch', async () => {
    const [foreignGroup] = await demo.groups('CWC');
    const res = await server.gql(
      CREATE,
      {
        input: {
          branchId: demo.branch('BGS').id,
          name: '李某',
          joinedOn: '2000-01-01',
          groupId: foreignGroup!.id,
          fromMonth: '2026-01',
        },
      },
      admin,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.groupId',
    });
  });

  it('records 转正: a probationary member becomes full with the date, audited with before and after', async () => {
    const [probationary] = await server.db.ownerQuery<{ id: string; joined_on: string }>(
      `select id, to_char(joined_on, 'YYYY-MM-DD') as joined_on from member
       where branch_id = $1 and status = 'probationary' limit 1`,
      [demo.branch('BGS').id],
    );
    const res = await server.gql<{ updateMember: { status: string; fullMemberOn: string } }>(
      UPDATE,
      { input: { id: probationary!.id, status: 'FULL', fullMemberOn: '2026-06-01' } },
      shuji1,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateMember).toMatchObject({ status: 'FULL', fullMemberOn: '2026-06-01' });
    expect(await demo.lastAudit()).toMatchObject({
      operation: 'member.update',
      before: { status: 'probationary', fullMemberOn: null },
      after: { status: 'full', fullMemberOn: '2026-06-01' },
    });
  });

  it('clears a field given as null and keeps fields not given', async () => {
    const [m] = await demo.members('BGS');
    const res = await server.gql<{ updateMember: { name: string; position: string | null } }>(
      UPDATE,
      { input: { id: m!.id, position: null } },
      shuji1,
    );
    expect(res.data?.updateMember).toMatchObject({ name: m!.name, position: null });
  });

  it('does not let a scorekeeper or the analyst change a member', async () => {
    const [m] = await demo.members('BGS');
    for (const login of ['jifenyuan1', 'analyst', 'dangyuan1']) {
      const res = await server.gql(
        UPDATE,
        { input: { id: m!.id, name: '改名' } },
        await server.login(login),
      );
      expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
  });

  it('deletes a member entered by mistake together with their months', async () => {
    const created = await server.gql<{ createMember: { id: string } }>(
      CREATE,
      {
        input: {
          branchId: demo.branch('BGS').id,
          name: '误录',
          joinedOn: '2000-01-01',
          fromMonth: '2026-01',
        },
      },
      shuji1,
    );
    const id = created.data!.createMember.id;
    const res = await server.gql('mutation($id: ID!) { deleteMember(id: $id) }', { id }, shuji1);
    expect(res.data).toEqual({ deleteMember: true });
    expect(
      await server.db.ownerQuery('select 1 from membership where member_id = $1', [id]),
    ).toEqual([]);
    expect(await demo.lastAudit()).toMatchObject({ operation: 'member.delete', entity_id: id });
  });

  it('lists a branch roster with groups and months for a secretary, inactive members only on request', async () => {
    const res = await server.gql<{ members: { name: string; group: { name: string } | null }[] }>(
      '{ members { name group { name } memberships { fromMonth } } }',
      {},
      shuji1,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.members.length).toBe((await demo.members('BGS')).length);
  });
});
