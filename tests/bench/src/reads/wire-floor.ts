// Starts the wire floor (wire-floor-server.ts) as a child process beside the server under test,
// so neither shares an event loop with the bench that times them.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WireFloorConfig } from './wire-floor-server.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export type WireFloor = { url: string; stop: () => Promise<void> };

export async function startWireFloor(config: WireFloorConfig): Promise<WireFloor> {
  // The bench runs its TypeScript through a loader (`--import …`): the child gets the same flags.
  const child = fork(path.join(here, 'wire-floor-server.ts'), [], {
    execArgv: process.execArgv,
    env: { PATH: process.env['PATH'] ?? '', WIRE_FLOOR: JSON.stringify(config) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the wire floor exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.disconnect();
      await exited;
    },
  };
}
