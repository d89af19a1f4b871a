import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../../../db/connection/database-unavailable.js';
import { sendReminders, type ReminderRun } from './reminders.service.js';

/** Held by the process sweeping; any other process or machine skips its turn meanwhile. */
const SWEEP_LOCK = `select pg_try_advisory_lock(hashtext('jifen:reminder-sweep')) as got`;

/**
 * One sweep of every bureau, unless another server (a worker, or another machine on the same
 * database) is sweeping: then `busy`, and nothing is sent twice. The lock is the owner
 * connection's, so it goes with that connection if this process dies mid-sweep.
 */
export async function sweepRemindersOnce(
  orm: MikroORM,
  ownerUrl: string,
): Promise<'busy' | Array<ReminderRun & { bureauId: string }>> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const { rows: lock } = await owner.query<{ got: boolean }>(SWEEP_LOCK);
    if (!lock[0]?.got) return 'busy';
    const { rows } = await owner.query<{ id: string }>('select id from bureau order by id');
    const runs: Array<ReminderRun & { bureauId: string }> = [];
    for (const { id } of rows) runs.push({ bureauId: id, ...(await sendReminders(orm, id)) });
    return runs;
  } finally {
    // Ending the session releases the lock.
    await owner.end().catch(() => undefined);
  }
}

/**
 * Sends every bureau's reminders every `minutes` minutes, from start-up. The app role sees one
 * bureau at a time, so the list of bureaus is read as the owner (ids only); each bureau's sweep
 * then runs as the app role inside that bureau's walls. Returns a function that stops it.
 */
export function startReminderSweep(
  orm: MikroORM,
  ownerUrl: string,
  minutes: number,
  log: Logger,
): () => Promise<void> {
  if (minutes <= 0) return async () => undefined;
  let running: Promise<void> | null = null;
  let outage = false;
  const sweep = async () => {
    try {
      const runs = await sweepRemindersOnce(orm, ownerUrl);
      if (runs === 'busy') log.debug('reminder sweep: another server is sweeping; skipped');
      else
        for (const run of runs)
          if (run.created || run.delivered || run.failed) log.info(run, 'reminders sent');
      if (outage) log.info('reminder sweep works again after a database outage');
      outage = false;
    } catch (error) {
      // An outage is not a bug: one warning without a stack when it starts, quiet until it ends.
      if (isDatabaseUnavailable(error)) {
        if (!outage)
          log.warn(
            { error: error instanceof Error ? error.message : String(error) },
            'reminder sweep: database unavailable; the next one retries',
          );
        outage = true;
      } else log.error({ err: error }, 'reminder sweep failed; the next one retries');
    }
  };
  const tick = () => {
    if (running) return;
    // sweep() catches its own failures; the catch here only keeps a surprise from crashing the process.
    running = sweep()
      .catch((error: unknown) => log.error({ err: error }, 'reminder sweep failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, minutes * 60_000);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
