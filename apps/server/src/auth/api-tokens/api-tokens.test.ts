import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';

let server: TestServer;
let demo: DemoLookup;
let analyst: string;
let admin: string;

const CREATE = `mutation($i: CreateApiTokenInput!) {
  createApiToken(input: $i) { token apiToken { id name prefix userId expiresAt revokedAt } }
}`;
type Created = {
  createApiToken: {
    token: string;
    apiToken: {
      id: string;
      name: string;
      prefix: string;
      userId: string;
      revokedAt: string | null;
    };
  };
};

async function create(session: string, input: object) {
  return server.gql<Created>(CREATE, { i: { expiresInDays: 30, ...input } }, session);
}

async function created(session: string, input: object) {
  const res = await create(session, input);
  expect(res.errors).toBeUndefined();
  return res.data!.createApiToken;
}

const me = (token: string) =>
  server.gql<{ me: { displayName: string } | null }>('{ me { displayName } }', {}, token);

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  demo = await demoLookup(server.db);
  analyst = await server.login('analyst');
  admin = await server.login('admin');
}, 180_000);
afterAll(() => server.close());

describe('API tokens', () => {
  it('are shown once, stored as a hash, and read as the analyst', async () => {
    const { token, apiToken } = await created(analyst, { name: '季度报表脚本' });
    expect(token).toMatch(/^jfn_/);
    expect(token.endsWith(apiToken.prefix.slice(-4))).toBe(true);
    const [row] = await server.db.ownerQuery<Record<string, unknown>>(
      'select * from api_token where id = $1',
      [apiToken.id],
    );
    expect(JSON.stringify(row)).not.toContain(token.slice(-20));
    const listed = await server.gql<{ apiTokens: { name: string; prefix: string }[] }>(
      '{ apiTokens { name prefix } }',
      {},
      analyst,
    );
    expect(listed.data!.apiTokens).toContainEqual({
      name: '季度报表脚本',
      prefix: apiToken.prefix,
    });

    expect((await me(token)).data!.me?.displayName).toBe('分析员 钱立新');
    const stats = await server.gql<{ participationStatistics: { groups: unknown[] } }>(
      `{ participationStatistics(filter: { year: 2026 }, groupBy: [BRANCH]) { groups { key { branchName } } } }`,
      {},
      token,
    );
    expect(stats.errors).toBeUndefined();
    expect(stats.data!.participationStatistics.groups.length).toBeGreaterThan(1);
  });

  it('refuses every mutation made with a token, with a typed FORBIDDEN', async () => {
    const { token } = await created(analyst, { name: '只读' });
    const before = await server.db.ownerQuery<{ n: number }>(
      'select count(*)::int as n from api_token',
    );
    const res = await create(token, { name: '用令牌造令牌' });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      details: { reason: 'READ_ONLY_TOKEN' },
    });
    const logout = await server.gql('mutation { logout }', {}, token);
    expect(logout.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const after = await server.db.ownerQuery<{ n: number }>(
      'select count(*)::int as n from api_token',
    );
    expect(after).toEqual(before);
    // The token still works: the refusal ended nothing.
    expect((await me(token)).data!.me?.displayName).toBe('分析员 钱立新');
  });

  it('stops working when revoked or expired, and the revocation is audited', async () => {
    const revoked = await created(analyst, { name: '将吊销' });
    const res = await server.gql<{ revokeApiToken: { revokedAt: string | null } }>(
      'mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }',
      { id: revoked.apiToken.id },
      analyst,
    );
    expect(res.data!.revokeApiToken.revokedAt).not.toBeNull();
    expect((await me(revoked.token)).data!.me).toBeNull();

    const expiring = await created(analyst, { name: '将过期' });
    await server.db.ownerQuery(
      `update api_token set expires_at = now() - interval '1 minute' where id = $1`,
      [expiring.apiToken.id],
    );
    // Any mutation empties the cache of checked credentials; a fresh check sees the expiry.
    await created(analyst, { name: '清缓存' });
    expect((await me(expiring.token)).data!.me).toBeNull();

    const entries = await server.db.ownerQuery<{ operation: string; actor_role: string }>(
      `select operation, actor_role from audit_entry where bureau_id = $1 and entity_id = $2 order by seq`,
      [demo.bureauId, revoked.apiToken.id],
    );
    expect(entries).toEqual([
      { operation: 'apiToken.create', actor_role: 'analyst' },
      { operation: 'apiToken.revoke', actor_role: 'analyst' },
    ]);
  });

  it('names each token’s status in the language the client asks for', async () => {
    const read = async (language?: string) => {
      const { data } = await server.gql<{
        apiTokens: { name: string; status: string; statusLabel: string }[];
      }>('{ apiTokens { name status statusLabel } }', {}, analyst, language);
      return Object.fromEntries(
        data!.apiTokens
          .filter((t) => ['将吊销', '将过期', '清缓存'].includes(t.name))
          .map((t) => [t.name, [t.status, t.statusLabel]]),
      );
    };
    // The tokens the test above revoked, let expire and left alone.
    expect(await read()).toEqual({
      将吊销: ['REVOKED', '已吊销'],
      将过期: ['EXPIRED', '已过期'],
      清缓存: ['ACTIVE', '有效'],
    });
    expect(await read('en')).toEqual({
      将吊销: ['REVOKED', 'Revoked'],
      将过期: ['EXPIRED', 'Expired'],
      清缓存: ['ACTIVE', 'Active'],
    });
  });

  it('lets the committee make one for an analyst account, and no one else', async () => {
    const analystId = await demo.userId('analyst');
    const made = await created(admin, { name: '管理员代建', userId: analystId });
    expect(made.apiToken.userId).toBe(analystId);
    const owners = await server.gql<{ apiTokenOwners: { loginName: string }[] }>(
      '{ apiTokenOwners { loginName } }',
      {},
      admin,
    );
    expect(owners.data!.apiTokenOwners.map((u) => u.loginName)).toEqual(['analyst']);

    const notAnalyst = await create(admin, { name: 'x', userId: await demo.userId('shuji1') });
    expect(notAnalyst.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.userId',
    });
    const secretary = await server.login('shuji1');
    const refused = await create(secretary, { name: 'x' });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const othersList = await server.gql(
      'query($u: ID) { apiTokens(userId: $u) { id } }',
      { u: analystId },
      secretary,
    );
    expect(othersList.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('refuses a blank name or a lifetime out of range, naming the field', async () => {
    const cases: [object, string][] = [
      [{ name: '  ' }, 'input.name'],
      [{ name: 'x'.repeat(61) }, 'input.name'],
      [{ name: 'ok', expiresInDays: 0 }, 'input.expiresInDays'],
      [{ name: 'ok', expiresInDays: 366 }, 'input.expiresInDays'],
    ];
    for (const [input, field] of cases) {
      const res = await create(analyst, input);
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
