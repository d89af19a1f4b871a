import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';

let server: TestServer;
let demo: DemoLookup;
let admin: string;
let shuji1: string;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  demo = await demoLookup(server.db);
  admin = await server.login('admin');
  shuji1 = await server.login('shuji1');
});
afterAll(() => server.close());

const CREATE_BRANCH = `mutation($input: CreateBranchInput!) { createBranch(input: $input) { id name code sortOrder } }`;
const CREATE_GROUP = `mutation($input: CreatePartyGroupInput!) { createPartyGroup(input: $input) { id name leader { name } branch { code } } }`;

describe('branches', () => {
  it('lets the committee open, rename and close an empty branch, each change audited', async () => {
    const created = await server.gql<{ createBranch: { id: string } }>(
      CREATE_BRANCH,
      { input: { name: '后勤保障处党支部', code: 'HQ', sortOrder: 7 } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createBranch.id;
    expect(await demo.lastAudit()).toMatchObject({ operation: 'branch.create', entity_id: id });
    const renamed = await server.gql<{ updateBranch: { name: string; code: string } }>(
      `mutation($input: UpdateBranchInput!) { updateBranch(input: $input) { name code } }`,
      { input: { id, name: '后勤处党支部' } },
      admin,
    );
    expect(renamed.data?.updateBranch).toEqual({ name: '后勤处党支部', code: 'HQ' });
    expect(await demo.lastAudit()).toMatchObject({
      operation: 'branch.update',
      before: { name: '后勤保障处党支部' },
      after: { name: '后勤处党支部' },
    });
    const deleted = await server.gql('mutation($id: ID!) { deleteBranch(id: $id) }', { id }, admin);
    expect(deleted.data).toEqual({ deleteBranch: true });
    expect(await server.db.ownerQuery('select 1 from branch where id = $1', [id])).toEqual([]);
  });

  it('refuses a duplicate code or name, naming the field', async () => {
    const code = await server.gql(CREATE_BRANCH, { input: { name: '新支部', code: 'BGS' } }, admin);
    expect(code.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.code',
    });
    const name = await server.gql(
      CREATE_BRANCH,
      { input: { name: '办公室党支部', code: 'NEW' } },
      admin,
    );
    expect(name.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
    const bad = await server.gql(
      CREATE_BRANCH,
      { input: { name: '新支部', code: '有 空格' } },
      admin,
    );
    expect(bad.errors?.[0]?.extensions?.['field']).toBe('input.code');
  });

  it('refuses to delete a branch that has members, and leaves it whole', async () => {
    const res = await server.gql(
      'mutation($id: ID!) { deleteBranch(id: $id) }',
      { id: demo.branch('JNC').id },
      admin,
    );
    expect(res.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect((await demo.members('JNC')).length).toBeGreaterThan(0);
  });

  it('leaves branches to the committee: a secretary may not create or rename one', async () => {
    const create = await server.gql(
      CREATE_BRANCH,
      { input: { name: '新支部', code: 'NEW' } },
      shuji1,
    );
    expect(create.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const rename = await server.gql(
      `mutation($input: UpdateBranchInput!) { updateBranch(input: $input) { name } }`,
      { input: { id: demo.branch('BGS').id, name: '改名' } },
      shuji1,
    );
    expect(rename.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('shows every branch of the bureau to a secretary, but the groups of their own branch only', async () => {
    const res = await server.gql<{ branches: { code: string; groups: { name: string }[] }[] }>(
      '{ branches { code groups { name } } }',
      {},
      shuji1,
    );
    const byCode = new Map(res.data!.branches.map((b) => [b.code, b.groups.length]));
    expect(byCode.size).toBe(6);
    expect(byCode.get('BGS')).toBe(3);
    expect(byCode.get('CWC')).toBe(0);
  });
});

describe('party groups', () => {
  it('lets a secretary create a group led by a member of their branch', async () => {
    const [leader] = await demo.members('BGS');
    const res = await server.gql<{ createPartyGroup: Record<string, unknown> }>(
      CREATE_GROUP,
      {
        input: { branchId: demo.branch('BGS').id, name: '第四党小组', leaderMemberId: leader!.id },
      },
      shuji1,
    );
    expect(res.data?.createPartyGroup).toMatchObject({
      name: '第四党小组',
      leader: { name: leader!.name },
      branch: { code: 'BGS' },
    });
    expect(await demo.lastAudit()).toMatchObject({
      operation: 'partyGroup.create',
      actor_role: 'secretary',
    });
  });

  it('lists a branch’s groups by their number, wherever they are listed', async () => {
    // A new branch's groups, created out of order, as a branch may add them.
    const branch = await server.gql<{ createBranch: { id: string } }>(
      CREATE_BRANCH,
      { input: { name: '离退休干部党支部', code: 'LTX', sortOrder: 8 } },
      admin,
    );
    const branchId = branch.data!.createBranch.id;
    for (const name of ['第三党小组', '第十党小组', '第一党小组', '第二党小组']) {
      const created = await server.gql(CREATE_GROUP, { input: { branchId, name } }, admin);
      expect(created.errors).toBeUndefined();
    }
    const res = await server.gql<{
      partyGroups: { name: string }[];
      branches: { code: string; groups: { name: string }[] }[];
    }>(
      'query($b: ID!) { partyGroups(branchId: $b) { name } branches { code groups { name } } }',
      { b: branchId },
      admin,
    );
    // By the characters' codes 第三 came before 第二, and 第十 before both; in pinyin 第一 last.
    const inOrder = ['第一党小组', '第二党小组', '第三党小组', '第十党小组'];
    expect(res.data!.partyGroups.map((g) => g.name)).toEqual(inOrder);
    const created = res.data!.branches.find((b) => b.code === 'LTX')!;
    expect(created.groups.map((g) => g.name)).toEqual(inOrder);
  });

  it('refuses a duplicate name in the branch and a leader from another branch', async () => {
    const dup = await server.gql(
      CREATE_GROUP,
      { input: { branchId: demo.branch('BGS').id, name: '第一党小组' } },
      shuji1,
    );
    expect(dup.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
    const [stranger] = await demo.members('CWC');
    const leader = await server.gql(
      CREATE_GROUP,
      {
        input: {
          branchId: demo.branch('BGS').id,
          name: '第五党小组',
          leaderMemberId: stranger!.id,
        },
      },
      admin,
    );
    expect(leader.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.leaderMemberId',
    });
  });

  it('refuses to delete a group that still has members, and deletes an empty one', async () => {
    const [full] = await demo.groups('BGS');
    const refused = await server.gql(
      'mutation($id: ID!) { deletePartyGroup(id: $id) }',
      { id: full!.id },
      shuji1,
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const created = await server.gql<{ createPartyGroup: { id: string } }>(
      CREATE_GROUP,
      { input: { branchId: demo.branch('BGS').id, name: '临时党小组' } },
      shuji1,
    );
    const id = created.data!.createPartyGroup.id;
    const ok = await server.gql('mutation($id: ID!) { deletePartyGroup(id: $id) }', { id }, shuji1);
    expect(ok.data).toEqual({ deletePartyGroup: true });
  });

  it('lets a secretary change a group’s leader and clear it', async () => {
    const [group] = await demo.groups('BGS');
    const [, next] = await demo.members('BGS');
    const set = await server.gql<{ updatePartyGroup: { leader: { name: string } | null } }>(
      `mutation($input: UpdatePartyGroupInput!) { updatePartyGroup(input: $input) { leader { name } } }`,
      { input: { id: group!.id, leaderMemberId: next!.id } },
      shuji1,
    );
    expect(set.data?.updatePartyGroup.leader).toEqual({ name: next!.name });
    const cleared = await server.gql<{ updatePartyGroup: { leader: null } }>(
      `mutation($input: UpdatePartyGroupInput!) { updatePartyGroup(input: $input) { leader { name } } }`,
      { input: { id: group!.id, leaderMemberId: null } },
      shuji1,
    );
    expect(cleared.data?.updatePartyGroup.leader).toBeNull();
  });
});
