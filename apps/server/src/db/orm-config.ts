import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { tenantFilter } from '../tenancy/tenant-filter.js';
import { entities } from './entities.js';
import { DeferredBeginClient } from './connection/deferred-begin-client.js';
import { JifenPostgreSqlDriver } from './connection/postgres-driver.js';
import { migrationsList } from './migrations/index.js';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export type OrmLogger = (message: string) => void;

/** One MikroORM configuration for the app role, the owner (migrations) and the tests. */
export function ormConfig(
  clientUrl: string,
  opts: { debug?: boolean; pool?: number; onQuery?: OrmLogger } = {},
): Options {
  return defineConfig({
    clientUrl,
    driver: JifenPostgreSqlDriver,
    entities,
    extensions: [Migrator],
    // No global entity manager anywhere: every request (and test) works on its own fork.
    allowGlobalContext: false,
    filters: { [tenantFilter.name]: tenantFilter },
    // Each entity stands behind its own wall only. By default MikroORM joins a record's member to
    // apply the member's wall too, whose branch is the member's branch now: the branch a member
    // moved out of could no longer see (nor correct) their earlier months.
    autoJoinRefsForFilters: false,
    // Relation loads through `ref.load()` are batched per fork.
    dataloader: true,
    // Tests count statements through `onQuery` (lists must cost a constant number of them).
    debug: opts.onQuery ? ['query'] : (opts.debug ?? false),
    ...(opts.onQuery ? { logger: opts.onQuery, colors: false } : {}),
    pool: { min: 0, max: opts.pool ?? 10 },
    // pg's Pool options: waiting for a connection (the database down, or every connection busy)
    // ends in an error the server answers as SERVICE_UNAVAILABLE, instead of hanging the request.
    // A transaction's `begin` travels with its first statement
    // (connection/deferred-begin-client.ts).
    driverOptions: {
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      Client: DeferredBeginClient,
      // Statements sent while one is running (a read's commit answered at once, a refresh's next
      // batch, the facts' statements sent together) go on the wire at once, in order, as pg's
      // pipeline mode sends them; pg 9 drops the queue that held them back otherwise. kysely's
      // transactions send them as they come on such a connection (patches/kysely@0.29.6.patch).
      // The mode refuses cursors and query streams (a portal kept open across round trips): none
      // is used.
      pipeline: true,
      // Starting parallel workers costs about 35 ms on these machines; PostgreSQL's default
      // price (1,000 cost units) is about 3 ms of work here. The monthly sheet read its five
      // ledger tables through two workers in 37 ms, against 7 ms alone (bench bureau, 53
      // members). Statements big enough to gain from workers still get them.
      options: '-c parallel_setup_cost=10000',
    },
    // A branch's month (50 members × ~15 items, ~400 sign-ins) flushes as one INSERT per table,
    // so a save costs the same statements for a small branch as for a large one. 2,000 rows of
    // the widest table stay well under PostgreSQL's 65,535 bind parameters.
    batchSize: 2000,
    forceUtcTimezone: true,
    migrations: {
      path: migrationsDir,
      pathTs: migrationsDir,
      migrationsList,
      // Diffs are taken against a scratch database built from the migrations (see db/cli.ts), so
      // parallel branches of work never fight over a snapshot file.
      snapshot: false,
      silent: true,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
    },
    // Database functions are written by hand, in migrations or as reads declared in code
    // (tenancy/bureau-wide-read.ts: STABLE, with SET clauses, which routine metadata cannot say):
    // the schema diff leaves them alone.
    schemaGenerator: { ignoreRoutines: true },
  });
}
