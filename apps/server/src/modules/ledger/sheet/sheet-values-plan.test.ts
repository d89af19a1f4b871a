import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import { recordStatements } from '../../../../test/factories/sent-statements.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.js';
import { inReadTransaction } from '../../../db/connection/read-transaction.js';
import { scopedEntityManager } from '../../../tenancy/scoped-entity-manager.js';
import { loadSheetValues } from './sheet-values.js';

let db: TestDatabase;
let bureauId: string;
let officeId: string;
let office: string[];

beforeAll(async () => {
  db = await createTestDatabase({ template: 'ledger' });
  const demo = await demoLookup(db);
  bureauId = demo.bureauId;
  officeId = demo.branch('BGS').id;
  office = (await demo.members('BGS')).map((m) => m.id);
}, 120_000);
afterAll(() => db.close());

const em = () => scopedEntityManager(db.orm, { bureauId, branchIds: [officeId] });

describe('reading a branch’s month for its sheet', () => {
  it('seeks its cells by the (bureau, branch, month) index, not member by member', async () => {
    const plan = await inReadTransaction(em(), async (tx) => {
      const { sent, execute } = recordStatements(tx);
      const { cells } = await loadSheetValues(tx, officeId, '2026-03', office);
      expect(cells.size).toBeGreaterThan(office.length);
      const statement = sent.find((s) => s.sql.includes("select 'a' as kind"))!;
      const rows = await execute<{ 'QUERY PLAN': string }[]>(
        `explain (costs off) ${statement.sql}`,
        statement.params,
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    // The demo's violations and declarations are few enough to read whole.
    for (const table of ['attendance', 'quota_entry', 'duty_entry'])
      expect(plan, table).toMatch(
        new RegExp(`Scan (using|on) ${table}_bureau_id_branch_id_month_index`),
      );
    expect(plan).not.toMatch(/Cond: .*member_id = ANY/);
    expect(plan).not.toMatch(/Gather/);
  });

  it('runs on connections that price parallel workers at what they cost here', async () => {
    // Two workers took 37 ms to read what one backend reads in 7 ms (orm-config.ts).
    const [row] = await inReadTransaction(em(), (tx) =>
      tx.execute<{ parallel_setup_cost: string }[]>('show parallel_setup_cost'),
    );
    expect(row?.parallel_setup_cost).toBe('10000');
  });
});
