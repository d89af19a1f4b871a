import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { GLOBAL_TABLES } from './row-level-security.js';

/**
 * Citus distributes a table by one column and needs it in every primary key, unique key and
 * foreign key of the table. Ours is bureau_id: this walks the migrated catalog and names every
 * table or constraint that would stop `create_distributed_table(…, 'bureau_id')`.
 */
let db: TestDatabase;
let client: pg.Client;
beforeAll(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.ownerUrl });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await db.close();
});

type Constraint = {
  table: string;
  name: string;
  type: string;
  columns: string[];
  refTable: string | null;
  refColumns: string[] | null;
};

async function constraints(): Promise<Constraint[]> {
  const { rows } = await client.query<Constraint>(`
    select c.conrelid::regclass::text as table, c.conname as name, c.contype as type,
           array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
                 join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
           c.confrelid::regclass::text as "refTable",
           array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i)
                 join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as "refColumns"
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where n.nspname = 'public' and c.contype in ('p', 'u', 'f')`);
  return rows.map((r) => ({ ...r, refTable: r.type === 'f' ? r.refTable : null }));
}

async function uniqueIndexes(): Promise<{ table: string; name: string; columns: string[] }[]> {
  const { rows } = await client.query(`
    select t.relname as table, i.relname as name,
           array(select a.attname::text from unnest(x.indkey) k(n) join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.n) as columns
    from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = 'public' and x.indisunique and not x.indisprimary`);
  return rows;
}

async function tablesWithBureau(): Promise<{ table: string; hasBureau: boolean }[]> {
  const { rows } = await client.query(`
    select t.table_name as table,
           exists (select 1 from information_schema.columns c where c.table_schema = 'public'
                   and c.table_name = t.table_name and c.column_name = 'bureau_id') as "hasBureau"
    from information_schema.tables t where t.table_schema = 'public' and t.table_type = 'BASE TABLE'`);
  return rows;
}

describe('every tenant table can be distributed by bureau (Citus)', () => {
  it('has bureau_id in its primary key, every unique key and every foreign key', async () => {
    const tenant = new Set(
      (await tablesWithBureau())
        .filter((t) => t.hasBureau && !GLOBAL_TABLES.has(t.table))
        .map((t) => t.table),
    );
    expect([...tenant]).toEqual(
      expect.arrayContaining([
        'branch',
        'member',
        'membership',
        'party_group',
        'user_account',
        'role_assignment',
        'auth_session',
        'audit_entry',
        'audit_chain_head',
      ]),
    );
    const problems: string[] = [];
    const all = await constraints();
    for (const table of tenant) {
      const pk = all.find((c) => c.table === table && c.type === 'p');
      if (!pk?.columns.includes('bureau_id'))
        problems.push(`${table}: primary key (${pk?.columns.join(', ')}) lacks bureau_id`);
    }
    for (const c of all.filter((c) => tenant.has(c.table))) {
      if (c.type === 'u' && !c.columns.includes('bureau_id'))
        problems.push(`${c.table}.${c.name}: unique (${c.columns.join(', ')}) lacks bureau_id`);
      if (c.type === 'f') {
        // Pointing at the bureau itself (a reference table on Citus) is fine; anything else must pair bureau_id with bureau_id.
        const toBureau =
          c.refTable === 'bureau' &&
          c.columns.join() === 'bureau_id' &&
          c.refColumns?.join() === 'id';
        const i = c.columns.indexOf('bureau_id');
        if (!toBureau && (i < 0 || c.refColumns?.[i] !== 'bureau_id'))
          problems.push(
            `${c.table}.${c.name}: foreign key (${c.columns.join(', ')}) → ${c.refTable} (${c.refColumns?.join(', ')}) does not carry bureau_id`,
          );
      }
    }
    for (const u of await uniqueIndexes())
      if (tenant.has(u.table) && !u.columns.includes('bureau_id'))
        problems.push(
          `${u.table}.${u.name}: unique index (${u.columns.join(', ')}) lacks bureau_id`,
        );
    expect(problems).toEqual([]);
  });

  it('has no table that is neither a tenant table nor a documented global one', async () => {
    const stray = (await tablesWithBureau())
      .filter((t) => !t.hasBureau && t.table !== 'bureau' && !GLOBAL_TABLES.has(t.table))
      .map((t) => t.table);
    expect(stray).toEqual([]);
  });

  it('references the bureau from every tenant table', async () => {
    const all = await constraints();
    const tenant = (await tablesWithBureau()).filter(
      (t) => t.hasBureau && !GLOBAL_TABLES.has(t.table),
    );
    const without = tenant
      .filter(
        (t) => !all.some((c) => c.table === t.table && c.type === 'f' && c.refTable === 'bureau'),
      )
      .map((t) => t.table);
    expect(without).toEqual([]);
  });
});
