import type pg from 'pg';

/**
 * A foreign key on (bureau_id, x_id) that is `on delete set null` nulls both columns when the row
 * it points at is deleted, and `bureau_id` may not be null: deleting a member who has a log-in, or
 * a Party group that has members, failed with an internal error. PostgreSQL (15+) can name the
 * columns to null; every such key is narrowed to its own columns here, derived from the catalog
 * after each migration like row-level security, so a new table gets it the moment it exists.
 */
export async function narrowSetNullForeignKeys(client: pg.ClientBase): Promise<void> {
  const keys = await client.query<{
    name: string;
    table: string;
    definition: string;
    columns: string[];
  }>(
    `select c.conname as name, c.conrelid::regclass::text as table,
            pg_get_constraintdef(c.oid) as definition,
            array(select a.attname::text from unnest(c.conkey) k
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k) as columns
       from pg_constraint c
      where c.contype = 'f' and c.confdeltype = 'n' and c.confdelsetcols is null
        and c.connamespace = 'public'::regnamespace`,
  );
  for (const key of keys.rows) {
    const own = key.columns.filter((column) => column !== 'bureau_id');
    if (own.length === key.columns.length || own.length === 0) continue;
    const narrowed = key.definition.replace(
      /ON DELETE SET NULL$/,
      `ON DELETE SET NULL (${own.map((c) => `"${c}"`).join(', ')})`,
    );
    if (narrowed === key.definition) continue;
    await client.query(
      `alter table ${key.table} drop constraint "${key.name}", add constraint "${key.name}" ${narrowed}`,
    );
  }
}
