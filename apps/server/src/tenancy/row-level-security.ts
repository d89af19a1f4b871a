import type pg from 'pg';
import { SESSION_BRANCHES, SESSION_BUREAU } from './tenant-scope.js';

/**
 * The database side of the walls, derived from the catalog so a new table is covered the moment
 * a migration adds it: every table with a `bureau_id` column gets row-level security, enabled and
 * forced, with one policy comparing it (and `branch_id`, when present) to the request's session
 * variables. The app role owns nothing and may not bypass it; the audit log is insert-only for it.
 */
const bureauMatches = `bureau_id = nullif(current_setting('${SESSION_BUREAU}', true), '')::uuid`;
// CASE, not OR: PostgreSQL may evaluate both sides of an OR, and '*' is no uuid.
const branchMatches = `(branch_id is null or case when current_setting('${SESSION_BRANCHES}', true) = '*' then true else branch_id = any (string_to_array(nullif(current_setting('${SESSION_BRANCHES}', true), ''), ',')::uuid[]) end)`;

/** Tables whose rows are never changed once written, for the app role. */
const APPEND_ONLY = new Set(['audit_entry']);
/** Tables readable before a tenant scope exists (they hold no tenant data, e.g. the log-in index). */
export const GLOBAL_TABLES: ReadonlySet<string> = new Set(['login_name', 'mikro_orm_migrations']);
const GLOBAL = GLOBAL_TABLES;

export type TableTenancy = { table: string; hasBranch: boolean };

export async function tenantTables(client: pg.ClientBase): Promise<TableTenancy[]> {
  const { rows } = await client.query<{ table_name: string; has_branch: boolean }>(`
    select t.table_name,
           exists (select 1 from information_schema.columns c
                   where c.table_schema = 'public' and c.table_name = t.table_name
                     and c.column_name = 'branch_id') as has_branch
    from information_schema.tables t
    where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
      and (t.table_name = 'bureau' or exists (select 1 from information_schema.columns c
                  where c.table_schema = 'public' and c.table_name = t.table_name
                    and c.column_name = 'bureau_id'))
    order by t.table_name`);
  return rows
    .filter((r) => !GLOBAL_TABLES.has(r.table_name))
    .map((r) => ({ table: r.table_name, hasBranch: r.has_branch }));
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates the app role if needed; it can log in, owns nothing, and is neither superuser nor BYPASSRLS. */
export async function ensureAppRole(
  client: pg.ClientBase,
  role: string,
  password: string,
): Promise<void> {
  const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  if (exists.rowCount === 0) {
    try {
      await client.query(
        `create role ${ident(role)} login nosuperuser nocreatedb nocreaterole nobypassrls password ${client.escapeLiteral(password)}`,
      );
    } catch (error) {
      // Parallel test files may race to create the same cluster-wide role.
      if (
        (error as { code?: string }).code !== '23505' &&
        (error as { code?: string }).code !== '42710'
      )
        throw error;
    }
  }
}

/** Applies grants and policies; idempotent, run as the owner after every migration. */
export async function secureDatabase(client: pg.ClientBase, appRole: string): Promise<void> {
  const role = ident(appRole);
  const db = (await client.query<{ db: string }>('select current_database() as db')).rows[0]!.db;
  await client.query(`grant connect on database ${ident(db)} to ${role}`);
  await client.query(`grant usage on schema public to ${role}`);
  await client.query(`grant usage, select on all sequences in schema public to ${role}`);
  for (const table of GLOBAL) {
    const present = await client.query(`select to_regclass($1) as t`, [`public.${table}`]);
    if (!present.rows[0]?.t) continue;
    const privileges = table === 'login_name' ? 'select, insert, update, delete' : 'select';
    await client.query(`grant ${privileges} on ${ident(table)} to ${role}`);
  }
  for (const { table, hasBranch } of await tenantTables(client)) {
    const t = ident(table);
    const privileges = APPEND_ONLY.has(table) ? 'select, insert' : 'select, insert, update, delete';
    await client.query(`revoke all on ${t} from ${role}`);
    await client.query(`grant ${privileges} on ${t} to ${role}`);
    await client.query(`alter table ${t} enable row level security`);
    await client.query(`alter table ${t} force row level security`);
    const condition =
      table === 'bureau'
        ? `id = nullif(current_setting('${SESSION_BUREAU}', true), '')::uuid`
        : hasBranch
          ? `${bureauMatches} and ${branchMatches}`
          : bureauMatches;
    await client.query(`drop policy if exists tenant_wall on ${t}`);
    await client.query(
      `create policy tenant_wall on ${t} as permissive for all to public using (${condition}) with check (${condition})`,
    );
  }
}
