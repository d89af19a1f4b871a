import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
}, 120_000);
afterAll(() => server.close());

const NOBODY = '00000000-0000-0000-0000-000000000000';
const RANKING = '{ scoreList(filter: { year: 2026 }, first: 1) { edges { node { memberId } } } }';

/** Members whose 2026 year summary is missing, as the owner sees the table. */
async function missingYears(): Promise<number> {
  const [row] = await server.db.ownerQuery<{ n: string }>(
    `select count(*) as n from membership m where m.to_month is null and not exists
       (select 1 from score_summary s where s.member_id = m.member_id and s.year = 2026 and s.period = 'year')`,
  );
  return Number(row!.n);
}

describe('a signed-in query runs in one transaction', () => {
  it('writes nothing when it ends with errors, and refreshes the ranking when it succeeds', async () => {
    const token = await server.login('admin');
    await server.db.ownerQuery(
      `delete from score_summary where year = 2026 and period = 'year' and member_id in
         (select member_id from membership where to_month is null order by member_id limit 3)`,
    );
    expect(await missingYears()).toBe(3);
    // The ranking's first page refreshes what is missing; the other field fails. graphql-js
    // answers as soon as the non-null field fails, while the ranking is still refreshing: that
    // refresh must not commit on its own once the request's transaction has rolled back.
    const failed = await server.gql(
      `{ scoreList(filter: { year: 2026 }, first: 1) { edges { node { memberId } } }
         nobody: member(id: "${NOBODY}") { id } }`,
      {},
      token,
    );
    expect(failed.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await missingYears()).toBe(3);
    const ranked = await server.gql(RANKING, {}, token);
    expect(ranked.errors).toBeUndefined();
    expect(await missingYears()).toBe(0);
  });
});
