import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from './tenant-filter.js';
import { MissingTenantScopeError, SESSION_BRANCHES, type TenantScope } from './tenant-scope.js';

/**
 * A read statement that crosses the branch wall in ONE round trip, kept in the database as a
 * function: its SET clause lifts `app.branch_ids` when the function is entered and PostgreSQL
 * restores it when it returns, which a statement cannot do for itself in order. Being a function,
 * its statement is planned once per connection, not on every call (member_year_read: 5.4 → 1.9 ms
 * in `psql`, planning its dozen subqueries was more than half). It grants nothing the app role
 * lacks (it may set its own session variables): the bureau wall and the write wall stay, and a
 * STABLE function may not write. Callers check that the actor may see what leaves through it.
 *
 * Declared here in code, like the walls' policies, and installed by `installBureauWideReads`
 * each time the database is migrated, so the statement and the code reading its result never
 * drift apart. `sql` selects one json value; it names the function's arguments `$1`, `$2`, …
 */
export type BureauWideRead = {
  readonly name: string;
  /** PostgreSQL types of the arguments, in order. */
  readonly args: readonly string[];
  readonly sql: string;
};

export function bureauWideRead(name: string, args: readonly string[], sql: string): BureauWideRead {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain function name: ${name}`);
  return { name, args, sql };
}

/** Runs `read` with `values` as its arguments, in `em`'s transaction and scope. */
export async function readBureauWide<T>(
  em: EntityManager,
  read: BureauWideRead,
  values: readonly unknown[],
): Promise<T | null> {
  if (!em.getFilterParams<TenantScope>(TENANT_FILTER)) throw new MissingTenantScopeError();
  // Inlined (`?`), not bound: the call is trivial to plan, and an inlined statement carries the
  // request's deferred begin and scope with it (db/connection/deferred-begin-client.ts).
  const placeholders = read.args.map((type) => `?::${type}`).join(', ');
  const [row] = await em.execute<{ result: T | null }[]>(
    `select ${read.name}(${placeholders}) as result`,
    [...values],
  );
  return row?.result ?? null;
}

// Marks the functions this module installs, so that one no longer declared is dropped.
const MARK = 'jifen: bureau-wide read';

function definition(read: BureauWideRead): string {
  // A generic plan from the first call: the arguments only pick rows by key, so a plan made for
  // one member suits every member (the default would plan five calls afresh on each connection).
  return `create or replace function ${read.name}(${read.args.join(', ')}) returns json
    language plpgsql stable
    set ${SESSION_BRANCHES} = '*'
    set plan_cache_mode = force_generic_plan
    as $read$
    begin
      return (${read.sql});
    end
    $read$`;
}

/**
 * Creates or replaces each of `reads` whose text changed, and drops those installed before that
 * are no longer declared. Run as the owner, after the migrations (db/database.ts).
 */
export async function installBureauWideReads(
  client: pg.ClientBase,
  reads: readonly BureauWideRead[],
): Promise<void> {
  const { rows } = await client.query<{ signature: string; name: string; mark: string }>(
    `select p.oid::regprocedure::text as signature, p.proname as name,
            obj_description(p.oid, 'pg_proc') as mark
       from pg_proc p where p.pronamespace = current_schema()::regnamespace
        and obj_description(p.oid, 'pg_proc') like $1`,
    [`${MARK}%`],
  );
  const installed = new Map(rows.map((r) => [r.name, r]));
  for (const read of reads) {
    const ddl = definition(read);
    // The comment names the definition's hash: an unchanged one is left alone (replacing it would
    // throw away every connection's cached plan).
    const mark = `${MARK} ${createHash('sha256').update(ddl).digest('hex').slice(0, 16)}`;
    const before = installed.get(read.name);
    if (before?.mark === mark) continue;
    // Dropped first: `create or replace` cannot change the arguments.
    if (before) await client.query(`drop function ${before.signature}`);
    await client.query(ddl);
    await client.query(`comment on function ${read.name}(${read.args.join(', ')}) is '${mark}'`);
  }
  const declared = new Set(reads.map((r) => r.name));
  for (const row of rows) {
    if (!declared.has(row.name)) await client.query(`drop function ${row.signature}`);
  }
}
