// Starts PostGraphile 5 (postgraphile-server.ts) as a child process beside the server under test,
// so neither shares an event loop with the bench that times them.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PostGraphileConfig } from './postgraphile-server.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export type PostGraphilePeer = { url: string; pid: number; stop: () => Promise<void> };

export async function startPostGraphile(config: PostGraphileConfig): Promise<PostGraphilePeer> {
  // The bench runs its TypeScript through a loader (`--import …`): the child gets the same flags.
  const child = fork(path.join(here, 'postgraphile-server.ts'), [], {
    execArgv: process.execArgv,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'production',
      // Grafast's production mode, said outright (it warns when left to infer it).
      GRAPHILE_ENV: 'production',
      POSTGRAPHILE_PEER: JSON.stringify(config),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`PostGraphile exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.disconnect();
      await exited;
    },
  };
}
