// Item 7: a typical statistics query — every branch's member count, mean total and band counts
// for the whole bureau, as the overview asks `scoreStatistics` — against the same aggregate in
// hand-written SQL over the same summaries, as the same app role under the same walls.
import type pg from 'pg';
import { countStatements, rawSqlClient } from '../data/database.js';
import type { BureauInfo } from '../data/generate.js';
import { login } from '../server/graphql.js';
import { measurePair, type ReadResult } from './reads.js';
import type { ServerProcess } from '../server/server-process.js';

export const STATISTICS_GOAL = 1.5;

export const STATISTICS_QUERY = `query BranchAverages($year: Int!) {
  scoreStatistics(filter: { year: $year }, groupBy: [BRANCH]) {
    groups { key { branchId branchName } suppressed memberCount total { mean } bands { band count } }
  }
}`;

type Branch = { branchId: string; members: number; mean: number; bands: Record<string, number> };
type Answer = {
  scoreStatistics: {
    groups: {
      key: { branchId: string; branchName: string };
      suppressed: boolean;
      memberCount: number | null;
      total: { mean: string } | null;
      bands: { band: string; count: number }[];
    }[];
  };
};

// What a DBA would write for "branch averages and band counts": the exact total (a fraction such
// as "74/3" divided out), its mean rounded half-up to two places, and each band counted in the
// same pass, where a year not yet approved counts in its projection's band (statistics/band.ts).
const SQL = `
  with s as (
    select branch_id, coalesce(outcome_band, projection_band, 'none') as band,
      case when strpos(total_exact, '/') > 0
        then split_part(total_exact, '/', 1)::numeric / split_part(total_exact, '/', 2)::numeric
        else total_exact::numeric end as total
    from score_summary
    where bureau_id = $1 and year = $2 and period = 'year')
  select s.branch_id, b.name, count(*)::int as members, round(avg(s.total), 2)::text as mean,
    count(*) filter (where band = 'priorityCandidate')::int as "priorityCandidate",
    count(*) filter (where band = 'incentive')::int as "incentive",
    count(*) filter (where band = 'none')::int as "none",
    count(*) filter (where band = 'yellowWarning')::int as "yellowWarning",
    count(*) filter (where band = 'redWarning')::int as "redWarning"
  from s join branch b on b.id = s.branch_id
  group by s.branch_id, b.name
  order by b.name`;

const BAND_NAMES = ['priorityCandidate', 'incentive', 'none', 'yellowWarning', 'redWarning'];

async function viaSql(client: pg.Client, bureauId: string, year: number): Promise<Branch[]> {
  const { rows } = await client.query<Record<string, string | number>>(SQL, [bureauId, year]);
  return rows.map((r) => ({
    branchId: String(r['branch_id']),
    members: Number(r['members']),
    mean: Number(r['mean']),
    bands: Object.fromEntries(
      BAND_NAMES.filter((b) => Number(r[b]) > 0).map((b) => [b, Number(r[b])]),
    ),
  }));
}

function fromGraphql(answer: Answer): Branch[] {
  return answer.scoreStatistics.groups.map((g) => ({
    branchId: g.key.branchId,
    members: g.memberCount ?? 0,
    mean: Number(g.total?.mean ?? Number.NaN),
    bands: Object.fromEntries(g.bands.map((b) => [b.band, b.count])),
  }));
}

const canonical = (branches: Branch[]) =>
  JSON.stringify(
    [...branches]
      .sort((a, b) => a.branchId.localeCompare(b.branchId))
      .map((b) => ({ ...b, bands: Object.fromEntries(Object.entries(b.bands).sort()) })),
  );

export type StatisticsBenchResults = { read: ReadResult; check: string };

export async function runStatisticsBench(
  server: ServerProcess,
  appUrl: string,
  bureau: BureauInfo,
  samples: number,
): Promise<StatisticsBenchResults> {
  const analyst = await login(server.url, bureau.analystLogin, bureau.password);
  const client = await rawSqlClient(appUrl, bureau.bureauId, '*');
  const counter = countStatements(client);
  try {
    const year = bureau.year;
    const graphql = () => analyst.request<Answer>(STATISTICS_QUERY, { year });
    const sql = () => viaSql(client, bureau.bureauId, year);
    // Both sides give every branch the same member count, mean and band counts.
    const [g, s] = [fromGraphql(await graphql()), await sql()];
    if (g.length !== bureau.branchIds.length || canonical(g) !== canonical(s)) {
      throw new Error(
        `statistics: GraphQL and SQL differ (${g.length} and ${s.length} branches): ${canonical(g).slice(0, 300)} / ${canonical(s).slice(0, 300)}`,
      );
    }
    const members = g.reduce((n, b) => n + b.members, 0);
    const read = await measurePair(
      server,
      `(d) branch averages and band counts of ${members.toLocaleString('en')} members (scoreStatistics by branch)`,
      { graphql, sql, sqlStatements: counter.count },
      { samples, warmup: 3, goal: STATISTICS_GOAL },
    );
    return {
      read,
      check: `statistics: GraphQL and SQL give the same member count, mean and band counts for all ${g.length} branches`,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}
