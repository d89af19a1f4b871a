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

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id loginName displayName member { name } } }`;
const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id role branch { code } } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id disabled } }`;

async function newUserFor(memberId: string, loginName: string) {
  const res = await server.gql<{ createUser: { id: string } }>(
    CREATE_USER,
    {
      input: {
        loginName,
        displayName: '新用户',
        password: 'Start1234',
        memberId,
        mustChangePassword: false,
      },
    },
    admin,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createUser.id;
}

describe('users and roles', () => {
  it('lets the committee create an account for a member, who can then log in with no roles yet', async () => {
    const [m] = await demo.members('ZCC');
    await newUserFor(m!.id, 'zcc.member');
    expect(await demo.lastAudit()).toMatchObject({
      operation: 'user.create',
      actor_role: 'committee_admin',
    });
    const token = await server.login('zcc.member', 'Start1234');
    const me = await server.gql<{ me: { roles: unknown[] } }>(
      '{ me { roles { role } } }',
      {},
      token,
    );
    expect(me.data?.me.roles).toEqual([]);
    const hash = await server.db.ownerQuery<{ password_hash: string }>(
      `select password_hash from user_account where login_name = 'zcc.member'`,
    );
    expect(hash[0]!.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a taken log-in name, a weak password and a member who already has an account, naming the field', async () => {
    const [m] = await demo.members('ZCC');
    const cases: [Record<string, unknown>, string][] = [
      [{ loginName: 'shuji1' }, 'input.loginName'],
      [{ loginName: 'b' }, 'input.loginName'],
      [{ password: 'short1' }, 'input.password'],
      [{ password: 'lettersonly' }, 'input.password'],
      [{ memberId: await demo.memberOf('shuji1') }, 'input.memberId'],
    ];
    for (const [patch, field] of cases) {
      const res = await server.gql(
        CREATE_USER,
        {
          input: {
            loginName: 'someone.new',
            displayName: '某人',
            password: 'Good12345',
            memberId: m!.id,
            ...patch,
          },
        },
        admin,
      );
      expect(res.errors?.[0]?.extensions, JSON.stringify(patch)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });

  it('lets a secretary make a member of their branch a scorekeeper there, effective on the next request', async () => {
    const [m] = (await demo.membersWithoutAccount('BGS')).slice(-1);
    const userId = await newUserFor(m!.id, 'bgs.keeper');
    const token = await server.login('bgs.keeper', 'Start1234');
    expect((await server.gql('{ members { id } }', {}, token)).data).toEqual({ members: [] });
    const res = await server.gql<{ grantRole: { role: string; branch: { code: string } } }>(
      GRANT,
      { input: { userId, role: 'SCOREKEEPER', branchId: demo.branch('BGS').id } },
      shuji1,
    );
    expect(res.data?.grantRole).toMatchObject({ role: 'SCOREKEEPER', branch: { code: 'BGS' } });
    expect(await demo.lastAudit()).toMatchObject({
      operation: 'role.grant',
      actor_role: 'secretary',
    });
    const after = await server.gql<{ members: unknown[] }>('{ members { id } }', {}, token);
    expect(after.data?.members.length).toBe((await demo.members('BGS')).length);
  });

  it('does not let a secretary appoint a secretary, grant a bureau role, or give roles to another branch’s member', async () => {
    const [other] = await demo.members('JNC');
    const otherUser = await newUserFor(other!.id, 'jnc.person');
    const [own] = (await demo.membersWithoutAccount('BGS')).slice(-2);
    const ownUser = await newUserFor(own!.id, 'bgs.person');
    const attempts: [Record<string, unknown>, string][] = [
      [{ userId: ownUser, role: 'SECRETARY', branchId: demo.branch('BGS').id }, 'FORBIDDEN'],
      [{ userId: ownUser, role: 'ANALYST' }, 'FORBIDDEN'],
      [{ userId: ownUser, role: 'MEMBER', branchId: demo.branch('CWC').id }, 'FORBIDDEN'],
      [{ userId: otherUser, role: 'MEMBER', branchId: demo.branch('BGS').id }, 'BAD_USER_INPUT'],
    ];
    for (const [input, code] of attempts) {
      const res = await server.gql(GRANT, { input }, shuji1);
      expect(res.errors?.[0]?.extensions?.['code'], JSON.stringify(input)).toBe(code);
    }
  });

  it('checks that bureau roles have no branch and branch roles have one', async () => {
    const userId = await demo.userId('analyst');
    const withBranch = await server.gql(
      GRANT,
      { input: { userId, role: 'COMMITTEE_ADMIN', branchId: demo.branch('BGS').id } },
      admin,
    );
    expect(withBranch.errors?.[0]?.extensions?.['field']).toBe('input.branchId');
    const without = await server.gql(GRANT, { input: { userId, role: 'SECRETARY' } }, admin);
    expect(without.errors?.[0]?.extensions?.['field']).toBe('input.branchId');
    const duplicate = await server.gql(GRANT, { input: { userId, role: 'ANALYST' } }, admin);
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.role',
    });
  });

  it('revokes a role: the holder loses what it gave at once', async () => {
    const token = await server.login('zhiwei1');
    const users = await server.gql<{
      users: { loginName: string; roles: { id: string; role: string }[] }[];
    }>('{ users { loginName roles { id role } } }', {}, shuji1);
    const grant = users.data!.users.find((u) => u.loginName === 'zhiwei1')!.roles[0]!;
    const res = await server.gql(
      'mutation($id: ID!) { revokeRole(id: $id) }',
      { id: grant.id },
      shuji1,
    );
    expect(res.data).toEqual({ revokeRole: true });
    const me = await server.gql<{ me: { roles: unknown[] } }>(
      '{ me { roles { role } } }',
      {},
      token,
    );
    expect(me.data?.me.roles).toEqual([]);
  });

  it('shows a secretary only the accounts of their branch, and the committee every account', async () => {
    const mine = await server.gql<{ users: { loginName: string }[] }>(
      '{ users { loginName } }',
      {},
      shuji1,
    );
    const names = mine.data!.users.map((u) => u.loginName);
    expect(names).toContain('shuji1');
    expect(names).toContain('jifenyuan1');
    expect(names).not.toContain('shuji2');
    expect(names).not.toContain('admin');
    const all = await server.gql<{ users: { loginName: string }[] }>(
      '{ users { loginName } }',
      {},
      admin,
    );
    expect(all.data!.users.map((u) => u.loginName)).toEqual(
      expect.arrayContaining(['admin', 'shuji2', 'analyst']),
    );
    const denied = await server.gql(
      '{ users { loginName } }',
      {},
      await server.login('jifenyuan1'),
    );
    expect(denied.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('ends every session of a disabled account at once, and refuses its log-in', async () => {
    const token = await server.login('zuzhang1');
    const res = await server.gql(
      UPDATE_USER,
      { input: { id: await demo.userId('zuzhang1'), disabled: true } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const after = await server.gql('{ me { userId } branches { id } }', {}, token);
    expect(after.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const again = await server.gql(
      'mutation { login(loginName: "zuzhang1", password: "Jifen@2026") { token } }',
    );
    expect(again.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('keeps the acting administrator: they cannot disable themselves or revoke their own role', async () => {
    const self = await demo.userId('admin');
    const disable = await server.gql(UPDATE_USER, { input: { id: self, disabled: true } }, admin);
    expect(disable.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const roles = await server.gql<{ user: { roles: { id: string }[] } }>(
      'query($id: ID!) { user(id: $id) { roles { id } } }',
      { id: self },
      admin,
    );
    const revoke = await server.gql(
      'mutation($id: ID!) { revokeRole(id: $id) }',
      { id: roles.data!.user.roles[0]!.id },
      admin,
    );
    expect(revoke.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('resets a password: old sessions end, the new password works, the old one does not', async () => {
    const token = await server.login('dangyuan1');
    const res = await server.gql<{
      resetUserPassword: { oneTimePassword: string; user: { mustChangePassword: boolean } };
    }>(
      'mutation($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { oneTimePassword user { mustChangePassword } } }',
      { input: { id: await demo.userId('dangyuan1') } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const { oneTimePassword, user } = res.data!.resetUserPassword;
    expect(user.mustChangePassword).toBe(true);
    expect(
      (await server.gql('{ branches { id } }', {}, token)).errors?.[0]?.extensions?.['code'],
    ).toBe('UNAUTHENTICATED');
    await expect(server.login('dangyuan1', oneTimePassword)).resolves.toBeTypeOf('string');
    await expect(server.login('dangyuan1')).rejects.toThrow();
    const audit = await demo.lastAudit();
    expect(JSON.stringify(audit)).not.toContain('argon2');
  });

  it('lets anyone change their own password, keeping this session and ending the others', async () => {
    const first = await server.login('shuji2');
    const second = await server.login('shuji2');
    const wrong = await server.gql(
      'mutation($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) }',
      { input: { currentPassword: 'nope', newPassword: 'Better2026' } },
      first,
    );
    expect(wrong.errors?.[0]?.extensions?.['field']).toBe('input.currentPassword');
    const ok = await server.gql(
      'mutation($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) }',
      { input: { currentPassword: 'Jifen@2026', newPassword: 'Better2026' } },
      first,
    );
    expect(ok.data).toEqual({ changeMyPassword: true });
    expect((await server.gql('{ me { userId } }', {}, first)).data?.me).toBeTruthy();
    expect(
      (await server.gql('{ branches { id } }', {}, second)).errors?.[0]?.extensions?.['code'],
    ).toBe('UNAUTHENTICATED');
  });
});
