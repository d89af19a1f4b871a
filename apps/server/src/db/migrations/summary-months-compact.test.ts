import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigration } from '../../../test/run-migration.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { Migration20261206070000_summary_months_compact as Compact } from './Migration20261206070000_summary_months_compact.js';

/**
 * The stored year summaries of before (each month naming its branch and its categories by code)
 * are rewritten as a refresh now writes them, and back.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ template: 'ledger' });
}, 120_000);
afterAll(() => db.close());

const run = (direction: 'up' | 'down') => runMigration(db, Compact, direction);

const months = () =>
  db.ownerQuery<{ id: string; branch_id: string; months: unknown[] }>(
    `select id, branch_id, months from score_summary where period = 'year' order by id`,
  );

describe('year summaries’ months, compacted', () => {
  it('rewrites the months of before as a refresh writes them now, and back', async () => {
    const written = await months();
    expect(written.length).toBeGreaterThan(5);
    await run('down');
    const before = await months();
    const [first] = before;
    const [month] = first!.months as Record<string, unknown>[];
    // The month names the branch it was scored in: the summary's own, or another for a member
    // who moved since (which row sorts first depends on the seeded ids).
    const branches = await db.ownerQuery<{ id: string }>('select id from branch');
    expect(branches.map((b) => b.id)).toContain(month!['branchId']);
    expect(typeof month!['categories']).toBe('object');
    expect(Array.isArray(month!['categories'])).toBe(false);
    await run('up');
    expect(await months()).toEqual(written);
  });
});
