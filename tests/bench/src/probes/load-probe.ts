// Probe of item 4 alone against a bureau kept by `BENCH_KEEP=1 pnpm bench` (not part of
// `pnpm bench`): `PROBE_DATABASE=<owner url> pnpm --filter @jifen/bench run probe:load`. Starts the
// production server on that database (BENCH_SERVER_PROFILE=<dir> writes its CPU profile) and, as
// the bench does, after PROBE_PAUSE_MS (3,000) idle alternates PROBE_ROUNDS (2) runs each of the
// analyst query at 10 connections, Jifen's first, PROBE_REQUESTS (3,000) requests a run; prints
// each run's req/s and the goal's verdict.
import pg from 'pg';
import { APP_PASSWORD, APP_ROLE } from '../data/database.js';
import { BENCH_PASSWORD } from '../data/data-stage.js';
import { withCredentials } from '../../../../apps/server/src/db/database.js';
import { type LoadRun, runLoad } from '../load/load-test.js';
import { runPeerLoad } from '../peer/peer-load.js';
import { ANALYST_QUERY } from '../reads/queries.js';
import { login } from '../server/graphql.js';
import { keptDatabaseUrl, LARGEST_BUREAU, startProbeServer } from './kept-database.js';
import { peerLoadGoal } from '../goals.js';

const ownerUrl = keptDatabaseUrl();
const rounds = Number(process.env['PROBE_ROUNDS'] ?? 2);
const amount = Number(process.env['PROBE_REQUESTS'] ?? 3_000);
const pause = Number(process.env['PROBE_PAUSE_MS'] ?? 3_000);
const year = 2021;

// The largest bureau, as the bench's load asks it.
const owner = new pg.Client({ connectionString: ownerUrl });
await owner.connect();
const { rows } = await owner.query<{ id: string; code: string }>(
  `select bu.id, bu.code from bureau bu
    where bu.id = ${LARGEST_BUREAU}`,
);
await owner.end();
const bureau = rows[0]!;

const server = await startProbeServer(ownerUrl, 'load-probe');
try {
  const analyst = await login(server.url, `${bureau.code.toLowerCase()}-analyst`, BENCH_PASSWORD);
  const load = { connections: 10, amount, durationSeconds: 30, settleMs: 500 };
  await runLoad(server, analyst, ANALYST_QUERY, { year }, { ...load, amount: 500 });
  // A quiet moment first, as in the bench: the server's idle collection runs (idle-collector.ts).
  await new Promise((resolve) => setTimeout(resolve, pause));
  const first = await runLoad(server, analyst, ANALYST_QUERY, { year }, load);
  const appUrl = withCredentials(ownerUrl, APP_ROLE, APP_PASSWORD);
  const peer = await runPeerLoad(analyst, { appUrl, bureauId: bureau.id, year }, load, {
    rounds,
    jifenRun: () => runLoad(server, analyst, ANALYST_QUERY, { year }, load),
  });
  const jifen = [first, ...peer.jifen];
  const each = (runs: LoadRun[]) => runs.map((run) => run.requestsPerSecond).join(', ');
  const goal = peerLoadGoal(jifen, peer.runs);
  process.stdout.write(
    `probe: load, Jifen ${each(jifen)} req/s, PostGraphile ${each(peer.runs)} req/s: ${goal.detail}\n`,
  );
} finally {
  await server.stop();
}
