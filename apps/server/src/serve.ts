import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { ConfigError, type Config } from './config.js';
import type { DatabaseUrls } from './db/database.js';
import { ormConfig } from './db/orm-config.js';
import { createHttpApp } from './http/create-http-app.js';
import { startReminderSweep } from './modules/tasks/reminders/reminder-sweep.js';

export type Serving = { port: number; stop: () => Promise<void> };

/**
 * One server process on a migrated database: the ORM, the HTTP app on PORT (shared with the
 * other processes under node:cluster) and, when `reminders` says so, the reminder sweep (one
 * process sweeps, so a reminder is not posted once per process).
 */
export async function serve(
  config: Config,
  database: DatabaseUrls,
  log: Logger,
  opts: { reminders: boolean },
): Promise<Serving> {
  const orm = await MikroORM.init(ormConfig(database.appUrl));
  const { server, apollo, statistics } = await createHttpApp(orm, config, log, database.ownerUrl);
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
  const stopReminders = startReminderSweep(
    orm,
    database.ownerUrl,
    config.NODE_ENV === 'test' || !opts.reminders ? 0 : config.REMINDER_INTERVAL_MINUTES,
    log,
  );
  return {
    port,
    stop: async () => {
      // Stopping Apollo runs its drain plugin: the server closes and in-flight requests finish.
      await apollo.stop();
      await stopReminders();
      await statistics.settled();
      await orm.close(true);
    },
  };
}
