import type { TestDatabase } from '../test-database.js';

/**
 * Counts committed writes per table, for the probes' "a refused request writes nothing" check.
 * Statement triggers with transition tables add the rows each statement really inserted, updated
 * or deleted (a refused statement that touched no row adds nothing; a rolled-back one rolls its
 * count back). Reading one small table replaces fingerprinting every table before and after each
 * write probe. Installed in the test's own database, as the owner; the app role is not granted
 * the counter table: the trigger function runs as its owner.
 */
export async function installWriteCounters(db: TestDatabase): Promise<void> {
  await db.ownerQuery(`
    create table if not exists probe_write_count (t text primary key, n bigint not null);
    create or replace function probe_count_writes() returns trigger
    language plpgsql security definer set search_path = public as $$
    declare changed bigint;
    begin
      if tg_op = 'DELETE' then select count(*) into changed from old_rows;
      else select count(*) into changed from new_rows; end if;
      if changed > 0 then
        insert into probe_write_count as c values (tg_table_name, changed)
        on conflict (t) do update set n = c.n + excluded.n;
      end if;
      return null;
    end $$;`);
  const tables = await db.ownerQuery<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'public'
     and table_type = 'BASE TABLE' and table_name not in ('mikro_orm_migrations', 'probe_write_count')`,
  );
  for (const { table_name: t } of tables) {
    const statements = [
      ['insert', 'new table as new_rows'],
      ['update', 'new table as new_rows'],
      ['delete', 'old table as old_rows'],
    ];
    for (const [op, transition] of statements)
      await db.ownerQuery(
        `create or replace trigger probe_count_${op} after ${op} on "${t}"
         referencing ${transition} for each statement execute function probe_count_writes()`,
      );
  }
}

const tableLists = new WeakMap<TestDatabase, Promise<string[]>>();

/** The tables counted: read once per database (the catalogue view costs more than the counts). */
function countedTables(db: TestDatabase): Promise<string[]> {
  let tables = tableLists.get(db);
  if (!tables) {
    tables = db
      .ownerQuery<{ t: string }>(
        `select table_name as t from information_schema.tables where table_schema = 'public'
         and table_type = 'BASE TABLE' and table_name not in ('mikro_orm_migrations', 'probe_write_count')
         order by 1`,
      )
      .then((rows) => rows.map((r) => r.t));
    tableLists.set(db, tables);
  }
  return tables;
}

/** Committed rows written so far, for every table (0 for one never written). */
export async function writeCounts(db: TestDatabase): Promise<Map<string, string>> {
  const [tables, rows] = await Promise.all([
    countedTables(db),
    db.ownerQuery<{ t: string; n: string }>('select t, n::text as n from probe_write_count'),
  ]);
  const counted = new Map(rows.map((r) => [r.t, r.n]));
  return new Map(tables.map((t) => [t, counted.get(t) ?? '0']));
}
