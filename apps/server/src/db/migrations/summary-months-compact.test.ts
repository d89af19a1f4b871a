import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AbstractSqlDriver } from '@mikro-orm/postgresql';
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

async function run(direction: 'up' | 'down') {
  const migration = new Compact(
    db.orm.em.getDriver() as unknown as AbstractSqlDriver,
    db.orm.config,
  );
  await migration[direction]();
  for (const sql of migration.getQueries()) await db.ownerQuery(sql as string);
}

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
    expect(month!['branchId']).toBe(first!.branch_id);
    expect(typeof month!['categories']).toBe('object');
    expect(Array.isArray(month!['categories'])).toBe(false);
    await run('up');
    expect(await months()).toEqual(written);
  });
});
