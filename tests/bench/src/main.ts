// `pnpm bench`: how fast Jifen is at its real work, as ratios against floors measured in the same
// run. See tests/bench/README.md for what each figure means.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadData } from './data-stage.js';
import { openBenchDatabase } from './database.js';
import { login } from './graphql.js';
import { runLoad } from './load-test.js';
import { parseOptions } from './options.js';
import { ANALYST_QUERY } from './queries.js';
import { runReads } from './read-stage.js';
import { runScale } from './scale.js';
import { runScoringBench } from './scoring-bench.js';
import { startServer } from './server-process.js';
import { computeSummaries } from './summaries.js';
import { APP_PASSWORD, APP_ROLE } from './database.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = path.resolve(here, '../results');

function log(line: string): void {
  process.stdout.write(`bench: ${line}\n`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const started = Date.now();
  fs.mkdirSync(resultsDir, { recursive: true });
  log(
    `${options.mode} run: ${options.branches} branches × ${options.membersPerBranch} members × 12 months of ${options.year}; Node ${process.version}, ${os.cpus().length} cores`,
  );

  log(`scoring package benchmark (${options.scoringMemberYears.toLocaleString('en')} member-years)…`);
  const scoring = runScoringBench(options.scoringMemberYears);

  const db = await openBenchDatabase();
  log(`scratch database on PostgreSQL ${db.serverVersion} at ${db.where}`);
  try {
    const data = await loadData(db.owner, options, log);
    const { main: bureau, scale } = data;
    log('score summaries through the server\'s own refresh (facts loader → @jifen/scoring → upsert)…');
    const summaries = await computeSummaries(
      db.appUrl,
      [bureau, scale.small, scale.medium].map((b) => ({ bureauId: b.bureauId, year: b.year })),
    );
    log(
      `summaries: ${summaries.map((s) => `${s.members.toLocaleString('en')} members in ${s.ms} ms`).join('; ')}`,
    );
    await db.owner.query('vacuum analyze score_summary');

    const server = await startServer({
      ownerUrl: db.ownerUrl,
      appRole: APP_ROLE,
      appPassword: APP_PASSWORD,
      logFile: path.join(resultsDir, 'server.log.tmp'),
    });
    log(`server (dist/main.js, NODE_ENV=production) pid ${server.pid} at ${server.url}, RSS ${Math.round(server.rssMb())} MB`);
    try {
      const reads = await runReads(server, db.appUrl, { main: bureau, ...scale }, options, log);
      for (const r of reads.reads) log(JSON.stringify(r));
      log(JSON.stringify(reads.statementScaling));

      const analyst = await login(server.url, bureau.analystLogin, bureau.password);
      const loads = [];
      for (const connections of options.load.connections) {
        log(`load: autocannon, ${connections} connections, ≤ ${options.load.amount} requests / ${options.load.durationSeconds} s…`);
        const run = await runLoad(server, analyst, ANALYST_QUERY, { year: options.year }, {
          connections,
          amount: options.load.amount,
          durationSeconds: options.load.durationSeconds,
          settleMs: 5_000,
        });
        log(JSON.stringify(run));
        loads.push(run);
      }
      log('scale: the ranking at 1×, 3×, 10×…');
      const scaleResults = await runScale(
        server.url,
        db.appUrl,
        [scale.small, scale.medium, bureau],
        options.year,
        Math.max(3, Math.round(options.samples / 20)),
      );
      log(JSON.stringify(scaleResults));
      void scoring;
    } finally {
      await server.stop();
    }
  } finally {
    await db.close();
  }
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
