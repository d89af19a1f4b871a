import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoBureau } from '../../../test/factories/demo.js';
import { demoLookup, type DemoLookup } from '../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { assertPasswordAcceptable } from './password-policy.js';

let server: TestServer;
let demo: DemoLookup;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  await seedDemoBureau(server.db);
  demo = await demoLookup(server.db);
  admin = await server.login('admin');
});
afterAll(() => server.close());

const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { id mustChangePassword } }`;
const RESET = `mutation($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { oneTimePassword user { id mustChangePassword } } }`;
const CHANGE = `mutation($i: ChangeMyPasswordInput!) { changeMyPassword(input: $i) }`;
const ME = '{ me { displayName mustChangePassword } }';

async function createAccount(loginName: string): Promise<string> {
  const res = await server.gql<{ createUser: { id: string; mustChangePassword: boolean } }>(
    CREATE,
    { i: { loginName, displayName: '新账号', password: 'Start1234' } },
    admin,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.createUser.mustChangePassword).toBe(true);
  return res.data!.createUser.id;
}

describe('a password the committee sets must be changed at the next log-in', () => {
  it('lets a new account do nothing but change its password, then everything its roles allow', async () => {
    const id = await createAccount('new.keeper');
    await server.gql(
      'mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }',
      { i: { userId: id, role: 'SCOREKEEPER', branchId: demo.branch('BGS').id } },
      admin,
    );
    const token = await server.login('new.keeper', 'Start1234');
    expect((await server.gql(ME, {}, token)).data).toEqual({
      me: { displayName: '新账号', mustChangePassword: true },
    });
    const file = await fetch(`${server.url}/evidence/00000000-0000-4000-8000-000000000000`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(file.status).toBe(403);
    const blocked = await server.gql('{ members { id } }', {}, token);
    expect(blocked.data).toBeNull();
    expect(blocked.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      details: { reason: 'PASSWORD_CHANGE_REQUIRED' },
    });

    // The policy's errors name the field.
    const weak = await server.gql(
      CHANGE,
      { i: { currentPassword: 'Start1234', newPassword: 'short' } },
      token,
    );
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.newPassword',
    });
    const wrong = await server.gql(
      CHANGE,
      { i: { currentPassword: 'Wrong1234', newPassword: 'Mine12345' } },
      token,
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.currentPassword',
    });

    const changed = await server.gql(
      CHANGE,
      { i: { currentPassword: 'Start1234', newPassword: 'Mine12345' } },
      token,
    );
    expect(changed.errors).toBeUndefined();
    expect(
      (await server.gql<{ me: { mustChangePassword: boolean } }>(ME, {}, token)).data?.me,
    ).toMatchObject({ mustChangePassword: false });
    const members = await server.gql<{ members: { id: string }[] }>(
      '{ members { id } }',
      {},
      token,
    );
    expect(members.errors).toBeUndefined();
    expect(members.data!.members.length).toBeGreaterThan(0);
    expect(await server.login('new.keeper', 'Mine12345')).toBeTruthy();
    // Log-out still ends the session.
    expect((await server.gql('mutation { logout }', {}, token)).data).toEqual({ logout: true });
    expect((await server.gql(ME, {}, token)).data).toEqual({ me: null });
  });

  it('lets the committee create an account that may start at once, when it says so', async () => {
    const res = await server.gql<{ createUser: { mustChangePassword: boolean } }>(
      CREATE,
      {
        i: {
          loginName: 'ready.user',
          displayName: '直接可用',
          password: 'Start1234',
          mustChangePassword: false,
        },
      },
      admin,
    );
    expect(res.data?.createUser.mustChangePassword).toBe(false);
  });

  it('resets a password to a one-time password shown once: the old one stops working, sessions end, the new one must be changed', async () => {
    const id = await createAccount('reset.me');
    const first = await server.login('reset.me', 'Start1234');
    await server.gql(
      CHANGE,
      { i: { currentPassword: 'Start1234', newPassword: 'Mine12345' } },
      first,
    );
    const before = await demo.auditCount();

    const res = await server.gql<{
      resetUserPassword: {
        oneTimePassword: string;
        user: { id: string; mustChangePassword: boolean };
      };
    }>(RESET, { i: { id } }, admin);
    expect(res.errors).toBeUndefined();
    const { oneTimePassword, user } = res.data!.resetUserPassword;
    expect(user).toEqual({ id, mustChangePassword: true });
    expect(() => assertPasswordAcceptable(oneTimePassword, 'x')).not.toThrow();
    // The session the user had is over, and the old password is gone.
    expect((await server.gql(ME, {}, first)).data).toEqual({ me: null });
    await expect(server.login('reset.me', 'Mine12345')).rejects.toThrow();
    const again = await server.login('reset.me', oneTimePassword);
    expect((await server.gql(ME, {}, again)).data?.me).toMatchObject({ mustChangePassword: true });

    // The audit entry records the reset, never the password itself.
    const [entry] = await server.db.ownerQuery<{ operation: string; after: unknown }>(
      `select operation, after from audit_entry where bureau_id = $1 and seq > $2 and operation = 'user.resetPassword'`,
      [demo.bureauId, before],
    );
    expect(entry?.after).toMatchObject({ mustChangePassword: true });
    expect(JSON.stringify(entry)).not.toContain(oneTimePassword);
    // Two resets give two different passwords.
    const second = await server.gql<{ resetUserPassword: { oneTimePassword: string } }>(
      RESET,
      { i: { id } },
      admin,
    );
    expect(second.data!.resetUserPassword.oneTimePassword).not.toBe(oneTimePassword);
  });

  it('refuses a reset to anyone but the committee, and names a missing account', async () => {
    const shuji1 = await server.login('shuji1');
    const id = await demo.userId('dangyuan1');
    const res = await server.gql(RESET, { i: { id } }, shuji1);
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const missing = await server.gql(
      RESET,
      { i: { id: '00000000-0000-4000-8000-000000000000' } },
      admin,
    );
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
  });
});

describe('what a caller may grant', () => {
  const GRANTABLE = 'query($b: ID) { grantableRoles(branchId: $b) }';
  it('offers the committee every role and a secretary only the branch roles of their own branch', async () => {
    const shuji1 = await server.login('shuji1');
    const bgs = demo.branch('BGS').id;
    const other = demo.branches.find((b) => b.id !== bgs)!.id;
    const ask = async (token: string, b: string | null) =>
      (await server.gql<{ grantableRoles: string[] }>(GRANTABLE, { b }, token)).data!
        .grantableRoles;
    expect(await ask(admin, null)).toEqual(['COMMITTEE_ADMIN', 'ANALYST']);
    expect(await ask(admin, bgs)).toEqual([
      'SECRETARY',
      'BRANCH_COMMITTEE',
      'SCOREKEEPER',
      'GROUP_LEADER',
      'MEMBER',
    ]);
    expect(await ask(shuji1, bgs)).toEqual([
      'BRANCH_COMMITTEE',
      'SCOREKEEPER',
      'GROUP_LEADER',
      'MEMBER',
    ]);
    expect(await ask(shuji1, other)).toEqual([]);
    expect(await ask(shuji1, null)).toEqual([]);
  });
});
