// Probe of the publication (not part of `pnpm bench`): `PROBE_DATABASE=<owner url> pnpm --filter
// @jifen/bench run probe:publish` on a bureau kept by `BENCH_KEEP=1 pnpm bench`. Starts the
// production server on that database (with BENCH_SERVER_PROFILE=<dir> it writes a CPU profile
// when it stops) and, PROBE_ROUNDS times (3 by default), has the largest bureau's administrator
// publish a correction of the year's scheme through GraphQL, as the bench's last stage does. Each
// round prints the wall time beside the server's CPU and all of PostgreSQL's. PROBE_READS=n asks
// the ranking's first page n times before the first round, as a server that has answered
// requests would have. PROBE_CORRECTION=volunteer publishes corrections that change totals: 志愿服务
// at 2 points in odd rounds, back to the year's scheme in even ones (the bench's correction
// changes nothing); each round prints how many summaries' totals moved.
import pg from 'pg';
import { BENCH_PASSWORD } from '../data/data-stage.js';
import { firstPageVariables, RANKING_QUERY } from '../reads/queries.js';
import { login } from '../server/graphql.js';
import { cpuOf, postgresCpu } from '../server/process-cpu.js';
import { keptDatabaseUrl, startProbeServer } from './kept-database.js';
import { runPublication } from '../writes/publication.js';
import { benchSchemeDefinition, benchSchemeWithVolunteerAtTwo } from '../data/generate.js';

const ownerUrl = keptDatabaseUrl();
const rounds = Number(process.env['PROBE_ROUNDS'] ?? 3);
const reads = Number(process.env['PROBE_READS'] ?? 0);
const year = 2021;
const log = (line: string) => process.stdout.write(`probe: ${line}\n`);

const owner = new pg.Client({ connectionString: ownerUrl });
await owner.connect();
const { rows } = await owner.query<{ bureau_id: string; code: string; members: string }>(
  `select s.bureau_id, bu.code, count(*) as members
     from score_summary s join bureau bu on bu.id = s.bureau_id
    where s.year = $1 and s.period = 'year'
    group by s.bureau_id, bu.code order by count(*) desc limit 1`,
  [year],
);
const main = rows[0]!;

/** The scheme of a changing correction: 志愿服务 at 2 points in odd rounds, as it was in even. */
const correctionOf = (round: number) =>
  round % 2 === 0 ? benchSchemeDefinition(year) : benchSchemeWithVolunteerAtTwo(year);
const server = await startProbeServer(ownerUrl, 'publish-probe');
try {
  const bureau = {
    bureauId: main.bureau_id,
    year,
    adminLogin: `${main.code.toLowerCase()}-admin`,
    password: BENCH_PASSWORD,
  };
  if (reads > 0) {
    const analyst = await login(server.url, `${main.code.toLowerCase()}-analyst`, BENCH_PASSWORD);
    for (let i = 0; i < reads; i++) await analyst.request(RANKING_QUERY, firstPageVariables(year));
  }
  const changing = process.env['PROBE_CORRECTION'] === 'volunteer';
  const totals = async () =>
    (
      await owner.query<{ key: string; total: string }>(
        `select period || member_id as key, total_exact as total from score_summary
          where bureau_id = $1 and year = $2`,
        [main.bureau_id, year],
      )
    ).rows;
  for (let round = 1; round <= rounds; round++) {
    const before = changing ? new Map((await totals()).map((r) => [r.key, r.total])) : undefined;
    const cpu = { server: cpuOf(server.pid) ?? 0, postgres: postgresCpu() };
    const result = await runPublication(
      server.url,
      owner,
      bureau,
      Number(main.members),
      changing ? correctionOf(round) : undefined,
    );
    const serverCpu = (cpuOf(server.pid) ?? 0) - cpu.server;
    log(
      `publication ${round}: ${result.members} members in ${result.ms} ms, ${result.membersPerSecond} members/s (${result.rewritten} rewritten); CPU with its sign-in and draft: server ${serverCpu} ms, PostgreSQL ${postgresCpu() - cpu.postgres} ms`,
    );
    if (before) {
      const after = await totals();
      const moved = after.filter((r) => before.get(r.key) !== r.total).length;
      log(`  ${moved} of ${after.length} summaries' totals moved`);
    }
  }
} finally {
  await server.stop();
  await owner.end();
}
