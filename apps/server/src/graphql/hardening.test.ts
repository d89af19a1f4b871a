import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server.js';
import { GRAPHQL_LIMITS } from '../http/create-http-app.js';

let dev: TestServer;
let prod: TestServer;
let token: string;

beforeAll(async () => {
  [dev, prod] = await Promise.all([
    startTestServer({}, { template: 'roster' }),
    startTestServer({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40) }),
  ]);
  token = await dev.login('admin');
});
afterAll(async () => {
  await Promise.all([dev.close(), prod.close()]);
});

/** A document built from fragments: few tokens, modest depth, exponential cost. */
function costlyQuery(): string {
  const fragments = ['fragment F0 on Member { id name }'];
  for (let k = 1; k <= 2; k++)
    fragments.push(
      `fragment F${k} on Member { group { leader { ...F${k - 1} } members { ...F${k - 1} } } }`,
    );
  const fields = Array.from(
    { length: GRAPHQL_LIMITS.maxAliases },
    (_, i) => `a${i}: members { ...F2 }`,
  );
  return `{ ${fields.join(' ')} } ${fragments.join(' ')}`;
}

describe('query limits (graphql-armor)', () => {
  it.each([
    [
      'depth',
      `{ members { ${'group { members { '.repeat(6)}id${' } }'.repeat(6)} } }`,
      `查询嵌套层数超过上限（${GRAPHQL_LIMITS.maxDepth} 层）`,
    ],
    [
      'aliases',
      `{ ${Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: branches { id }`).join(' ')} }`,
      `查询别名数量超过上限（${GRAPHQL_LIMITS.maxAliases} 个）`,
    ],
    [
      'tokens',
      `{ branches { id ${'name '.repeat(GRAPHQL_LIMITS.maxTokens)}} }`,
      `查询过长（超过 ${GRAPHQL_LIMITS.maxTokens} 个词法单元）`,
    ],
    ['cost', costlyQuery(), `查询代价超过上限（${GRAPHQL_LIMITS.maxCost}）`],
  ])(
    'refuses a query over the %s limit with a typed error and HTTP 400, before running it',
    async (limit, query, message) => {
      for (const server of [dev, prod]) {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query }),
        });
        expect(res.status).toBe(400);
      }
      const res = await dev.gql(query, {}, token);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0]).toMatchObject({
        message,
        extensions: {
          code: 'QUERY_LIMIT_EXCEEDED',
          limit,
          messageEn: expect.stringContaining('exceeded'),
        },
      });
    },
  );

  it('lets a query just inside the limits through', async () => {
    const res = await dev.gql<{ branches: unknown[] }>(
      `{ branches { id groups { id members { id group { id } } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.branches.length).toBe(6);
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple cross-site POST (text/plain, no preflight header) even with the session cookie', async () => {
    const res = await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: `jifen_session=${token}` },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    // Only JSON bodies reach GraphQL at all (a simple form post cannot send one).
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({
      errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }],
    });
    // The session is still alive: the mutation never ran.
    const me = await dev.gql<{ me: { userId: string } | null }>('{ me { userId } }', {}, token);
    expect(me.data?.me).not.toBeNull();
  });

  it('refuses a mutation over GET and a batch of operations', async () => {
    const get = await fetch(
      `${dev.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`,
      {
        headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${token}` },
      },
    );
    expect(get.status).toBe(405);
    const batch = await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ branches { id } }' }, { query: '{ branches { id } }' }]),
    });
    expect(batch.status).toBe(400);
  });
});

describe('production', () => {
  it('turns introspection off', async () => {
    const res = await prod.gql('{ __schema { types { name } } }');
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res)).not.toContain('Member');
  });

  it('gives no field suggestions, while development does', async () => {
    const query = '{ branchs { id } }';
    const inProduction = await prod.gql(query);
    expect(inProduction.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(inProduction)).not.toContain('Did you mean');
    const inDevelopment = await dev.gql(query, {}, token);
    expect(JSON.stringify(inDevelopment)).toContain('Did you mean');
  });
});

describe('error masking', () => {
  it('masks an internal error to a code and a safe message: no SQL, no stack, no driver text', async () => {
    await dev.db.ownerQuery('revoke select on party_group from jifen_app');
    try {
      const res = await dev.gql('{ partyGroups { id } }', {}, token);
      expect(res.errors?.[0]).toEqual({
        message: '服务器内部错误，请稍后重试',
        path: ['partyGroups'],
        extensions: {
          code: 'INTERNAL_SERVER_ERROR',
          messageEn: 'Internal server error; please try again later',
        },
      });
      const text = JSON.stringify(res).toLowerCase();
      for (const secret of ['permission', 'select', 'party_group', 'stack', '.ts:', 'postgres'])
        expect(text).not.toContain(secret);
    } finally {
      await dev.db.ownerQuery('grant select on party_group to jifen_app');
    }
  });

  it('answers a malformed id as bad input naming it, not as a crash', async () => {
    const res = await dev.gql('{ member(id: "1; drop table member") { id } }', {}, token);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
