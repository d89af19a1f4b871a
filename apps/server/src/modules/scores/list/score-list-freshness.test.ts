import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import { countStatements } from '../../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';

/**
 * The ranking's first page takes the freshness verdicts statistics remember (summary-freshness.ts):
 * a complete year is not checked again until a change, and a change is seen at once. The light
 * demo: 2026 recorded January–October in every branch.
 */
type Ranking = {
  scoreList: { totalCount: number; edges: { node: { memberId: string } }[] };
};
const FIRST_PAGE = `{ scoreList(filter: { year: 2026 }, first: 500) {
  totalCount edges { node { memberId } } } }`;
// The freshness check's bureau-wide count of who should have a summary.
const isFreshnessCheck = (sql: string) => sql.includes('count(distinct m.member_id)');

let server: TestServer;
let office: { id: string };
let admin: string;
let analyst: string;

async function firstPage() {
  const res = await server.gql<Ranking>(FIRST_PAGE, {}, analyst);
  expect(res.errors).toBeUndefined();
  return res.data!.scoreList;
}

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  const demo = await demoLookup(server.db);
  office = demo.branches.find((b) => b.name === '办公室党支部')!;
  admin = await server.login('admin');
  analyst = await server.login('analyst');
}, 120_000);
afterAll(() => server.close());

describe('the ranking after a change', () => {
  it('checks a complete year once, and still ranks a member added afterwards at once', async () => {
    const before = await firstPage();
    const again = await countStatements(server.db, firstPage);
    expect(again.result.totalCount).toBe(before.totalCount);
    expect(again.texts.some(isFreshnessCheck)).toBe(false);
    // Added with months already recorded, and no save since: no summary of theirs exists yet.
    const added = await server.gql<{ createMember: { id: string } }>(
      `mutation($i: CreateMemberInput!) { createMember(input: $i) { id } }`,
      {
        i: { branchId: office.id, name: '补录党员', joinedOn: '2010-07-01', fromMonth: '2026-01' },
      },
      admin,
    );
    expect(added.errors).toBeUndefined();
    const after = await countStatements(server.db, firstPage);
    expect(after.texts.some(isFreshnessCheck)).toBe(true);
    expect(after.result.totalCount).toBe(before.totalCount + 1);
    expect(after.result.edges.map((e) => e.node.memberId)).toContain(added.data!.createMember.id);
  });
});
