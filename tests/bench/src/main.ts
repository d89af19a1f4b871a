// `pnpm bench`: how fast Jifen is at its real work, as ratios against floors measured in the same
// run. See tests/bench/README.md for what each figure means and how it is measured.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadData } from './data/data-stage.js';
import { APP_PASSWORD, APP_ROLE, openBenchDatabase } from './data/database.js';
import { login } from './server/graphql.js';
import { type LoadRun, runLoad } from './load/load-test.js';
import { parseOptions } from './options.js';
import { runPeerLoad } from './peer/peer-load.js';
import { ANALYST_QUERY } from './reads/queries.js';
import { runProcesses } from './load/processes.js';
import { runReads } from './reads/read-stage.js';
import { goalsOf } from './goals.js';
import { markdown, updateReadme, writeResults } from './report.js';
import type { BenchResults } from './results.js';
import { runScale } from './reads/scale.js';
import { runScoringBench } from './scoring-bench.js';
import { runStatisticsBench } from './reads/statistics.js';
import { startServer, type ServerMemory } from './server/server-process.js';
import { computeSummaries, refreshCpu } from './writes/summaries.js';
import { failedPublication, runPublication } from './writes/publication.js';
import { checkpoint } from './load/load.js';
import { runWhatIf } from './reads/what-if.js';
import { runWrites, type WriteResults } from './writes/writes.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = path.resolve(here, '../results');
const readmePath = path.resolve(here, '../../../README.md');

const METHOD = [
  'Data: a seeded generator builds the bureau (same seed, same rows and ids every run) and loads it as the owner with multi-row INSERTs; the floor is COPY of the same rows into an identical table set (LIKE … INCLUDING ALL: same columns, defaults, indexes, checks; no foreign keys or row-level security), after a CHECKPOINT each.',
  "Score summaries are computed by the server's own refreshYearSummaries (facts loader, @jifen/scoring, upserts) as the app role, one transaction per bureau, in a process of their own after the load's vacuum analyze and a CHECKPOINT; the main bureau a second time, as republishing the scheme does (every row updated).",
  "Publication: last of the server's stages, the main bureau's administrator creates a correction of the year's scheme effective from January and publishes it through GraphQL (createSchemeCorrection, then publishScheme, timed from request to answer after a CHECKPOINT); the publication rewrites every member's summaries in its transaction, which is checked after it.",
  'Server: apps/server/dist/main.js (what `pnpm start` runs) as a child process with NODE_ENV=production on 127.0.0.1, DATABASE_URL = the scratch database, app role under row-level security, LOG_LEVEL=info to a file.',
  'Statements per request: a preload in the server process (tests/bench/src/server/server-preload.mjs) counts every pg Client.query call, on both pg copies the server uses; "queries" leave out begin/commit/savepoint and set_config. The raw SQL side counts the statements it sends.',
  "Raw SQL: hand-written queries through pg as the app role, under the same row-level security, with the caller's scope set once per connection; samples alternate with the GraphQL ones.",
  "Wire floor: the raw-SQL side's own statements behind a bare node:http endpoint in its own process (tests/bench/src/reads/wire-floor-server.ts; no GraphQL, sign-in, ORM or per-request transaction), answering the server's JSON byte for byte to the same HTTP client; wire ÷ SQL is what HTTP and JSON alone cost.",
  "PostGraphile 5 (the peer, a devDependency of the bench only): the Amber preset over the same database in its own process (tests/bench/src/peer/postgraphile-server.ts, grafserv on node:http, NODE_ENV=production), connected as the app role; each request runs in a transaction with the caller's scope set through pgSettings from the server's own sessionVariables; its answers to (a), (a′) and (b) are checked equal to Jifen's (in Jifen's shape) before timing, and its samples alternate with the others.",
  'Load: autocannon in the bench process on 127.0.0.1, bounded by request count and time; RSS from /proc/<pid>/status (VmRSS sampled every 50 ms, VmHWM reset before each run), "after" read 5 s after the run.',
  "Load against the peer: after Jifen's runs, PostGraphile (as in item 2″, the analyst's scope) answers the same question in its own schema (top 50 by the total's key with names and the count), checked equal to Jifen's answer, under the first connection count for the same requests and time, alternated with Jifen's runs (PostGraphile, Jifen, PostGraphile: two runs a side with Jifen's first); goal: Jifen's req/s ≥ PostGraphile's, each side's runs taken together (requests ÷ time).",
  'Processes: the analyst query (item 4) after a 3 s warm-up, against a fresh server with WEB_CONCURRENCY=1 and then =2 (node:cluster, one port, workers forked once the database is migrated); scaling = req/s with 2 ÷ req/s with 1.',
  'Statistics: scoreStatistics grouped by branch (member count, mean total, band counts) for the whole bureau over HTTP as the analyst, against the same aggregate in one hand-written SQL statement over score_summary (exact totals, mean rounded half-up to two places, FILTERed band counts) as the app role under the same walls; both sides are checked to give every branch the same figures; samples alternate.',
  'Scale: three bureaus of the same shape in one database (1×, 3×, 10× the members); the whole ranking is walked page by page (500 a page) on both sides; growth exponent = log(time ratio) ÷ log(member ratio).',
];

/** Item 7's load: enough connections to keep two processes busy, for long enough to settle. */
const PROCESSES_LOAD = {
  quick: { connections: 20, durationSeconds: 10 },
  full: { connections: 20, durationSeconds: 20 },
};

function log(line: string): void {
  process.stdout.write(`bench: ${line}\n`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const started = Date.now();
  const loadAverage = Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
  fs.mkdirSync(resultsDir, { recursive: true });
  log(
    `${options.mode} run: ${options.branches} branches × ${options.membersPerBranch} members × 12 months of ${options.year}; Node ${process.version}, ${os.cpus().length} cores`,
  );

  log(
    `scoring package benchmark (${options.scoringMemberYears.toLocaleString('en')} member-years)…`,
  );
  const scoring = runScoringBench(
    options.scoringMemberYears,
    options.mode === 'quick' ? 'scoring-quick.json' : 'scoring.json',
  );

  const db = await openBenchDatabase();
  log(`scratch database on PostgreSQL ${db.serverVersion} at ${db.where}`);
  let results: BenchResults;
  try {
    const data = await loadData(db.owner, options, log);
    const { main: bureau, scale, sheets } = data;
    // A database in service has its statistics (autovacuum analyses a table soon after a bulk
    // load): the refresh's statements are planned on them, as the server's would be.
    await db.owner.query('vacuum analyze');
    // As before each load: the load's WAL and dirty pages are written out first, so that the
    // checkpoint they call for does not run on the two cores during the refresh.
    await checkpoint(db.owner);
    log(
      "score summaries through the server's own refresh (facts loader → @jifen/scoring → upsert), in a process of its own…",
    );
    const summaries = await computeSummaries(
      db.appUrl,
      [bureau, scale.small, scale.medium].map((b) => ({ bureauId: b.bureauId, year: b.year })),
      true,
    );
    log(
      `summaries: ${summaries.map((s) => `${s.members.toLocaleString('en')} members in ${s.ms} ms (${refreshCpu(s.cpu)})`).join('; ')}; the first again (every row updated) in ${summaries[0]?.again?.ms} ms`,
    );
    await db.owner.query('vacuum analyze');

    const server = await startServer({
      ownerUrl: db.ownerUrl,
      appRole: APP_ROLE,
      appPassword: APP_PASSWORD,
      logFile: path.join(resultsDir, 'server.log.tmp'),
    });
    log(
      `server: dist/main.js (NODE_ENV=production) pid ${server.pid} at ${server.url}, RSS ${Math.round(server.rssMb())} MB`,
    );
    // Where the server's memory stands after each stage: which one leaves resident memory behind.
    const memoryLine = (m: ServerMemory) =>
      `RSS ${m.rss} MB: V8 heap ${m.heapUsed} MB used of ${m.heapTotal} MB held, ${m.external} MB external (${m.arrayBuffers} MB array buffers)`;
    const logMemory = async (when: string) =>
      log(`server memory ${when}: ${memoryLine(await server.memory(false))}`);
    try {
      const reads = await runReads(server, db.appUrl, { main: bureau, ...scale }, options, log);
      for (const r of reads.reads) {
        log(
          `${r.question}: GraphQL p50 ${r.graphql.p50Ms} ms, SQL ${r.sql.p50Ms} ms → ${r.ratio}×${r.postgraphile ? `; PostGraphile ${r.postgraphile.p50Ms} ms → Jifen ÷ PostGraphile ${r.postgraphile.jifenRatio}×` : ''}; ${r.graphql.statementsPerRequest} statements per request`,
        );
      }

      await logMemory('after the reads');

      log('statistics: branch averages and band counts of the bureau, GraphQL and SQL…');
      const statistics = await runStatisticsBench(server, db.appUrl, bureau, options.samples);
      log(
        `${statistics.read.question}: GraphQL p50 ${statistics.read.graphql.p50Ms} ms, SQL ${statistics.read.sql.p50Ms} ms → ${statistics.read.ratio}× (${statistics.read.met ? 'met' : 'not met'})`,
      );

      await logMemory('after the statistics');

      log(`writes: ${options.sheets} monthly sheets through GraphQL and by raw INSERTs…`);
      let writes: WriteResults | { skipped: string };
      try {
        writes = await runWrites(
          server,
          db.appUrl,
          bureau.bureauId,
          sheets.main,
          { bureauId: scale.small.bureauId, plans: sheets.small },
          bureau.password,
          log,
        );
      } catch (error) {
        // A failing save is a result too: the rest of the run still reports.
        const message = error instanceof Error ? error.message : String(error);
        writes = {
          skipped: /GRAPHQL_VALIDATION_FAILED/.test(message)
            ? 'the server has no saveMonthlySheet mutation'
            : `the save failed: ${message.slice(0, 300)}`,
        };
        log(`writes not measured: ${message.slice(0, 300)}`);
      }

      await logMemory('after the writes');

      log('what-if: every member under the scheme in force and a draft, as the committee asks it…');
      const whatIf = await runWhatIf(server, bureau, options.mode === 'quick' ? 1 : 3);
      log(
        `what-if: ${whatIf.members.toLocaleString('en')} members (${whatIf.bandChanged} change band) in ${whatIf.p50Ms} ms at p50, ${whatIf.statementsPerRequest} statements`,
      );

      await logMemory('after the what-if');

      // The load begins after a quiet moment, as the analysts' hours follow the committee's
      // what-if: the server's idle collection (after 2 s) gives back what the stages before left,
      // the pages V8 keeps pooled after a collection among them (see idle-collector.ts).
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const analyst = await login(server.url, bureau.analystLogin, bureau.password);
      await logMemory('before the load');
      const load: LoadRun[] = [];
      // The same requests and time for every run, Jifen's and PostGraphile's.
      const loadOf = (connections: number) => ({
        connections,
        amount: options.load.amount,
        durationSeconds: options.load.durationSeconds,
        settleMs: 5_000,
      });
      for (const connections of options.load.connections) {
        log(
          `load: autocannon, ${connections} connections, ≤ ${options.load.amount} requests and ≤ ${options.load.durationSeconds} s…`,
        );
        const run = await runLoad(
          server,
          analyst,
          ANALYST_QUERY,
          { year: options.year },
          loadOf(connections),
        );
        log(
          `  ${run.requests} requests, ${run.requestsPerSecond} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, ${run.errors} errors; RSS ${run.rssMb.before} → ${run.rssMb.peak} → ${run.rssMb.after} MB`,
        );
        load.push(run);
      }
      await logMemory('after the load');
      log(`  after a full collection: ${memoryLine(await server.memory(true))}`);
      const [first] = options.load.connections;
      log(
        `load: PostGraphile, the same query, ${first} connections, alternated with Jifen (${options.load.peerRounds} runs each)…`,
      );
      const peerLoad = await runPeerLoad(
        analyst,
        { appUrl: db.appUrl, bureauId: bureau.bureauId, year: options.year },
        loadOf(first!),
        {
          rounds: options.load.peerRounds,
          jifenRun: () =>
            runLoad(server, analyst, ANALYST_QUERY, { year: options.year }, loadOf(first!)),
        },
      );
      log(`  ${peerLoad.check}`);
      peerLoad.runs.forEach((run, i) => {
        log(
          `  PostGraphile: ${run.requests} requests, ${run.requestsPerSecond} req/s, p50 ${run.p50Ms} ms, ${run.errors} errors`,
        );
        const again = peerLoad.jifen[i];
        if (again)
          log(
            `  Jifen again: ${again.requests} requests, ${again.requestsPerSecond} req/s, p50 ${again.p50Ms} ms, ${again.errors} errors`,
          );
      });

      log('scale: the whole ranking at 1×, 3×, 10× the members…');
      const scaleRanking = await runScale(
        server.url,
        db.appUrl,
        [scale.small, scale.medium, bureau],
        options.year,
        options.walks,
      );

      // Last: it rewrites the year's summaries under a new version of the scheme.
      log('publication: a correction of the scheme published through GraphQL…');
      const members = summaries[0]!.members;
      const publication = await runPublication(server.url, db.owner, bureau, members).catch(
        (error: unknown) => failedPublication(members, error),
      );
      log(
        publication.failed
          ? `  failed: ${publication.failed}`
          : `  ${publication.members} members in ${publication.ms} ms (${publication.membersPerSecond} members/s), ${publication.rewritten} year summaries rewritten`,
      );

      const partial: Omit<BenchResults, 'goals'> = {
        benchmark: 'jifen',
        date: new Date().toISOString(),
        mode: options.mode,
        scale: options.branches / 200,
        durationSeconds: Math.round((Date.now() - started) / 1000),
        environment: {
          node: process.version,
          cpus: os.cpus().length,
          memoryGb: Math.round(os.totalmem() / 1024 ** 3),
          postgres: db.serverVersion,
          where: db.where,
          loadAverage,
        },
        scoring,
        data: data.results,
        summaries,
        publication,
        reads,
        statistics,
        writes,
        whatIf,
        load,
        loadPeer: peerLoad.runs,
        loadAlternate: peerLoad.jifen,
        scaleRanking,
        method: METHOD,
      };
      results = { ...partial, goals: goalsOf(partial) };
    } finally {
      await server.stop();
    }
    log('processes: the analyst query with 1 and 2 server processes on one port…');
    const processes = await runProcesses(
      (count) =>
        startServer({
          ownerUrl: db.ownerUrl,
          appRole: APP_ROLE,
          appPassword: APP_PASSWORD,
          logFile: path.join(resultsDir, 'server.log.tmp'),
          processes: count,
        }),
      { analystLogin: bureau.analystLogin, password: bureau.password, year: options.year },
      PROCESSES_LOAD[options.mode === 'quick' ? 'quick' : 'full'],
      log,
    );
    results = { ...results, processes };
  } finally {
    await db.close();
  }

  const table = markdown(results);
  process.stdout.write(`\n${table}\n`);
  const full = results.mode === 'full' && results.scale === 1;
  writeResults(resultsDir, full ? 'latest' : `latest-${results.mode}`, results, table);
  if (full) {
    updateReadme(
      readmePath,
      table,
      'Run `pnpm bench` (about 5 minutes on 2 cores; `pnpm --filter @jifen/bench run bench:quick` for a tenth-size smoke run, `BENCH_SCALE=0.5 pnpm bench` to scale the bureau). It creates and drops its own database; results go to `tests/bench/results/latest.{json,md}` and the table below. How each figure is measured: [tests/bench/README.md](tests/bench/README.md).',
    );
  }
  const missed = results.goals.filter((g) => !g.met);
  log(
    `done in ${Math.round((Date.now() - started) / 1000)} s: ${results.goals.length - missed.length} of ${results.goals.length} goals met → ${path.join(resultsDir, full ? 'latest.md' : `latest-${results.mode}.md`)}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
