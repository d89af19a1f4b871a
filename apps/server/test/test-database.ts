import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { inject } from 'vitest';
import { migrateDatabase, withCredentials } from '../src/db/database.js';
import { ormConfig } from '../src/db/orm-config.js';
import { createScratchDatabase } from '../src/db/postgres-server.js';

export const TEST_APP_ROLE = 'jifen_app';
export const TEST_APP_PASSWORD = 'jifen_app_password';

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
  close: () => Promise<void>;
};

/**
 * A fresh database for one test file, built from the migrations exactly as production builds it
 * (owner migrates, app role gets grants and RLS), dropped afterwards: files run in parallel.
 */
export async function createTestDatabase(
  opts: { onQuery?: (sql: string) => void } = {},
): Promise<TestDatabase> {
  const scratch = await createScratchDatabase(inject('postgresAdminUrl'), 'jifen_test');
  await migrateDatabase(scratch.url, TEST_APP_ROLE, TEST_APP_PASSWORD);
  const appUrl = withCredentials(scratch.url, TEST_APP_ROLE, TEST_APP_PASSWORD);
  const orm = await MikroORM.init(ormConfig(appUrl, { pool: 4, onQuery: opts.onQuery }));
  const owner = new pg.Pool({ connectionString: scratch.url, max: 2 });
  // Dropping the database ends the owner's idle connections; pg reports that on the pool, where
  // an unheard 'error' would be an uncaught exception in whichever test file runs next.
  owner.on('error', () => undefined);
  return {
    ownerUrl: scratch.url,
    appUrl,
    orm,
    ownerQuery: async (sql, params) => (await owner.query(sql, params)).rows,
    close: async () => {
      await orm.close(true);
      await owner.end();
      await scratch.drop();
    },
  };
}
