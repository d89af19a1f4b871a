import type pg from 'pg';
import { narrowSetNullForeignKeys } from './set-null-keys.js';
import { SESSION_BRANCHES, SESSION_BUREAU, SESSION_WRITE_BRANCHES } from './tenant-scope.js';

/**
 * The database side of the walls, derived from the catalog so a new table is covered the moment
 * a migration adds it: every table with a `bureau_id` column gets row-level security, enabled and
 * forced, with policies comparing it (and `branch_id`, when present) to the request's session
 * variables; a foreign key to `bureau` so no row names a bureau that does not exist. The app role
 * owns nothing and may not bypass them; the audit log is insert-only for it.
 */
const setting = (name: string) => `coalesce(current_setting('${name}', true), '')`;
const bureauMatches = (column: string) =>
  `${column} = nullif(current_setting('${SESSION_BUREAU}', true), '')::uuid`;
/**
 * Whether `column` is in the comma-separated branch list of `variable` ('*' every branch, '' none).
 * The session's parts are scalar subqueries, which PostgreSQL evaluates once a statement (an
 * InitPlan) instead of reading the setting and parsing the list again for every row: counting a
 * bureau's 10,000 summaries took 5.6 ms as its analyst (now 3.2) and 57 ms in a scope of three
 * branches (now 11). `nullif` keeps '*' from the uuid cast, so the OR is safe in either order.
 * branch-wall.test.ts holds each form of scope and the plan's once-a-statement reading.
 */
const branchIn = (column: string, variable: string) =>
  `((select ${setting(variable)} = '*') or ${column} = any (array(select unnest(string_to_array(nullif(${setting(variable)}, '*'), ','))::uuid)))`;
/** Reading: a row without a branch is bureau-wide (e.g. a committee role) and visible to the bureau. */
const readBranch = `(branch_id is null or ${branchIn('branch_id', SESSION_BRANCHES)})`;
/** Writing: a bureau-wide row only by a scope spanning every branch; the analyst's write scope is empty. */
const writeBranch = branchIn('branch_id', SESSION_WRITE_BRANCHES);
const writesAnything = `${setting(SESSION_WRITE_BRANCHES)} <> ''`;

/** Tables whose rows are never changed once written, for the app role. */
const APPEND_ONLY = new Set(['audit_entry']);
/**
 * Tables without tenant walls, documented exceptions to "every table carries bureau_id in its keys":
 * the log-in index is read before any scope exists (it holds no secret, only which bureau a name is in);
 * failed log-ins are counted before any scope exists too, and may name no account.
 */
export const GLOBAL_TABLES: ReadonlySet<string> = new Set([
  'login_name',
  'login_failure',
  'mikro_orm_migrations',
]);

/** What the app role may do to each global table; the rest it may only read. */
const GLOBAL_PRIVILEGES: Readonly<Record<string, string>> = {
  login_name: 'select, insert, update, delete',
  login_failure: 'select, insert, delete',
};

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

/** The read and write conditions of one table's policies. */
export function tenantConditions({ table, hasBranch }: TableTenancy): {
  read: string;
  write: string;
} {
  if (table === 'bureau') {
    const read = bureauMatches('id');
    return { read, write: `${read} and ${setting(SESSION_WRITE_BRANCHES)} = '*'` };
  }
  // A branch row is the tenant itself: its own id is what the branch scope names.
  if (table === 'branch') {
    return {
      read: bureauMatches('bureau_id'),
      write: `${bureauMatches('bureau_id')} and ${branchIn('id', SESSION_WRITE_BRANCHES)}`,
    };
  }
  if (!hasBranch) {
    return {
      read: bureauMatches('bureau_id'),
      write: `${bureauMatches('bureau_id')} and ${writesAnything}`,
    };
  }
  const read = `${bureauMatches('bureau_id')} and ${readBranch}`;
  // An audit entry may be bureau-wide (no branch) whoever records it; it is never changed after.
  const write = APPEND_ONLY.has(table)
    ? `${read} and ${writesAnything}`
    : `${bureauMatches('bureau_id')} and ${writeBranch}`;
  return { read, write };
}

const POLICIES = ['tenant_wall', 'tenant_read', 'tenant_insert', 'tenant_update', 'tenant_delete'];

/** Applies grants, policies and bureau foreign keys; idempotent, run as the owner after every migration. */
export async function secureDatabase(client: pg.ClientBase, appRole: string): Promise<void> {
  const role = ident(appRole);
  const db = (await client.query<{ db: string }>('select current_database() as db')).rows[0]!.db;
  await client.query(`grant connect on database ${ident(db)} to ${role}`);
  await client.query(`grant usage on schema public to ${role}`);
  await client.query(`grant usage, select on all sequences in schema public to ${role}`);
  for (const table of GLOBAL_TABLES) {
    const present = await client.query(`select to_regclass($1) as t`, [`public.${table}`]);
    if (!present.rows[0]?.t) continue;
    const privileges = GLOBAL_PRIVILEGES[table] ?? 'select';
    await client.query(`grant ${privileges} on ${ident(table)} to ${role}`);
  }
  const checkedElsewhere = await bureauCheckedElsewhere(client);
  for (const table of CACHE_TABLES) checkedElsewhere.add(table);
  for (const tenancy of await tenantTables(client)) {
    const t = ident(tenancy.table);
    const privileges = APPEND_ONLY.has(tenancy.table)
      ? 'select, insert'
      : 'select, insert, update, delete';
    await client.query(`revoke all on ${t} from ${role}`);
    await client.query(`grant ${privileges} on ${t} to ${role}`);
    await client.query(`alter table ${t} enable row level security`);
    await client.query(`alter table ${t} force row level security`);
    const { read, write } = tenantConditions(tenancy);
    for (const policy of POLICIES) await client.query(`drop policy if exists ${policy} on ${t}`);
    await client.query(`create policy tenant_read on ${t} for select using (${read})`);
    await client.query(`create policy tenant_insert on ${t} for insert with check (${write})`);
    // Updates find rows by the read condition and check the result by the write condition, so an
    // update the scope may not make fails loudly instead of silently touching no row.
    await client.query(
      `create policy tenant_update on ${t} for update using (${read}) with check (${write})`,
    );
    await client.query(`create policy tenant_delete on ${t} for delete using (${write})`);
    if (tenancy.table !== 'bureau') {
      await ensureBureauForeignKey(client, tenancy.table, checkedElsewhere.has(tenancy.table));
    }
  }
  await narrowSetNullForeignKeys(client);
}

/**
 * Caches of derived figures, rewritten whole when a scheme is published, without foreign keys:
 * their bureau is the scope's by the insert policy, and their writer holds what they name
 * (score_summary: summary-writes.ts). A key to the bureau would lock its one row for every row.
 */
const CACHE_TABLES = ['score_summary'];

/**
 * The tenant tables whose bureau is already checked by another of their foreign keys: one that
 * names their member or branch by `(bureau_id, …)`, every column not null. That row exists, and
 * member and branch keep their own key to the bureau, so a second check of the same bureau only
 * costs: a row-level lock on the bureau's one row for every row inserted into the ledger or the
 * summaries (about 14 % of inserting a refresh's 2,000 summaries: 124–130 against 107–110 ms),
 * taken by every writer of the bureau at once.
 */
async function bureauCheckedElsewhere(client: pg.ClientBase): Promise<Set<string>> {
  const { rows } = await client.query<{ table: string }>(
    `select distinct c.conrelid::regclass::text as table
       from pg_constraint c
      where c.contype = 'f'
        and c.confrelid in (to_regclass('public.member'), to_regclass('public.branch'))
        and c.conrelid not in (to_regclass('public.member'), to_regclass('public.branch'))
        and (select a.attname from pg_attribute a
              where a.attrelid = c.conrelid and a.attnum = c.conkey[1]) = 'bureau_id'
        and not exists (select 1 from unnest(c.conkey) k
                          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k
                         where not a.attnotnull)`,
  );
  return new Set(rows.map((r) => r.table));
}

/**
 * `bureau_id` references the bureau. Added here rather than in the entities so every tenant table
 * gets it without a relation property on each; the constraint name marks it as ours. A table
 * whose bureau is checked elsewhere (`bureauCheckedElsewhere`) goes without, dropped where an
 * earlier version added it.
 */
async function ensureBureauForeignKey(
  client: pg.ClientBase,
  table: string,
  checkedElsewhere: boolean,
): Promise<void> {
  const name = `${table}_bureau_fk`;
  const exists = await client.query(
    `select 1 from pg_constraint where conname = $1 and conrelid = to_regclass($2)`,
    [name, `public.${table}`],
  );
  if (checkedElsewhere) {
    if (exists.rowCount)
      await client.query(`alter table ${ident(table)} drop constraint ${ident(name)}`);
    return;
  }
  if (exists.rowCount) return;
  await client.query(
    `alter table ${ident(table)} add constraint ${ident(name)} foreign key (bureau_id) references bureau (id)`,
  );
}
