import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../test/factories/demo-lookup.js';
import { countStatements } from '../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';

/**
 * Statistics lean on two shortcuts: a year found complete is not checked again until a change
 * (summary-freshness.ts), and a bureau-wide reader's statement skips the member row. Neither may
 * hide a change or lift a wall. The light demo: 2026 recorded January–October in every branch.
 */
type Stats = {
  scoreStatistics: { groups: { key: { branchId: string }; memberCount: number | null }[] };
};
const BY_BRANCH = `{ scoreStatistics(filter: { year: 2026 }, groupBy: [BRANCH]) {
  groups { key { branchId } memberCount } } }`;
// The freshness check's bureau-wide count of who should have a summary.
const isFreshnessCheck = (sql: string) => sql.includes('count(distinct m.member_id)');

let server: TestServer;
let demo: DemoLookup;
let office: { id: string; code: string };
let finance: { id: string };
let admin: string;
let analyst: string;

async function membersIn(token: string, branchId: string): Promise<number | null> {
  const res = await server.gql<Stats>(BY_BRANCH, {}, token);
  expect(res.errors).toBeUndefined();
  return (
    res.data!.scoreStatistics.groups.find((g) => g.key.branchId === branchId)?.memberCount ?? null
  );
}

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  demo = await demoLookup(server.db);
  office = demo.branches.find((b) => b.name === '办公室党支部')!;
  finance = demo.branches.find((b) => b.name === '财务处党支部')!;
  admin = await server.login('admin');
  analyst = await server.login('analyst');
}, 120_000);
afterAll(() => server.close());

describe('statistics after a change', () => {
  it('checks a complete year once, and still counts a member added afterwards at once', async () => {
    const before = await membersIn(analyst, office.id);
    const again = await countStatements(server.db, () => membersIn(analyst, office.id));
    expect(again.result).toBe(before);
    expect(again.texts.some(isFreshnessCheck)).toBe(false);
    // Added with months already recorded, and no save since: no summary of theirs exists yet.
    const added = await server.gql(
      `mutation($i: CreateMemberInput!) { createMember(input: $i) { id } }`,
      {
        i: {
          branchId: office.id,
          name: '补录党员',
          joinedOn: '2010-07-01',
          fromMonth: '2026-01',
        },
      },
      admin,
    );
    expect(added.errors).toBeUndefined();
    const after = await countStatements(server.db, () => membersIn(analyst, office.id));
    expect(after.result).toBe(before! + 1);
    expect(after.texts.some(isFreshnessCheck)).toBe(true);
  });

  it('keeps a member who moved out after the last scored month out of the old secretary’s figures', async () => {
    const [moving] = await demo.members(office.code);
    // Months through October are scored; from November the member belongs to finance.
    const moved = await server.gql(
      'mutation($i: TransferMemberInput!) { transferMember(input: $i) { id } }',
      { i: { memberId: moving!.id, toBranchId: finance.id, month: '2026-11' } },
      admin,
    );
    expect(moved.errors).toBeUndefined();
    const [summary] = await server.db.ownerQuery<{ branch_id: string }>(
      `select branch_id from score_summary where member_id = $1 and year = 2026 and period = 'year'`,
      [moving!.id],
    );
    expect(summary!.branch_id).toBe(office.id);
    const bureauWide = await membersIn(analyst, office.id);
    const secretary = await membersIn(await server.login('shuji1'), office.id);
    // The bureau counts the year where it was scored; the old branch no longer reads the member.
    expect(secretary).toBe(bureauWide! - 1);
  });
});
