import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../test/factories/demo-lookup.js';
import { createTestDatabase, TEST_APP_ROLE, type TestDatabase } from '../../test/test-database.js';

let db: TestDatabase;
let demo: DemoLookup;
beforeAll(async () => {
  db = await createTestDatabase({ template: 'roster' });
  demo = await demoLookup(db);
});
afterAll(() => db.close());

/** A dues record as the owner would insert it, with every column that must be set. */
const insertDues = (bureauId: string, branchId: string, memberId: string) =>
  db.ownerQuery(
    `insert into duty_entry (bureau_id, id, branch_id, member_id, item_code, month, status,
       created_by_id, created_at, updated_at)
     values ($1, $2, $3, $4, 'dues', '2040-01', 'onTime', $2, now(), now())`,
    [bureauId, randomUUID(), branchId, memberId],
  );

/** A summary row with every column that must be set, as SQL text (values are uuids). */
const summaryInsert = (bureauId: string, branchId: string, memberId: string) =>
  `insert into score_summary (bureau_id, id, branch_id, year, period, member_id, total_sort,
     total, total_exact, base, special, categories, special_items, scheme_id, scheme_version,
     as_of, computed_at)
   values ('${bureauId}', '${randomUUID()}', '${branchId}', 2040, 'year', '${memberId}', 0, '0',
     '0', '0', '0', '[]', '[]', '${randomUUID()}', 1, '2040-01', now())`;

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
    // The hot tables of the ledger go without a second check.
    for (const table of ['attendance', 'quota_entry', 'duty_entry']) {
      expect(byName.get(table), table).toMatchObject({ own: false });
      expect(byName.get(table)!.through, table).not.toBeNull();
    }
    // Every other table keeps one of the two, never neither, but the summaries: a cache whose
    // writer holds what it names (summary-members.test.ts) and whose bureau the policy checks.
    const unchecked = tables.filter(
      (t) => !t.own && (t.through === null || ['member', 'branch'].includes(t.table)),
    );
    expect(unchecked.map((t) => t.table)).toEqual(['score_summary']);
    expect(
      tables.filter((t) => t.own && t.through !== null && !['member', 'branch'].includes(t.table)),
    ).toEqual([]);
  });

  it('still refuses a record of an unknown bureau, or of another bureau’s member', async () => {
    const [member] = await demo.members('BGS');
    const branchId = demo.branch('BGS').id;
    await expect(insertDues(randomUUID(), branchId, member!.id)).rejects.toMatchObject({
      code: '23503',
    });
    const other = (
      await db.ownerQuery<{ id: string }>(
        `insert into bureau (id, code, name, created_at) values ($1, 'ZZ', '另一机关', now()) returning id`,
        [randomUUID()],
      )
    )[0]!.id;
    await expect(insertDues(other, branchId, member!.id)).rejects.toMatchObject({
      code: '23503',
    });
    // The same row in its own bureau is accepted.
    await expect(insertDues(demo.bureauId, branchId, member!.id)).resolves.toBeDefined();
  });

  it('lets the app write a summary only in the bureau of its scope', async () => {
    const [member] = await demo.members('BGS');
    const branchId = demo.branch('BGS').id;
    const asApp = (bureauId: string) =>
      db.ownerQuery(
        `begin; set local role ${TEST_APP_ROLE};
         select set_config('app.bureau_id', '${demo.bureauId}', true),
                set_config('app.branch_ids', '*', true), set_config('app.write_branch_ids', '*', true);
         ${summaryInsert(bureauId, branchId, member!.id)}; rollback;`,
      );
    await expect(asApp(randomUUID())).rejects.toMatchObject({ code: '42501' });
    // Accepted (a text of several statements answers nothing to read).
    await expect(asApp(demo.bureauId)).resolves.toBeUndefined();
  });
});
