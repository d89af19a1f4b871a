import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { installBureauWideReads } from '../tenancy/bureau-wide-read.js';
import { ensureAppRole, secureDatabase } from '../tenancy/row-level-security.js';
import { BUREAU_WIDE_READS } from './bureau-wide-reads.js';
import { startEmbeddedPostgres } from './postgres/embedded-postgres.js';
import { migrationsList } from './migrations/index.js';
import { ormConfig } from './orm-config.js';

/** A database problem at start-up, phrased as what to fix. */
export class DatabaseStartupError extends Error {}

export type DatabaseUrls = {
  /** Owns the tables: migrations and grants run as it. */
  ownerUrl: string;
  /** The app's run-time login: owns nothing, bound by row-level security. */
  appUrl: string;
  stop: () => Promise<void>;
};

export function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

export function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/** Connects once to say clearly why the database cannot be used, instead of a pool stack trace. */
export async function checkReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    const e = error as { code?: string; message: string };
    const where = describeUrl(url);
    const hint =
      e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || e.code === 'ETIMEDOUT'
        ? 'is PostgreSQL running there? Fix DATABASE_URL or unset it to use the embedded database'
        : e.code === '3D000'
          ? 'the database does not exist: create it (createdb) or fix DATABASE_URL'
          : e.code === '28P01' || e.code === '28000'
            ? 'the user or password was refused: fix DATABASE_URL'
            : 'check DATABASE_URL';
    throw new DatabaseStartupError(
      `Cannot use the database at ${where} (${e.code ?? e.message}): ${hint}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** DATABASE_URL when given, else an embedded PostgreSQL keeping its data under DATA_DIR. */
export async function provisionDatabase(
  config: Config,
  log: (msg: string) => void,
): Promise<DatabaseUrls> {
  let ownerUrl = config.DATABASE_URL;
  let stop: () => Promise<void> = async () => undefined;
  if (!ownerUrl) {
    const embedded = await startEmbeddedPostgres(config.DATA_DIR, log);
    ownerUrl = embedded.url;
    stop = embedded.stop;
    log(`embedded PostgreSQL started (${describeUrl(ownerUrl)}, data in ${config.DATA_DIR})`);
  }
  await checkReachable(ownerUrl);
  return {
    ownerUrl,
    appUrl: withCredentials(ownerUrl, config.APP_DB_ROLE, config.APP_DB_PASSWORD),
    stop,
  };
}

/**
 * Applies pending migrations as the owner, then the app role's grants, the RLS policies and the
 * reads kept as database functions (tenancy/bureau-wide-read.ts). Under an advisory lock:
 * replicas started together (each its own `pnpm start`) take turns, and the later ones find
 * nothing left to apply.
 */
export async function migrateDatabase(
  ownerUrl: string,
  appRole: string,
  appPassword: string,
): Promise<string[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtext('jifen:migrate'))`);
    const orm = await MikroORM.init(ormConfig(ownerUrl, { pool: 2 }));
    try {
      const applied = await orm.migrator.up();
      await ensureAppRole(client, appRole, appPassword);
      await secureDatabase(client, appRole);
      await installBureauWideReads(client, BUREAU_WIDE_READS);
      return applied.map((m) => m.name);
    } finally {
      await orm.close(true);
    }
  } finally {
    // Ending the connection releases the lock.
    await client.end();
  }
}

/** True when every migration the code knows has been applied (for /readyz). */
export async function migrationsApplied(orm: MikroORM): Promise<boolean> {
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<{ name: string }[]>('select name from mikro_orm_migrations');
  const done = new Set(rows.map((r) => r.name.replace(/\.(ts|js)$/, '')));
  return migrationsList.every((m) => done.has(m.name));
}
