// Probe of one read question alone against a bureau kept by `BENCH_KEEP=1 pnpm bench` (not part of
// `pnpm bench`): `PROBE_DATABASE=<owner url> pnpm --filter @jifen/bench run probe:reads`. Starts the
// production server on that database (with BENCH_SERVER_PROFILE=<dir> it writes a CPU profile
// when it stops), asks PROBE_QUESTION (walk, first, analyst, roster, member, sheet, or me: the
// smallest signed-in request; first by default) PROBE_REQUESTS times one after another, and prints
// the p50, the statements and the CPU (the server's, all of PostgreSQL's) per request, and the p50
// of each hundred requests in turn. BENCH_NODE_FLAGS=--trace-gc-nvp writes each collection of the
// server to its log (/tmp/jifen-read-probe.log), with what it moved into the old generation.
import { BENCH_PASSWORD } from '../data/data-stage.js';
import { login } from '../server/graphql.js';
import {
  ANALYST_QUERY,
  firstPageVariables,
  memberYearGraphql,
  RANKING_QUERY,
  rankingGraphql,
  rosterGraphql,
  sheetGraphql,
} from '../reads/queries.js';
import { cpuOf, postgresCpu } from '../server/process-cpu.js';
import { keptDatabaseUrl, largestBureauBranch, startProbeServer } from './kept-database.js';
import { percentile } from '../stats.js';

const ownerUrl = keptDatabaseUrl();
const question = process.env['PROBE_QUESTION'] ?? 'first';
const requests = Number(process.env['PROBE_REQUESTS'] ?? 200);
// Requests before the timed ones (PROBE_WARMUP, 20 by default; the bench gives each question 5).
const warmUps = Number(process.env['PROBE_WARMUP'] ?? 20);
const year = 2021;

// The largest bureau's analyst; a branch of it, the branch's secretary and one of its members.
const main = await largestBureauBranch(ownerUrl);

const server = await startProbeServer(ownerUrl, 'read-probe');
try {
  const analyst = await login(server.url, `${main.code.toLowerCase()}-analyst`, BENCH_PASSWORD);
  const secretary = await login(server.url, main.secretary, BENCH_PASSWORD);
  const ask: Record<string, () => Promise<unknown>> = {
    walk: () => rankingGraphql(analyst, year),
    first: () => analyst.request(RANKING_QUERY, firstPageVariables(year)),
    // The load's query (item 4), one at a time.
    analyst: () => analyst.request(ANALYST_QUERY, { year }),
    roster: () => rosterGraphql(secretary, main.branch_id, year),
    member: () => memberYearGraphql(secretary, main.member_id, year),
    // The smallest signed-in request: what every request costs before its question.
    me: () => secretary.request('query Me { me { memberId displayName } }', {}),
    // The scorekeeper's screen for the last month the generator recorded.
    sheet: () => sheetGraphql(secretary, main.branch_id, `${year}-11`),
  };
  const run = ask[question];
  if (!run) throw new Error(`PROBE_QUESTION must be one of ${Object.keys(ask).join(', ')}`);
  for (let i = 0; i < warmUps; i++) await run();
  const before = await server.statements();
  const cpu = { server: cpuOf(server.pid) ?? 0, postgres: postgresCpu() };
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  const serverCpu = ((cpuOf(server.pid) ?? 0) - cpu.server) / requests;
  const postgres = (postgresCpu() - cpu.postgres) / requests;
  const after = await server.statements();
  // The p50 of each hundred requests in turn: how long the server takes to warm up.
  const windows = [];
  for (let i = 0; i < times.length; i += 100) windows.push(percentile(times.slice(i, i + 100), 50));
  process.stdout.write(
    `probe: ${question} × ${requests}: p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms; ${(after.statements - before.statements) / requests} statements a request; CPU a request: server ${serverCpu.toFixed(2)} ms, PostgreSQL ${postgres.toFixed(2)} ms; allocated a request: ${Math.round((after.allocated - before.allocated) / requests / 1024).toLocaleString('en')} KB\n` +
      `probe: p50 of each hundred: ${windows.map((w) => w.toFixed(2)).join(' ')}\n`,
  );
} finally {
  await server.stop();
}
