import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigration } from '../../../test/run-migration.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { Migration20261206150000_summary_parts_unnamed as Unnamed } from './Migration20261206150000_summary_parts_unnamed.js';

/**
 * The stored parts of before (objects naming each category and item) are rewritten as a refresh
 * now writes them (`[code, value, exact]`); going back removes the summaries, a cache.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ template: 'ledger' });
}, 120_000);
afterAll(() => db.close());

const run = (direction: 'up' | 'down') => runMigration(db, Unnamed, direction);

const parts = () =>
  db.ownerQuery<{ id: string; categories: unknown[]; special_items: unknown[] }>(
    `select id, categories, special_items from score_summary order by id`,
  );

describe('summary parts without their names', () => {
  it('rewrites the named parts of before as a refresh writes them now', async () => {
    const written = await parts();
    expect(written.length).toBeGreaterThan(5);
    // As stored before: an object per part, with its names.
    const named = (column: string) => `(select jsonb_agg(jsonb_build_object('code', p->0,
        'nameZh', '名称', 'nameEn', 'Name', 'value', p->1, 'exact', p->2) order by i)
      from jsonb_array_elements(${column}) with ordinality as x(p, i))`;
    await db.ownerQuery(
      `update score_summary set categories = ${named('categories')},
         special_items = ${named('special_items')}`,
    );
    const [before] = await parts();
    expect((before!.categories[0] as Record<string, string>)['nameZh']).toBe('名称');
    await run('up');
    expect(await parts()).toEqual(written);
    await run('down');
    expect(await parts()).toEqual([]);
  });
});
