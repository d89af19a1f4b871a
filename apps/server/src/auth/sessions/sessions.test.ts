import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import {
  ACCOUNT_ADDRESS_MAX_FAILURES,
  ACCOUNT_MAX_FAILURES,
  ADDRESS_MAX_FAILURES,
} from '../login-throttle.js';

let server: TestServer;
let demo: DemoLookup;
beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: 'loopback' }, { template: 'roster' });
  demo = await demoLookup(server.db);
});
afterAll(() => server.close());

/** Logs in from a given address (this server trusts X-Forwarded-For from a loopback proxy). */
async function loginFrom(address: string, loginName: string, password: string) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({
      query: 'mutation($l: String!, $p: String!) { login(loginName: $l, password: $p) { token } }',
      variables: { l: loginName, p: password },
    }),
  });
  const body = (await res.json()) as {
    data?: { login: { token: string } };
    errors?: { extensions: { code: string } }[];
  };
  return { token: body.data?.login.token, code: body.errors?.[0]?.extensions.code };
}

describe('passwords and sessions', () => {
  it('stores argon2id hashes only', async () => {
    const rows = await server.db.ownerQuery<{ password_hash: string }>(
      'select password_hash from user_account',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.password_hash).toMatch(/^\$argon2id\$v=19\$/);
  });

  it('locks an account for the address that failed, not for its owner signing in elsewhere', async () => {
    for (let i = 0; i < ACCOUNT_ADDRESS_MAX_FAILURES; i++)
      expect((await loginFrom('10.0.0.1', 'zhiwei1', 'wrong')).code).toBe('UNAUTHENTICATED');
    // Even the right password is refused from that address now…
    expect(await loginFrom('10.0.0.1', 'zhiwei1', 'Jifen@2026')).toEqual({
      token: undefined,
      code: 'TOO_MANY_REQUESTS',
    });
    // …while the owner, elsewhere, signs in as usual.
    expect((await loginFrom('10.0.0.2', 'zhiwei1', 'Jifen@2026')).token).toEqual(
      expect.any(String),
    );
    const failures = await server.db.ownerQuery(
      `select 1 from audit_entry where operation = 'auth.loginFailed' and entity_id = $1`,
      [await demo.userId('zhiwei1')],
    );
    expect(failures.length).toBe(ACCOUNT_ADDRESS_MAX_FAILURES);
  });

  it('does not let a stranger lock the administrator out', async () => {
    for (let i = 0; i < 40; i++) await loginFrom('10.6.6.6', 'admin', 'wrong');
    expect((await loginFrom('10.6.6.6', 'admin', 'Jifen@2026')).code).toBe('TOO_MANY_REQUESTS');
    expect((await loginFrom('10.0.7.1', 'admin', 'Jifen@2026')).token).toEqual(expect.any(String));
  });

  it('locks an account guessed at from many addresses, except from where its owner signs in', async () => {
    expect((await loginFrom('10.1.0.1', 'shuji1', 'Jifen@2026')).token).toEqual(expect.any(String));
    const addresses = ACCOUNT_MAX_FAILURES / ACCOUNT_ADDRESS_MAX_FAILURES;
    for (let a = 0; a < addresses; a++)
      for (let i = 0; i < ACCOUNT_ADDRESS_MAX_FAILURES; i++)
        await loginFrom(`10.2.0.${a + 1}`, 'shuji1', 'wrong');
    const [row] = await server.db.ownerQuery<{ locked_until: Date }>(
      `select locked_until from user_account where login_name = 'shuji1'`,
    );
    expect(row!.locked_until.getTime()).toBeGreaterThan(Date.now());
    expect((await loginFrom('10.3.0.1', 'shuji1', 'Jifen@2026')).code).toBe('TOO_MANY_REQUESTS');
    expect((await loginFrom('10.1.0.1', 'shuji1', 'Jifen@2026')).token).toEqual(expect.any(String));
  });

  it('throttles an address after repeated failures across accounts, and not other addresses', async () => {
    for (let i = 0; i < ADDRESS_MAX_FAILURES; i++)
      await loginFrom('10.9.9.9', `nobody${i}`, 'wrong');
    expect((await loginFrom('10.9.9.9', 'shuji2', 'Jifen@2026')).code).toBe('TOO_MANY_REQUESTS');
    expect((await loginFrom('10.9.9.10', 'shuji2', 'Jifen@2026')).token).toEqual(
      expect.any(String),
    );
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY names the proxy: a client cannot pick its address', async () => {
    const direct = await startTestServer();
    try {
      const attempt = (i: number) =>
        fetch(`${direct.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `172.16.0.${i}` },
          body: JSON.stringify({
            query: 'mutation { login(loginName: "nobody", password: "wrong") { token } }',
          }),
        }).then(async (r) => (await r.json()) as { errors: { extensions: { code: string } }[] });
      for (let i = 0; i < ADDRESS_MAX_FAILURES; i++)
        expect((await attempt(i)).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      expect((await attempt(99)).errors[0]!.extensions.code).toBe('TOO_MANY_REQUESTS');
    } finally {
      await direct.close();
    }
  });

  it('refuses a session past its expiry', async () => {
    const token = await server.login('jifenyuan1');
    expect((await server.gql('{ branches { id } }', {}, token)).errors).toBeUndefined();
    await server.db.ownerQuery(
      `update auth_session set expires_at = now() - interval '1 second'
       where user_id = $1`,
      [await demo.userId('jifenyuan1')],
    );
    // Changed in the database, not through this server: it is seen once the session cache lets
    // the checked session go (SESSION_CACHE_SECONDS), which clearing it stands for here.
    server.app.auth.sessions.clear();
    const after = await server.gql('{ branches { id } }', {}, token);
    expect(after.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('checks a session once for a burst of requests, and again after any change', async () => {
    const token = await server.login('zuzhang1');
    const sessionReads = async () => {
      const texts: string[] = [];
      const logger = server.db.orm.config.getLogger();
      const original = logger.logQuery.bind(logger);
      logger.logQuery = (context) => {
        texts.push(context.query ?? '');
        original(context);
      };
      try {
        expect((await server.gql('{ me { userId } }', {}, token)).errors).toBeUndefined();
      } finally {
        logger.logQuery = original;
      }
      return texts.filter((t) => /auth_session/.test(t)).length;
    };
    expect(await sessionReads()).toBe(1);
    expect(await sessionReads()).toBe(0);
    // Any mutation (here another user's log-in) empties the cache: the next request checks again.
    await server.login('shuji1');
    expect(await sessionReads()).toBe(1);
  });

  it('honours a log-out at once, on the next request', async () => {
    const token = await server.login('dangyuan1');
    expect((await server.gql('{ branches { id } }', {}, token)).errors).toBeUndefined();
    expect((await server.gql('mutation { logout }', {}, token)).errors).toBeUndefined();
    const after = await server.gql('{ branches { id } }', {}, token);
    expect(after.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses a token that was tampered with, while the genuine one is cached', async () => {
    const token = await server.login('shuji1');
    // Checked and cached: a cached token skips the signature check, so the forgery must miss.
    expect((await server.gql('{ me { userId } }', {}, token)).errors).toBeUndefined();
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const forged = Buffer.from(
      JSON.stringify({ ...claims, sub: await demo.userId('admin') }),
    ).toString('base64url');
    const res = await server.gql('{ users { id } }', {}, `${header}.${forged}.${signature}`);
    expect(res.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('keeps sessions in an httpOnly cookie for the browser', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(loginName: "analyst", password: "Jifen@2026") { expiresAt } }',
      }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^jifen_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const viaCookie = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]! },
      body: JSON.stringify({ query: '{ me { roles { role } } }' }),
    });
    expect(await viaCookie.json()).toEqual({ data: { me: { roles: [{ role: 'ANALYST' }] } } });
  });
});
