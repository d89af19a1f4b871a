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
 *
 * The function's name carries a hash of its definition (`member_year_read_1a2b3c4d`): during a
 * rolling deploy the old processes keep calling the version whose result they understand while
 * the new ones call theirs (docs/scale-out.md).
 */
export type BureauWideRead = {
  readonly name: string;
  /** PostgreSQL types of the arguments, in order. */
  readonly args: readonly string[];
  readonly sql: string;
  /** The database function: the name and a hash of the definition. */
  readonly functionName: string;
};

export function bureauWideRead(name: string, args: readonly string[], sql: string): BureauWideRead {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain function name: ${name}`);
  const hash = createHash('sha256').update(body({ args, sql })).digest('hex').slice(0, 8);
  return { name, args, sql, functionName: `${name}_${hash}` };
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
    `select ${read.functionName}(${placeholders}) as result`,
    [...values],
  );
  return row?.result ?? null;
}

// Marks the functions installed here: a superseded one is dropped a day after it was superseded,
// when no process of the deploy before can still be running.
const MARK = 'jifen: bureau-wide read';
const SUPERSEDED = `${MARK}, superseded `;
const GRACE_MS = 24 * 60 * 60 * 1000;

/** What follows the function's name in its definition. */
function body(read: Pick<BureauWideRead, 'args' | 'sql'>): string {
  // A generic plan from the first call: the arguments only pick rows by key, so a plan made for
  // one member suits every member (the default would plan five calls afresh on each connection).
  return `(${read.args.join(', ')}) returns json
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
 * Creates each of `reads` not installed yet. An installed read no longer declared is marked
 * superseded, and dropped at the first migration a day later. Run as the owner, after the
 * migrations (db/database.ts); `now` is for tests.
 */
export async function installBureauWideReads(
  client: pg.ClientBase,
  reads: readonly BureauWideRead[],
  now = new Date(),
): Promise<void> {
  const { rows } = await client.query<{ signature: string; name: string; mark: string }>(
    `select p.oid::regprocedure::text as signature, p.proname as name,
            obj_description(p.oid, 'pg_proc') as mark
       from pg_proc p where p.pronamespace = current_schema()::regnamespace
        and obj_description(p.oid, 'pg_proc') like $1`,
    [`${MARK}%`],
  );
  const installed = new Map(rows.map((r) => [r.name, r.mark]));
  for (const read of reads) {
    const mark = installed.get(read.functionName);
    if (mark === MARK) continue;
    // Declared again after it was superseded (a deploy rolled back): kept, not dropped later.
    if (mark === undefined) await client.query(`create function ${read.functionName}${body(read)}`);
    await client.query(
      `comment on function ${read.functionName}(${read.args.join(', ')}) is '${MARK}'`,
    );
  }
  const declared = new Set(reads.map((r) => r.functionName));
  for (const row of rows) {
    if (declared.has(row.name)) continue;
    if (row.mark === MARK) {
      const mark = `${SUPERSEDED}${now.toISOString()}`;
      await client.query(`comment on function ${row.signature} is '${mark}'`);
    } else if (row.mark.startsWith(SUPERSEDED)) {
      const since = Date.parse(row.mark.slice(SUPERSEDED.length));
      if (!(now.getTime() - since < GRACE_MS)) await client.query(`drop function ${row.signature}`);
    }
  }
}
