// `pnpm bench`: how fast Jifen is at its real work, as ratios against floors measured in the same
// run. See tests/bench/README.md for what each figure means.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadData } from './data-stage.js';
import { openBenchDatabase } from './database.js';
import { parseOptions } from './options.js';
import { runScoringBench } from './scoring-bench.js';

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
    log(JSON.stringify(data.results));
    void scoring;
  } finally {
    await db.close();
  }
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
