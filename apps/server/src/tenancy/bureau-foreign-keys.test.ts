import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../test/factories/demo-lookup.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';

let db: TestDatabase;
let demo: DemoLookup;
beforeAll(async () => {
  db = await createTestDatabase({ template: 'roster' });
  demo = await demoLookup(db);
});
afterAll(() => db.close());

/** A summary row as the owner would insert it, with every column that must be set. */
const insertSummary = (bureauId: string, branchId: string, memberId: string) =>
  db.ownerQuery(
    `insert into score_summary (bureau_id, id, branch_id, year, period, member_id, total_sort,
       total, total_exact, base, special, categories, special_items, scheme_id, scheme_version,
       as_of, computed_at)
     values ($1, $2, $3, 2040, 'year', $4, 0, '0', '0', '0', '0', '[]', '[]', $2, 1, '2040-01',
       now())`,
    [bureauId, randomUUID(), branchId, memberId],
  );

describe('every tenant row belongs to a bureau that exists', () => {
  it('has a bureau foreign key on every tenant table but score_summary', async () => {
    const tables = await db.ownerQuery<{ table: string; fk: boolean }>(
      `select c.relname as table,
              exists (select 1 from pg_constraint k
                       where k.conrelid = c.oid and k.conname = c.relname || '_bureau_fk') as fk
         from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
          and c.relforcerowsecurity and c.relname <> 'bureau'
        order by 1`,
    );
    expect(tables.length).toBeGreaterThan(20);
    expect(tables.filter((t) => !t.fk).map((t) => t.table)).toEqual(['score_summary']);
  });

  it('still refuses a summary of an unknown bureau, or of another bureau’s member', async () => {
    const [member] = await demo.members('BGS');
    const branchId = demo.branch('BGS').id;
    await expect(insertSummary(randomUUID(), branchId, member!.id)).rejects.toMatchObject({
      code: '23503',
    });
    const other = (
      await db.ownerQuery<{ id: string }>(
        `insert into bureau (id, code, name, created_at) values ($1, 'ZZ', '另一机关', now()) returning id`,
        [randomUUID()],
      )
    )[0]!.id;
    await expect(insertSummary(other, branchId, member!.id)).rejects.toMatchObject({
      code: '23503',
    });
    // The same row in its own bureau is accepted.
    await expect(insertSummary(demo.bureauId, branchId, member!.id)).resolves.toBeDefined();
  });
});
