// The benchmark's own scratch database: on DATABASE_URL's server, else 127.0.0.1:5432, else an
// embedded PostgreSQL; migrated exactly as production migrates (owner runs the migrations, the app
// role gets its grants and the row-level security policies); dropped at the end.
import pg from 'pg';
import { migrateDatabase, withCredentials } from '../../../../apps/server/src/db/database.js';
import {
  createScratchDatabase,
  findPostgresServer,
} from '../../../../apps/server/src/db/postgres/postgres-server.js';
import { sessionVariables } from '../../../../apps/server/src/tenancy/tenant-scope.js';

export const APP_ROLE = 'jifen_app';
export const APP_PASSWORD = 'jifen_app_password';

export type BenchDatabase = {
  ownerUrl: string;
  appUrl: string;
  where: string;
  serverVersion: string;
  owner: pg.Client;
  close: () => Promise<void>;
};

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const server = await findPostgresServer();
  const scratch = await createScratchDatabase(server.adminUrl, 'jifen_bench');
  try {
    await migrateDatabase(scratch.url, APP_ROLE, APP_PASSWORD);
    const owner = new pg.Client({ connectionString: scratch.url });
    await owner.connect();
    const version = await owner.query<{ v: string }>(
      "select current_setting('server_version') as v",
    );
    const u = new URL(scratch.url);
    return {
      ownerUrl: scratch.url,
      appUrl: withCredentials(scratch.url, APP_ROLE, APP_PASSWORD),
      where: `${u.hostname}:${u.port || 5432}`,
      serverVersion: version.rows[0]?.v ?? '?',
      owner,
      close: async () => {
        await owner.end().catch(() => undefined);
        // BENCH_KEEP=1 keeps the loaded bureau for profiling one question against it afterwards.
        if (process.env['BENCH_KEEP'] === '1')
          console.error(`kept the bench database ${scratch.url}`);
        else await scratch.drop();
        await server.stop();
      },
    };
  } catch (error) {
    await scratch.drop().catch(() => undefined);
    await server.stop().catch(() => undefined);
    throw error;
  }
}

/**
 * A connection for the hand-written SQL baselines: the app role, under row-level security, with
 * the caller's scope (the bureau, and every branch or the listed ones) set once for the session,
 * as a hand-tuned client would. Every request is then the query alone.
 */
export async function rawSqlClient(
  appUrl: string,
  bureauId: string,
  branchIds: readonly string[] | '*' = '*',
): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  // The server's own mapping from a scope to the session variables row-level security reads.
  const variables = Object.entries(
    sessionVariables({ bureauId, branchIds: branchIds === '*' ? 'all' : branchIds }),
  );
  await client.query(
    `select ${variables.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, false)`).join(', ')}`,
    variables.flat(),
  );
  return client;
}

/** Counts the statements a pg client sends (the baselines' "statements per request"). */
export function countStatements(client: pg.Client): { count: () => number } {
  let n = 0;
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
    n++;
    return original(...args);
  };
  return { count: () => n };
}
