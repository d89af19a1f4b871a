import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export type PostgresServer = { adminUrl: string; stop: () => Promise<void> };

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A PostgreSQL server for scratch databases (tests, migration diffs): DATABASE_URL when set, else
 * the local server on 127.0.0.1:5432 when reachable, else an embedded one in a temporary folder.
 */
export async function findPostgresServer(): Promise<PostgresServer> {
  const fromEnv = process.env['DATABASE_URL'];
  if (fromEnv) return { adminUrl: fromEnv, stop: async () => undefined };
  const local = 'postgresql://postgres@127.0.0.1:5432/postgres';
  if (await reachable(local)) return { adminUrl: local, stop: async () => undefined };
  const dir = path.join(os.tmpdir(), `jifen-scratch-pg-${process.pid}`);
  const embedded = await startEmbeddedPostgres(dir, () => undefined);
  return { adminUrl: embedded.url, stop: embedded.stop };
}

export type ScratchDatabase = { url: string; name: string; drop: () => Promise<void> };

/** Creates an empty database with a unique name on `adminUrl`'s server. */
export async function createScratchDatabase(
  adminUrl: string,
  prefix: string,
): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}
