import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';

/**
 * A ranking line reads its member and branch in the page's own statement, under the same walls as
 * their loaders: a member the reader may not see is null on a line the reader may see, and the
 * lines around it keep theirs.
 */
let server: TestServer;
let movedMemberId: string;
let officeName: string;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  const demo = await demoLookup(server.db);
  const office = demo.branches.find((b) => b.name === '办公室党支部')!;
  const other = demo.branches.find((b) => b.id !== office.id)!;
  officeName = office.name;
  // A line the office's secretary sees (its branch is the office's) whose member belongs to
  // another branch, as a transfer leaves a year's line with the branch of its last scored month.
  const [member] = await demo.members(other.code);
  movedMemberId = member!.id;
  await server.db.ownerQuery(
    `update score_summary set branch_id = $1 where bureau_id = $2 and member_id = $3`,
    [office.id, demo.bureauId, movedMemberId],
  );
});
afterAll(() => server.close());

type Line = { memberId: string; member: { name: string } | null; branch: { name: string } | null };

describe('a ranking line whose member the reader may not see', () => {
  it('shows the line with its branch and no member, and every other line whole', async () => {
    const res = await server.gql<{ scoreList: { edges: { node: Line }[] } }>(
      `{ scoreList(filter: { year: 2026 }, first: 500) {
          edges { node { memberId member { name } branch { name } } } } }`,
      {},
      await server.login('shuji1'),
    );
    expect(res.errors).toBeUndefined();
    const lines = res.data!.scoreList.edges.map((e) => e.node);
    const moved = lines.find((l) => l.memberId === movedMemberId);
    expect(moved).toEqual({ memberId: movedMemberId, member: null, branch: { name: officeName } });
    const others = lines.filter((l) => l.memberId !== movedMemberId);
    expect(others.length).toBeGreaterThan(0);
    for (const line of others) {
      expect(line.member?.name).toBeTruthy();
      expect(line.branch).toEqual({ name: officeName });
    }
  });
});
