// The server under test: production's own entry (`dist/main.js` with the Node flags of the
// server's `start:prod` script, what `pnpm start` runs) as a child process on a
// loopback port, on the benchmark's database, as the app role with row-level security. A preload
// counts its SQL statements (server-preload.mjs); its resident memory is read from /proc.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const PRELOAD = path.join(here, 'server-preload.mjs');
/** Node's flags in production (`--expose-gc`, the young generation's size, …), from `start:prod`. */
const PRODUCTION_FLAGS = (
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'apps/server/package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts['start:prod']!.split(/\s+/).filter((word) => word.startsWith('--'));

export type StatementReply = {
  id: number;
  statements: number;
  queries: number;
  allocated: number;
  captured: string[] | null;
  memory: ServerMemory | null;
};
/** The server's memory in MB: resident, V8's heap (used, held) and outside it (process.memoryUsage). */
export type ServerMemory = {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
};
/** Statements sent so far, and the bytes V8 has allocated in the server since it started. */
export type StatementCount = { statements: number; queries: number; allocated: number };

export type ServerProcess = {
  url: string;
  pid: number;
  /** Statements the server has sent so far, and those of them that are not transaction control. */
  statements: () => Promise<StatementCount>;
  /** Starts recording statement texts (first 500). */
  capture: () => Promise<void>;
  /** Stops recording and returns what was recorded. */
  release: () => Promise<string[]>;
  /** Where the memory is, as the server sees it; after a full collection if `collected`. */
  memory: (collected: boolean) => Promise<ServerMemory>;
  /** Resident memory now, in MB (VmRSS). */
  rssMb: () => number;
  /** Peak resident memory since start or the last reset, in MB (VmHWM). */
  peakRssMb: () => number;
  /** Resets the peak (VmHWM) to the current RSS, where the kernel allows it. */
  resetPeak: () => boolean;
  stop: () => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as net.AddressInfo).port;
      probe.close(() => resolve(port));
    });
  });
}

function statusField(pid: number, field: string): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** A process's resident memory, read from /proc. */
export type ProcessMemory = Pick<ServerProcess, 'rssMb' | 'peakRssMb' | 'resetPeak'>;

export function processMemory(pid: number): ProcessMemory {
  return {
    rssMb: () => statusField(pid, 'VmRSS'),
    peakRssMb: () => statusField(pid, 'VmHWM'),
    resetPeak: () => {
      try {
        fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
        return true;
      } catch {
        return false;
      }
    },
  };
}

export async function startServer(opts: {
  ownerUrl: string;
  appRole: string;
  appPassword: string;
  logFile: string;
  /** Server processes on the port (WEB_CONCURRENCY); ready once every one of them serves. */
  processes?: number;
  /** Another checkout's built server (its root), for a probe that compares two builds. */
  checkout?: string;
}): Promise<ServerProcess> {
  const root = opts.checkout ?? repoRoot;
  const main = path.join(root, 'apps/server/dist/main.js');
  if (!fs.existsSync(main)) {
    throw new Error(`${main} is missing: run \`pnpm --filter @jifen/server build\``);
  }
  const port = await freePort();
  const log = fs.openSync(opts.logFile, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...PRODUCTION_FLAGS,
      // BENCH_SERVER_PROFILE=<dir>: the server writes a CPU profile there when it stops.
      ...(process.env['BENCH_SERVER_PROFILE']
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_SERVER_PROFILE']}`]
        : []),
      ...(process.env['BENCH_NODE_FLAGS']?.split(' ').filter(Boolean) ?? []),
      '--import',
      PRELOAD,
      main,
    ],
    {
      cwd: path.join(root, 'apps/server'),
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: opts.ownerUrl,
        APP_DB_ROLE: opts.appRole,
        APP_DB_PASSWORD: opts.appPassword,
        SESSION_SECRET: randomBytes(32).toString('hex'),
        SEED_DEMO: 'false',
        LOG_LEVEL: 'info',
        WEB_DIST: '/nonexistent',
        DATA_DIR: path.join(os.tmpdir(), 'jifen-bench-data'),
        WEB_CONCURRENCY: String(opts.processes ?? 1),
      },
      stdio: ['ignore', log, log, 'ipc'],
    },
  );
  fs.closeSync(log);
  let exited: string | null = null;
  child.once('exit', (code, signal) => {
    exited = `exited (${signal ?? code})`;
  });
  const url = `http://127.0.0.1:${port}`;
  // Each process loads the server on its own: more of them start slower on a busy machine.
  const deadline = Date.now() + 60_000 * (opts.processes ?? 1) * 2;
  for (;;) {
    if (exited) {
      throw new Error(`the server ${exited}; see ${opts.logFile}`);
    }
    try {
      const res = await fetch(`${url}/readyz`);
      // The banner comes once every process listens (one process: once it does).
      if (res.ok && fs.readFileSync(opts.logFile, 'utf8').includes('Jifen is running')) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`the server did not become ready; see ${opts.logFile}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  let nextId = 1;
  const pending = new Map<number, (reply: StatementReply) => void>();
  child.on('message', (message) => {
    const reply = message as StatementReply;
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  const ask = (command: string) =>
    new Promise<StatementReply>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ id, command });
    });
  const pid = child.pid!;
  return {
    url,
    pid,
    statements: async () => {
      const { statements, queries, allocated } = await ask('count');
      return { statements, queries, allocated };
    },
    capture: async () => {
      await ask('capture');
    },
    release: async () => (await ask('release')).captured ?? [],
    memory: async (collected) =>
      (await ask(collected ? 'memory-collected' : 'memory')).memory as ServerMemory,
    ...processMemory(pid),
    stop: async () => {
      if (exited) return;
      const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timeout);
    },
  };
}
