// Probe of one read question on two builds at once (not part of `pnpm bench`): this checkout's
// server and another checkout's (PROBE_OTHER, its root, built), both on the database kept by
// `BENCH_KEEP=1 pnpm bench`, asked in alternation, request by request, so that the machine's
// drift touches both alike. `PROBE_DATABASE=<owner url> PROBE_OTHER=/path/to/other
// pnpm --filter @jifen/bench run probe:ab`. PROBE_QUESTION: roster (default), member, first,
// sheet; PROBE_REQUESTS pairs (1,000) in PROBE_ROUNDS rounds (4). Prints each round's p50 of both
// and their ratio (this ÷ other), then all rounds together, and each server's CPU a request.
import { APP_PASSWORD, APP_ROLE } from '../data/database.js';
import { BENCH_PASSWORD } from '../data/data-stage.js';
import { login } from '../server/graphql.js';
import {
  firstPageVariables,
  memberYearGraphql,
  RANKING_QUERY,
  rosterGraphql,
  sheetGraphql,
} from '../reads/queries.js';
import { cpuOf } from '../server/process-cpu.js';
import { startServer } from '../server/server-process.js';
import { keptDatabaseUrl, largestBureauBranch } from './kept-database.js';
import { percentile } from '../stats.js';

const ownerUrl = keptDatabaseUrl();
const other = process.env['PROBE_OTHER'];
if (!other) throw new Error('PROBE_OTHER must name the root of another built checkout');
const question = process.env['PROBE_QUESTION'] ?? 'roster';
const requests = Number(process.env['PROBE_REQUESTS'] ?? 1000);
const rounds = Number(process.env['PROBE_ROUNDS'] ?? 4);
const year = 2021;

const main = await largestBureauBranch(ownerUrl);

const start = (checkout: string | undefined, name: string) =>
  startServer({
    ownerUrl,
    appRole: APP_ROLE,
    appPassword: APP_PASSWORD,
    logFile: `/tmp/jifen-ab-${name}.log`,
    checkout,
  });
const servers = [await start(undefined, 'this'), await start(other, 'other')];
try {
  const asks = await Promise.all(
    servers.map(async (server) => {
      const analyst = await login(server.url, `${main.code.toLowerCase()}-analyst`, BENCH_PASSWORD);
      const secretary = await login(server.url, main.secretary, BENCH_PASSWORD);
      const ask: Record<string, () => Promise<unknown>> = {
        roster: () => rosterGraphql(secretary, main.branch_id, year),
        member: () => memberYearGraphql(secretary, main.member_id, year),
        first: () => analyst.request(RANKING_QUERY, firstPageVariables(year)),
        // The scorekeeper's screen for the last month the generator recorded, as probe:reads asks it.
        sheet: () => sheetGraphql(secretary, main.branch_id, `${year}-11`),
      };
      const run = ask[question];
      if (!run) throw new Error(`PROBE_QUESTION must be one of ${Object.keys(ask).join(', ')}`);
      return run;
    }),
  );
  for (let i = 0; i < 50; i++) for (const run of asks) await run();
  const all: [number[], number[]] = [[], []];
  const cpu = servers.map((s) => cpuOf(s.pid) ?? 0);
  for (let round = 1; round <= rounds; round++) {
    const times: [number[], number[]] = [[], []];
    for (let i = 0; i < requests; i++) {
      // Which goes first alternates too.
      for (const side of i % 2 === 0 ? [0, 1] : [1, 0]) {
        const t = performance.now();
        await asks[side]!();
        times[side as 0 | 1].push(performance.now() - t);
      }
    }
    all[0].push(...times[0]);
    all[1].push(...times[1]);
    const [a, b] = times.map((t) => percentile(t, 50)) as [number, number];
    process.stdout.write(
      `probe: round ${round}: this ${a.toFixed(2)} ms, other ${b.toFixed(2)} ms, ratio ${(a / b).toFixed(3)}\n`,
    );
  }
  const [a, b] = all.map((t) => percentile(t, 50)) as [number, number];
  const used = servers.map((s, i) => ((cpuOf(s.pid) ?? 0) - cpu[i]!) / (requests * rounds));
  process.stdout.write(
    `probe: ${question}, all rounds: this ${a.toFixed(2)} ms, other ${b.toFixed(2)} ms, ratio ${(a / b).toFixed(3)}; server CPU a request: this ${used[0]!.toFixed(2)} ms, other ${used[1]!.toFixed(2)} ms\n`,
  );
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
