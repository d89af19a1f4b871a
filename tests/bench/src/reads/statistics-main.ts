// `pnpm --filter @jifen/bench run bench:statistics`: only the statistics benchmark (item 7), on
// the full-size bureau (BENCH_SCALE scales it), without the rest of the bench. Prints its figures
// and whether the goal is met; writes nothing.
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { loadData } from '../data/data-stage.js';
import { APP_PASSWORD, APP_ROLE, openBenchDatabase } from '../data/database.js';
import { parseOptions } from '../options.js';
import { startServer } from '../server/server-process.js';
import { runStatisticsBench } from './statistics.js';
import { computeSummaries } from '../writes/summaries.js';

const log = (line: string) => process.stdout.write(`bench: ${line}\n`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  log(
    `statistics only: ${options.branches} branches × ${options.membersPerBranch} members, load average ${os.loadavg()[0]?.toFixed(2)}`,
  );
  const db = await openBenchDatabase();
  try {
    const { main: bureau } = await loadData(db.owner, options, log);
    const [summaries] = await computeSummaries(db.appUrl, [
      { bureauId: bureau.bureauId, year: bureau.year },
    ]);
    log(`summaries: ${summaries!.members} members in ${summaries!.ms} ms`);
    await db.owner.query('vacuum analyze');
    const server = await startServer({
      ownerUrl: db.ownerUrl,
      appRole: APP_ROLE,
      appPassword: APP_PASSWORD,
      logFile: path.join(os.tmpdir(), `jifen-statistics-${process.pid}.log`),
    });
    try {
      const { read, check } = await runStatisticsBench(server, db.appUrl, bureau, options.samples);
      log(check);
      log(
        `${read.question}: GraphQL p50 ${read.graphql.p50Ms} ms (p99 ${read.graphql.p99Ms}), SQL p50 ${read.sql.p50Ms} ms (p99 ${read.sql.p99Ms}) → ${read.ratio}× (goal ≤ ${read.goal}: ${read.met ? 'met' : 'NOT met'}); ${read.graphql.statementsPerRequest} statements per request`,
      );
      log(JSON.stringify(read));
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
