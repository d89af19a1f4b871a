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
  it('checks every tenant row’s bureau: by a key of its own, or by a not-null key naming its member or branch', async () => {
    const tables = await db.ownerQuery<{ table: string; own: boolean; through: string | null }>(
      `select c.relname as table,
              exists (select 1 from pg_constraint k
                       where k.conrelid = c.oid and k.conname = c.relname || '_bureau_fk') as own,
              (select min(k.confrelid::regclass::text) from pg_constraint k
                where k.conrelid = c.oid and k.contype = 'f'
                  and k.confrelid in ('member'::regclass, 'branch'::regclass)
                  and (select a.attname from pg_attribute a
                        where a.attrelid = c.oid and a.attnum = k.conkey[1]) = 'bureau_id'
                  and not exists (select 1 from unnest(k.conkey) n
                                    join pg_attribute a on a.attrelid = c.oid and a.attnum = n
                                   where not a.attnotnull)) as through
         from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
          and c.relforcerowsecurity and c.relname <> 'bureau'
        order by 1`,
    );
    expect(tables.length).toBeGreaterThan(20);
    const byName = new Map(tables.map((t) => [t.table, t]));
    // Member and branch are what the others lean on: they keep their own.
    expect(byName.get('member')!.own).toBe(true);
    expect(byName.get('branch')!.own).toBe(true);
    // The hot tables of the ledger and the summaries go without a second check.
    for (const table of ['score_summary', 'attendance', 'quota_entry', 'duty_entry']) {
      expect(byName.get(table), table).toMatchObject({ own: false });
      expect(byName.get(table)!.through, table).not.toBeNull();
    }
    // Every other table keeps one of the two, never neither.
    const unchecked = tables.filter(
      (t) => !t.own && (t.through === null || ['member', 'branch'].includes(t.table)),
    );
    expect(unchecked).toEqual([]);
    expect(
      tables.filter((t) => t.own && t.through !== null && !['member', 'branch'].includes(t.table)),
    ).toEqual([]);
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
