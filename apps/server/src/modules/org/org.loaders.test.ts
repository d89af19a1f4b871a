import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';

let server: TestServer;
let demo: DemoLookup;
let admin: string;
let statements: string[] = [];

beforeAll(async () => {
  server = await startTestServer(
    {},
    { template: 'roster', onQuery: (sql) => statements.push(sql) },
  );
  demo = await demoLookup(server.db);
  admin = await server.login('admin');
});
afterAll(() => server.close());

/**
 * The data statements one request costs, in its transaction that sets the tenant scope (begin,
 * set_config, commit: not counted). The session was checked by the request before (the check is
 * then cached for seconds), so every measured request pays the same.
 */
async function cost(query: string, variables: Record<string, unknown> = {}) {
  expect((await server.gql('{ me { userId } }', {}, admin)).errors).toBeUndefined();
  statements = [];
  const res = await server.gql<Record<string, unknown[]>>(query, variables, admin);
  expect(res.errors).toBeUndefined();
  const data = statements.filter((s) => !/\[query\] (begin|commit|select set_config)/.test(s));
  return { count: data.length, rows: Object.values(res.data!)[0]!.length };
}

const MEMBERS = `query($b: ID) { members(branchId: $b) {
  id branch { name } group { name leader { name } } memberships { fromMonth branch { code } } } }`;

describe('nested fields go through per-request loaders', () => {
  it('costs the same number of statements for 21 members as for 150', async () => {
    const few = await cost(MEMBERS, { b: demo.branch('JNC').id });
    const all = await cost(MEMBERS);
    expect(few.rows).toBe(21);
    expect(all.rows).toBeGreaterThanOrEqual(150);
    expect(all.count).toBe(few.count);
    expect(all.count).toBeLessThanOrEqual(8);
  });

  it('costs a handful of statements for every branch with its groups and members, and for every user with roles', async () => {
    const query = '{ branches { id groups { id members { id group { id } } leader { id } } } }';
    const whole = await cost(query);
    expect(whole.rows).toBe(6);
    const users = await cost(
      '{ users { id roles { role branch { name } } member { name branch { code } } } }',
    );
    expect(users.rows).toBeGreaterThanOrEqual(8);
    expect(whole.count).toBeLessThanOrEqual(7);
    expect(users.count).toBeLessThanOrEqual(8);
  });
});
