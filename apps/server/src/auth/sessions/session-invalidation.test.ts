import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_APP_ROLE } from '../../../test/test-database.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { createLogger } from '../../logger.js';
import { SessionCache } from './session-cache.js';
import { LISTENER_APPLICATION_NAME, SessionInvalidation } from './session-invalidation.js';

/**
 * Another server process's change reaches this one through PostgreSQL: here the other process is
 * played by the owner connection, which revokes a session, and a second SessionInvalidation of its
 * own, which announces it on the channel as a process does after every mutation and returns once
 * every listener has confirmed it. The cache is on (60 s), so only the announcement can end a
 * checked session early.
 */
let server: TestServer;
let other: SessionInvalidation;
beforeAll(async () => {
  server = await startTestServer({ SESSION_CACHE_SECONDS: '60' }, { template: 'roster' });
  // The owner's connection, so its listener is told apart from the server's (the app role's).
  other = new SessionInvalidation(
    server.db.ownerUrl,
    new SessionCache(60_000),
    createLogger('silent'),
    (sql) => server.db.ownerQuery(sql),
  );
  other.start();
});
afterAll(async () => {
  await other.stop();
  await server.close();
});

const listeners = async () =>
  server.db.ownerQuery<{ pid: number }>(
    `select pid from pg_stat_activity
     where application_name = $1 and datname = current_database() and query ilike 'listen%'`,
    [LISTENER_APPLICATION_NAME],
  );

async function waitForListener(): Promise<void> {
  const started = Date.now();
  while ((await listeners()).length !== 2) {
    if (Date.now() - started > 10_000) throw new Error('the session listener did not come back');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const codeOf = async (token: string) =>
  (await server.gql('{ branches { id } }', {}, token)).errors?.[0]?.extensions?.['code'] ?? 'OK';

const revoke = (loginName: string) =>
  server.db.ownerQuery(
    `update auth_session set revoked_at = now()
     where user_id = (select id from user_account where login_name = $1)`,
    [loginName],
  );

/** What another process does on log-out: revoke the row, then announce after the commit. */
async function revokeElsewhere(loginName: string): Promise<void> {
  await revoke(loginName);
  await other.announce();
}

describe('session revocation across processes', () => {
  it('refuses a session revoked by another process on the next request', async () => {
    await waitForListener();
    const token = await server.login('zuzhang1');
    expect(await codeOf(token)).toBe('OK'); // checked, and now cached for a minute
    await revoke('zuzhang1');
    expect(await codeOf(token)).toBe('OK'); // unannounced: the cache still answers…
    await other.announce();
    expect(await codeOf(token)).toBe('UNAUTHENTICATED'); // …until the announcement
    expect(await codeOf(token)).toBe('UNAUTHENTICATED');
  });

  it('listens again by itself after losing its connection, honouring nothing it may have missed', async () => {
    await waitForListener();
    const missed = await server.login('jifenyuan1');
    expect(await codeOf(missed)).toBe('OK');
    // The server's own listener: the one whose connection is not the other process's.
    const [{ pid } = { pid: 0 }] = await server.db.ownerQuery<{ pid: number }>(
      `select pid from pg_stat_activity
       where application_name = $1 and usename = $2 and datname = current_database()`,
      [LISTENER_APPLICATION_NAME, TEST_APP_ROLE],
    );
    expect(pid).toBeGreaterThan(0);
    await server.db.ownerQuery('select pg_terminate_backend($1)', [pid]);
    while ((await listeners()).some((l) => l.pid === pid))
      await new Promise((r) => setTimeout(r, 10));
    // Revoked while nobody listens: the announcement is lost, so the cache must not answer. The
    // server learns of the lost connection from the socket, a moment after the backend is gone.
    await revoke('jifenyuan1');
    await expect.poll(() => codeOf(missed), { timeout: 5_000 }).toBe('UNAUTHENTICATED');

    await waitForListener();
    expect((await listeners()).map((l) => l.pid)).not.toContain(pid);
    const token = await server.login('zhiwei1');
    expect(await codeOf(token)).toBe('OK');
    await revokeElsewhere('zhiwei1');
    expect(await codeOf(token)).toBe('UNAUTHENTICATED');
  });
});
