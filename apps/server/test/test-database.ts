import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { inject } from 'vitest';
import { withCredentials } from '../src/db/database.js';
import { ormConfig } from '../src/db/orm-config.js';
import {
  cloneDatabase,
  databaseUrl,
  TEST_APP_PASSWORD,
  TEST_APP_ROLE,
  withAdmin,
  type TemplateName,
} from './template-admin.js';

export { TEST_APP_PASSWORD, TEST_APP_ROLE, type TemplateName } from './template-admin.js';

export type TestDatabase = {
  /** Owner (superuser) URL: for set-up and for checking what is really stored. */
  ownerUrl: string;
  /** The app role's URL: what the server under test uses, bound by RLS. */
  appUrl: string;
  /** An ORM connected as the app role, like production. */
  orm: MikroORM;
  /** Runs SQL as the owner (bypassing the walls): to set up or to check what is really stored. */
  ownerQuery: <R extends pg.QueryResultRow = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ) => Promise<R[]>;
  /** Closes the connections and drops the database, or with `keepAs` renames it to that name. */
  close: (opts?: { keepAs?: string }) => Promise<void>;
};

/** A database a factory arranged once per run (factories/arranged.ts), cloned like a template. */
export type ArrangedTemplate = { database: string };

export type TestDatabaseOptions = {
  /**
   * The state to start from (built once per run, see templates.ts): `migrated` (empty, the
   * default), `roster` (the demo bureau), `ledger` (the demo bureau with its scheme and ledger),
   * `two-bureaus` (that and a second bureau); or a state a factory arranged once per run.
   */
  template?: TemplateName | ArrangedTemplate;
  onQuery?: (sql: string) => void;
};

/**
 * A database of its own for one test file, cloned from a template built from the migrations
 * exactly as production builds them (owner migrates, app role gets grants and RLS), dropped
 * afterwards: files run in parallel.
 */
export async function createTestDatabase(opts: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `jifen_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const template = opts.template ?? 'migrated';
  await cloneDatabase(
    adminUrl,
    typeof template === 'string' ? inject('templates')[template] : template.database,
    name,
  );
  const ownerUrl = databaseUrl(adminUrl, name);
  const appUrl = withCredentials(ownerUrl, TEST_APP_ROLE, TEST_APP_PASSWORD);
  const orm = await MikroORM.init(ormConfig(appUrl, { pool: 4, onQuery: opts.onQuery }));
  const owner = new pg.Pool({ connectionString: ownerUrl, max: 2 });
  // Dropping the database ends the owner's idle connections; pg reports that on the pool, where
  // an unheard 'error' would be an uncaught exception in whichever test file runs next.
  owner.on('error', () => undefined);
  return {
    ownerUrl,
    appUrl,
    orm,
    ownerQuery: async (sql, params) => (await owner.query(sql, params)).rows,
    close: async ({ keepAs } = {}) => {
      await orm.close(true);
      await owner.end();
      await withAdmin(adminUrl, (c) =>
        c.query(
          keepAs
            ? `alter database "${name}" rename to "${keepAs}"`
            : `drop database if exists "${name}" with (force)`,
        ),
      );
    },
  };
}
