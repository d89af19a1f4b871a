import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_APP_PASSWORD, TEST_APP_ROLE } from '../test-database.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE_HOOKS = path.join(serverDir, 'scripts/source-hooks.mjs');

export type ServerProcess = {
  url: string;
  /** Every log line so far (JSON, one an event), stdout and stderr. */
  lines: string[];
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `src/main.ts` as `pnpm dev` runs it (sources, no build), in a process of its own on
 * `ownerUrl`, as `pnpm start` would on that database; resolves once it printed that it runs.
 */
export async function startServerProcess(
  ownerUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', SOURCE_HOOKS, '--conditions=source', 'src/main.ts'],
    {
      cwd: serverDir,
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: ownerUrl,
        APP_DB_ROLE: TEST_APP_ROLE,
        APP_DB_PASSWORD: TEST_APP_PASSWORD,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'info',
        WEB_DIST: '/nonexistent',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  let exited = false;
  const ready = new Promise<void>((resolve, reject) => {
    const take = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        lines.push(line);
        if (line.includes('Jifen is running')) resolve();
      }
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    child.once('exit', (code) => {
      exited = true;
      reject(new Error(`the server exited (${code}) before it ran:\n${lines.join('\n')}`));
    });
  });
  // Generous: every process compiles the sources at start, and the machine may be busy.
  const timer = setTimeout(() => child.kill('SIGKILL'), 200_000);
  await ready.finally(() => clearTimeout(timer));
  return {
    url: `http://127.0.0.1:${port}`,
    lines,
    stop: async () => {
      if (exited) return;
      const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await done;
      clearTimeout(kill);
    },
  };
}
