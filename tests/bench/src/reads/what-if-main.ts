// `pnpm --filter @jifen/bench run bench:what-if`: only the bureau-wide what-if, on the full-size
// bureau (BENCH_SCALE scales it), without the rest of the bench. Prints its figures; writes nothing.
import 'reflect-metadata';
import path from 'node:path';
import os from 'node:os';
import { loadData } from '../data/data-stage.js';
import { APP_PASSWORD, APP_ROLE, openBenchDatabase } from '../data/database.js';
import { parseOptions } from '../options.js';
import { startServer } from '../server/server-process.js';
import { runWhatIf } from './what-if.js';

const log = (line: string) => process.stdout.write(`bench: ${line}\n`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  log(
    `what-if only: ${options.branches} branches × ${options.membersPerBranch} members, load average ${os.loadavg()[0]?.toFixed(2)}`,
  );
  const db = await openBenchDatabase();
  try {
    const { main: bureau } = await loadData(db.owner, options, log);
    await db.owner.query('vacuum analyze');
    const server = await startServer({
      ownerUrl: db.ownerUrl,
      appRole: APP_ROLE,
      appPassword: APP_PASSWORD,
      logFile: path.join(os.tmpdir(), `jifen-what-if-${process.pid}.log`),
    });
    try {
      const result = await runWhatIf(server, bureau, 3);
      log(JSON.stringify(result));
    } finally {
      await server.stop();
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
