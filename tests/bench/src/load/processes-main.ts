// `pnpm --filter @jifen/bench run bench:processes`: only item 8 (the analyst query with 1 and 2
// server processes), on the quick bench's bureau (BENCH_SCALE scales it). Prints; writes nothing.
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { loadData } from '../data/data-stage.js';
import { APP_PASSWORD, APP_ROLE, openBenchDatabase } from '../data/database.js';
import { parseOptions } from '../options.js';
import { runProcesses } from './processes.js';
import { startServer } from '../server/server-process.js';
import { computeSummaries } from '../writes/summaries.js';

const log = (line: string) => process.stdout.write(`bench: ${line}\n`);

async function main(): Promise<void> {
  const options = parseOptions(['--quick', ...process.argv.slice(2)], process.env);
  log(
    `processes only: ${options.branches} branches × ${options.membersPerBranch} members, ${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(2)}`,
  );
  const db = await openBenchDatabase();
  try {
    const { main: bureau } = await loadData(db.owner, options, log);
    await computeSummaries(db.appUrl, [{ bureauId: bureau.bureauId, year: bureau.year }]);
    await db.owner.query('vacuum analyze');
    const result = await runProcesses(
      (count) =>
        startServer({
          ownerUrl: db.ownerUrl,
          appRole: APP_ROLE,
          appPassword: APP_PASSWORD,
          logFile: path.join(os.tmpdir(), `jifen-processes-${process.pid}.log`),
          processes: count,
        }),
      { analystLogin: bureau.analystLogin, password: bureau.password, year: options.year },
      { connections: 20, durationSeconds: 15 },
      log,
    );
    log(JSON.stringify(result));
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
