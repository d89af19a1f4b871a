import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server.js';
import { fixedClock, setClock } from '../modules/calendar/clock.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
});
afterAll(() => server.close());

describe('log-in', () => {
  it('gives a secretary a session whose roles name their branch', async () => {
    const token = await server.login('shuji1');
    const res = await server.gql<{
      me: { bureauName: string; roles: { role: string; branchId: string }[] };
    }>('{ me { displayName bureauName roles { role branchId } } }', {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.me.roles).toEqual([{ role: 'SECRETARY', branchId: expect.any(String) }]);
    // Printed forms carry it in their title.
    expect(res.data?.me.bureauName).toBe('常州市机关事务管理局');
  });

  it('names the bureau in the log-in answer, as the app shows it from the first screen', async () => {
    const res = await server.gql<{
      login: { viewer: { bureauName: string; displayName: string } };
    }>(
      'mutation { login(loginName: "shuji2", password: "Jifen@2026") { viewer { displayName bureauName } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.viewer.bureauName).toBe('常州市机关事务管理局');
  });

  it("tells the screens the server's day in China, by which future dates are refused", async () => {
    // 17:30 UTC on the 16th is 01:30 on the 17th in Beijing: the day is China's.
    const restore = setClock(fixedClock('2026-11-16T17:30:00Z'));
    try {
      const token = await server.login('dangyuan1');
      const res = await server.gql<{ me: { today: string } }>('{ me { today } }', {}, token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.me.today).toBe('2026-11-17');
    } finally {
      restore();
    }
  });

  it('refuses a wrong password with UNAUTHENTICATED and a message in Chinese', async () => {
    const res = await server.gql(
      'mutation { login(loginName: "shuji2", password: "nope") { token } }',
    );
    expect(res.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toBe('用户名或密码错误');
  });

  it('ends the session on log-out: the same token is no longer accepted', async () => {
    const token = await server.login('zhiwei1');
    expect((await server.gql('mutation { logout }', {}, token)).data).toEqual({ logout: true });
    const after = await server.gql('{ branches { name } }', {}, token);
    expect(after.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('shows a branch secretary only the members of their own branch', async () => {
    const token = await server.login('shuji1');
    const res = await server.gql<{ members: { branch: { name: string } }[] }>(
      '{ members { name branch { name } } }',
      {},
      token,
    );
    const branches = new Set(res.data?.members.map((m) => m.branch.name));
    expect([...branches]).toEqual(['办公室党支部']);
  });
});
