import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, loadEmbeddedPostgres } from '../../src/db/postgres/embedded-postgres.js';

export type CrashablePostgres = {
  /** Superuser URL of the `postgres` database. */
  adminUrl: string;
  /** SIGKILLs the postmaster and every process of the server at once: a crash, not a shutdown. */
  crash: () => Promise<void>;
  /** Starts the server again on the same data and port; resolves when it accepts connections. */
  restart: () => Promise<void>;
  stop: () => Promise<void>;
};

function processExists(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // A zombie (state Z) has already died; only its exit status is left to collect.
    return !/^\d+ \(.*\) Z /.test(stat);
  } catch {
    return false;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when there is none
  }
}

/** A PostgreSQL server of its own (the embedded-postgres binaries), for killing. */
export async function startCrashablePostgres(): Promise<CrashablePostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jifen-fault-pg-'));
  // mkdtemp makes it private to us; PostgreSQL may run as another user (never as root).
  fs.chmodSync(dir, 0o755);
  const databaseDir = path.join(dir, 'postgres');
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'jifen-fault',
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  return {
    adminUrl: `postgresql://postgres:jifen-fault@127.0.0.1:${port}/postgres`,
    crash: async () => {
      const postmaster = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
      const all = [postmaster, ...childrenOf(postmaster)];
      for (const pid of all) process.kill(pid, 'SIGKILL');
      const deadline = Date.now() + 10_000;
      while (all.some(processExists)) {
        if (Date.now() > deadline) throw new Error('PostgreSQL processes outlived SIGKILL');
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    restart: async () => {
      // A killed server leaves its pid file; PostgreSQL would take it for a running one.
      fs.rmSync(pidFile, { force: true });
      await pg.start();
    },
    stop: async () => {
      await pg.stop().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
