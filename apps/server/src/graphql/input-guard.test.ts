import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server.js';

let server: TestServer;
let token: string;
let branchId: string;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  token = await server.login('admin');
  const res = await server.gql<{ branches: { id: string }[] }>('{ branches { id } }', {}, token);
  branchId = res.data!.branches[0]!.id;
});
afterAll(() => server.close());

async function post(body: unknown, auth: string | null = token) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth ? { authorization: `Bearer ${auth}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      data?: unknown;
      errors?: { message: string; extensions: Record<string, unknown> }[];
    },
  };
}

const groupCount = async () =>
  Number((await server.db.ownerQuery<{ n: string }>('select count(*) n from party_group'))[0]!.n);

describe('malformed IDs are refused at the edge, naming the argument', () => {
  it.each([
    ['a literal in a query', { query: '{ partyGroups(branchId: "aaaaaaa") { id } }' }, 'branchId'],
    [
      'a variable in a query',
      { query: 'query($b: ID) { partyGroups(branchId: $b) { id } }', variables: { b: 'aaaaaaa' } },
      'branchId',
    ],
    ['a number', { query: '{ member(id: 12) { id } }' }, 'id'],
    [
      'a field of an input object, in a mutation',
      {
        query: 'mutation($i: CreatePartyGroupInput!) { createPartyGroup(input: $i) { id } }',
        variables: { i: { branchId: 'x', name: '第九党小组' } },
      },
      'input.branchId',
    ],
    [
      'an element of a list, inside a literal object holding a variable',
      {
        query: `mutation($ids: [ID!]!) { recordSession(input: { branchId: "${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}", date: "2026-03-05", itemCode: "party-lecture", topic: "学习", attendeeIds: $ids }) { id } }`,
        variables: { ids: ['00000000-0000-4000-8000-000000000000', 'nope'] },
      },
      'input.attendeeIds[1]',
    ],
    [
      'an argument inside a fragment',
      { query: `{ ...F } fragment F on Query { partyGroups(branchId: "') or 1=1 --") { id } }` },
      'branchId',
    ],
  ])('%s', async (_what, body, field) => {
    const before = await groupCount();
    const { status, body: res } = await post(body);
    expect(status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({
      message: `“${field}”不是有效的编号`,
      extensions: { code: 'BAD_USER_INPUT', field, messageEn: expect.stringContaining('UUID') },
    });
    expect(res.errors![0]!.extensions).not.toHaveProperty('http');
    expect(await groupCount()).toBe(before);
  });

  it('lets a well-formed ID through (one that names nothing is simply not found)', async () => {
    const ok = await post({
      query: 'query($b: ID) { partyGroups(branchId: $b) { id } }',
      variables: { b: branchId },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
    // The same document again (its arguments are found once per parsed document): each request's
    // variables are checked anew.
    const again = await post({
      query: 'query($b: ID) { partyGroups(branchId: $b) { id } }',
      variables: { b: 'nope' },
    });
    expect(again.status).toBe(400);
    expect(again.body.errors![0]!.extensions).toMatchObject({ field: 'branchId' });
    const missing = await post({ query: `{ member(id: "${crypto.randomUUID()}") { id } }` });
    expect(missing.body.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');
  });
});

describe('characters PostgreSQL cannot store are refused, naming the field', () => {
  it.each([
    ['NUL in a string of an input object', { name: '第九\u0000党小组' }, 'input.name'],
    ['a lone UTF-16 surrogate', { name: '第九\ud800党小组' }, 'input.name'],
  ])('%s', async (_what, extra, field) => {
    const before = await groupCount();
    const { status, body } = await post({
      query: 'mutation($i: CreatePartyGroupInput!) { createPartyGroup(input: $i) { id } }',
      variables: { i: { branchId, ...extra } },
    });
    expect(status).toBe(400);
    expect(body.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field },
    });
    expect(body.errors![0]!.message).toContain('无法保存的字符');
    expect(await groupCount()).toBe(before);
    // The same request with storable text goes through.
    const good = await post({
      query: 'mutation($i: CreatePartyGroupInput!) { createPartyGroup(input: $i) { id } }',
      variables: { i: { branchId, name: `第九党小组${before}` } },
    });
    expect(good.body.errors).toBeUndefined();
    expect(await groupCount()).toBe(before + 1);
  });

  it('in a JSON argument, keys included', async () => {
    const { body } = await post({
      query:
        'mutation($d: JSON!) { updateSchemeDraft(id: "00000000-0000-4000-8000-000000000000", expectedRevision: 1, definition: $d) { id } }',
      variables: { d: { items: [{ code: 'a', ['na\u0000me']: 'x' }] } },
    });
    expect(body.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'definition.items[0].na\u0000me',
    });
  });

  it('before log-in too (the log-in name)', async () => {
    const { status, body } = await post(
      {
        query:
          'mutation($l: String!, $p: String!) { login(loginName: $l, password: $p) { token } }',
        variables: { l: 'ad\u0000min', p: 'x' },
      },
      null,
    );
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'loginName',
    });
  });
});
