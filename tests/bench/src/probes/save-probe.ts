// Probe of the monthly sheet save alone (`pnpm --filter @jifen/bench run probe:save`, not part of
// `pnpm bench`): the quick bureau, its summaries, the production server (BENCH_SERVER_PROFILE=<dir>
// for its CPU profile, which then holds the saves and little else), and item 3's write stage only.
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { loadData } from '../data/data-stage.js';
import { APP_PASSWORD, APP_ROLE, openBenchDatabase } from '../data/database.js';
import { parseOptions } from '../options.js';
import { startServer } from '../server/server-process.js';
import { computeSummaries } from '../writes/summaries.js';
import { runWrites } from '../writes/writes.js';

const log = (line: string) => process.stdout.write(`probe: ${line}\n`);
const options = parseOptions(['--quick'], process.env);
const db = await openBenchDatabase();
try {
  const { main: bureau, scale, sheets } = await loadData(db.owner, options, log);
  await computeSummaries(
    db.appUrl,
    [bureau, scale.small].map((b) => ({ bureauId: b.bureauId, year: b.year })),
  );
  await db.owner.query('vacuum analyze');
  const server = await startServer({
    ownerUrl: db.ownerUrl,
    appRole: APP_ROLE,
    appPassword: APP_PASSWORD,
    logFile: path.join(os.tmpdir(), 'save-probe-server.log'),
  });
  try {
    const writes = await runWrites(
      server,
      db.appUrl,
      bureau.bureauId,
      sheets.main,
      { bureauId: scale.small.bureauId, plans: sheets.small },
      bureau.password,
      log,
    );
    log(
      `save mean ${writes.graphql.meanMs} ms, raw ${writes.raw.meanMs} ms → ${writes.ratio}×, ${writes.graphql.statementsPerRequest} statements; load ${os.loadavg()[0]?.toFixed(2)}`,
    );
  } finally {
    await server.stop();
  }
} finally {
  await db.close();
}
