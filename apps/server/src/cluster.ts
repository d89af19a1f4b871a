import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

/** Set in a worker's environment when it is the one that sweeps reminders (serve.ts). */
export const REMINDER_WORKER_ENV = 'JIFEN_REMINDER_WORKER';
/** How long the primary waits for a worker to finish its requests before killing it. */
const STOP_GRACE_MS = 30_000;

type WorkerMessage = { type: 'listening'; port: number };

/**
 * The primary of `WEB_CONCURRENCY` server processes on one port (node:cluster hands each
 * connection to a worker in turn). It has already migrated and seeded the database, so workers
 * only serve; it forks them, replaces one that dies, and stops them all on a signal. A worker that
 * dies before it ever listened stops the whole start: a broken start-up would only die again.
 */
export async function runPrimary(
  count: number,
  env: Record<string, string>,
  log: Logger,
): Promise<{ port: number; stop: () => Promise<void> }> {
  let stopping = false;
  /** Every first worker listened: from then on a dead worker is replaced, whatever its end. */
  let up = false;
  const listening = new Set<number>();
  let startFailed: (error: Error) => void = () => undefined;
  let allListening: (port: number) => void = () => undefined;
  const started = new Promise<number>((resolve, reject) => {
    allListening = resolve;
    startFailed = reject;
  });

  const fork = (reminders: boolean): Worker => {
    const worker = cluster.fork({ ...env, [REMINDER_WORKER_ENV]: reminders ? 'true' : 'false' });
    let everListened = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message?.type !== 'listening') return;
      everListened = true;
      listening.add(worker.id);
      if (listening.size === count && !up) {
        up = true;
        allListening(message.port);
      }
    });
    worker.on('exit', (code, signal) => {
      listening.delete(worker.id);
      if (stopping) return;
      if (!everListened && !up) {
        startFailed(new Error(`a server process failed to start (exit ${code ?? signal})`));
        return;
      }
      log.error({ pid: worker.process.pid, code, signal }, 'server process died; starting another');
      // Ctrl-C reaches the workers too: one may exit before the primary hears its own signal.
      setTimeout(() => {
        if (!stopping) fork(reminders);
      }, 1000).unref();
    });
    return worker;
  };

  for (let i = 0; i < count; i++) fork(i === 0);
  const stop = async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            const kill = setTimeout(() => worker.process.kill('SIGKILL'), STOP_GRACE_MS);
            worker.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  };
  try {
    return { port: await started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** In a worker: tells the primary it serves. */
export function reportListening(port: number): void {
  process.send?.({ type: 'listening', port } satisfies WorkerMessage);
}
