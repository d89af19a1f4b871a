import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import { recordStatements } from '../../../../test/factories/sent-statements.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.js';
import { inReadTransaction } from '../../../db/connection/read-transaction.js';
import { scopedEntityManager } from '../../../tenancy/scoped-entity-manager.js';
import { loadMemberYearFacts } from './facts-loader.js';

let db: TestDatabase;
let bureauId: string;
let office: string[];

beforeAll(async () => {
  db = await createTestDatabase({ template: 'ledger' });
  const demo = await demoLookup(db);
  bureauId = demo.bureauId;
  // Ten of the office's members, a fifteenth of the demo bureau. Its whole branch is a fifth (30 of
  // 150), which a plain read of the table answers as fast as the index; a branch of a real bureau
  // is a far smaller share (the bench: 50 of 10,000).
  office = (await demo.members('BGS')).slice(0, 10).map((m) => m.id);
}, 120_000);
afterAll(() => db.close());

/** The plan of the facts statement for `memberIds`' year, as the app role reads it. */
async function factsPlan(memberIds: string[]): Promise<string> {
  const em = scopedEntityManager(db.orm, { bureauId, branchIds: 'all', writeBranchIds: [] });
  return inReadTransaction(em, async (tx) => {
    const { sent, execute } = recordStatements(tx);
    const facts = await loadMemberYearFacts(tx, 2026, memberIds);
    expect(facts.length).toBe(memberIds.length);
    const statement = sent.find((s) => s.sql.includes("select 'm' as kind"))!;
    const rows = await execute<{ 'QUERY PLAN': string }[]>(
      `explain (analyze, costs off, timing off, summary off) ${statement.sql}`,
      statement.params,
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

/** The lines of the plan node that scans `table`, up to the next node. */
function scanOf(plan: string, table: string): string {
  const lines = plan.split('\n');
  const at = lines.findIndex((l) => new RegExp(`Scan .*on ${table}\\b`).test(l));
  expect(at, `${table} is scanned`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > at && /->/.test(l));
  return lines.slice(at, end === -1 ? undefined : end).join('\n');
}

describe('reading a branch’s facts on a freshly seeded database', () => {
  // The templates are analysed after their seed, as pnpm start analyses its demo: without the
  // statistics the planner took the new tables for nearly empty and read the whole bureau's
  // months, filtering members row by row (5,112 attendance rows thrown away for one branch).
  it('seeks each member in the ledger’s (bureau, member, month) index', async () => {
    const plan = await factsPlan(office);
    for (const table of ['attendance', 'quota_entry', 'duty_entry']) {
      const scan = scanOf(plan, table);
      // The members as a list, or one by one (attendance, aggregated member by member).
      expect(scan, table).toMatch(/(Index|Recheck) Cond: .*member_id = (ANY|\(unnest)/);
      const removed = [...scan.matchAll(/Rows Removed by Filter: (\d+)/g)].map((m) => Number(m[1]));
      expect(
        removed.every((n) => n < 100),
        `${table}: ${removed.join(', ')}`,
      ).toBe(true);
    }
  });

  // A member's sign-ins lie spread over the table (written session by session): a bureau's
  // refresh visited a heap page for nearly every one before the index carried them.
  it('reads the sign-ins from the index alone', async () => {
    const plan = await factsPlan(office);
    const scan = scanOf(plan, 'attendance');
    expect(scan).toMatch(/Index Only Scan using attendance_bureau_id_member_id_month_index/);
    // Each member's sign-ins are aggregated as the index gives them, not grouped (sorted or
    // hashed) over the whole batch.
    expect(plan).not.toMatch(/(Sort|Group) Key: .*attendance\.member_id/);
  });
});
