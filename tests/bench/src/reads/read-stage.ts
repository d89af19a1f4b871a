// Item 2 wired to the generated bureaus: who asks, which branch and member, the checks that
// both sides answer the same question, and statements per request at several sizes.
import type pg from 'pg';
import { countStatements, rawSqlClient } from '../data/database.js';
import type { BureauInfo } from '../data/generate.js';
import { type GraphQLClient, graphqlClient, login } from '../server/graphql.js';
import type { BenchOptions } from '../options.js';
import {
  memberYearGraphql,
  memberYearSql,
  firstPageVariables,
  RANKING_QUERY,
  rankingGraphql,
  rankingPage,
  type RankingPage,
  rankingSql,
  rosterGraphql,
  rosterSql,
  sheetGraphql,
} from './queries.js';
import {
  type FreshnessResult,
  type KeysetResult,
  measureFreshness,
  measureKeyset,
} from './keyset.js';
import { startPostGraphile } from '../peer/postgraphile.js';
import { checkPeerAgrees, rankingPeer, rosterPeer } from '../peer/postgraphile-queries.js';
import { measurePair, type ReadResult, statementsOf } from './reads.js';
import type { ServerProcess } from '../server/server-process.js';
import { startWireFloor } from './wire-floor.js';

/**
 * Read goals. The walk, the first page and the roster are measured against the peer (Jifen ÷
 * PostGraphile ≤ 1 at p50): issue 8's ratios to raw SQL (≤ 1.3, ≤ 1.5) are retired, since HTTP
 * and JSON alone cost more than that here. (c) keeps its SQL floor, (d) the roster.
 */
export const GOALS = { peer: 1, sheetToRoster: 2, memberYear: 1.5 } as const;
/** (c) in statements: begin, the scope, one read, commit. */
export const MEMBER_YEAR_STATEMENTS = 4;

export type StatementPoint = {
  members: number;
  statementsPerRequest: number;
  queriesPerRequest: number;
};
export type StatementScaling = { what: string; points: StatementPoint[]; constant: boolean };

export type ReadStageResults = {
  reads: ReadResult[];
  /** Absent in results written before these were measured. */
  keyset?: KeysetResult;
  freshness?: FreshnessResult;
  statementScaling: StatementScaling[];
  checks: string[];
};

type Bureaus = { main: BureauInfo; small: BureauInfo; medium: BureauInfo };

async function sqlSide(appUrl: string, bureauId: string, branchIds: readonly string[] | '*') {
  const client = await rawSqlClient(appUrl, bureauId, branchIds);
  return { client, counter: countStatements(client) };
}

export async function runReads(
  server: ServerProcess,
  appUrl: string,
  bureaus: Bureaus,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<ReadStageResults> {
  const { main, small, medium } = bureaus;
  const year = options.year;
  const analyst = await login(server.url, main.analystLogin, main.password);
  // The last branch: the first ones have an empty December for the write benchmark.
  const readBranch = main.branchIds.length - 1;
  const branchId = main.branchIds[readBranch]!;
  const secretary = await login(server.url, main.secretaryLogins[readBranch]!, main.password);
  const memberId = main.membersByBranch[readBranch]![5]!;
  const bureauSql = await sqlSide(appUrl, main.bureauId, '*');
  const branchSql = await sqlSide(appUrl, main.bureauId, [branchId]);
  const clients: pg.Client[] = [bureauSql.client, branchSql.client];
  const checks: string[] = [];
  const wireFloor = await startWireFloor({ appUrl, bureauId: main.bureauId, branchId });
  const wire = graphqlClient(wireFloor.url);
  // PostGraphile's callers, by the token the bench sends it: each gets its Jifen scope per request.
  const peerServer = await startPostGraphile({
    appUrl,
    scopes: {
      analyst: { bureauId: main.bureauId, branchIds: 'all', writeBranchIds: [] },
      secretary: { bureauId: main.bureauId, branchIds: [branchId] },
    },
  });
  const peer = {
    analyst: graphqlClient(peerServer.url, 'analyst'),
    secretary: graphqlClient(peerServer.url, 'secretary'),
  };
  try {
    // Both sides answer the same question: same ranking, same roster, same member.
    const g = await rankingGraphql(analyst, year);
    const s = await rankingSql(bureauSql.client, main.bureauId, year);
    if (g.ids.length !== main.memberCount || g.ids.join() !== s.ids.join()) {
      throw new Error(
        `the GraphQL and SQL rankings differ (${g.ids.length} and ${s.ids.length} members)`,
      );
    }
    checks.push(`ranking: GraphQL and SQL list the same ${g.ids.length} members in the same order`);
    const w = await rankingGraphql(wire, year);
    const [gFirst, wFirst] = await Promise.all(
      [analyst, wire].map((c) => c.request<RankingPage>(RANKING_QUERY, firstPageVariables(year))),
    );
    if (
      w.ids.join() !== s.ids.join() ||
      w.totalCount !== g.totalCount ||
      JSON.stringify(gFirst!.scoreList.edges) !== JSON.stringify(wFirst!.scoreList.edges)
    ) {
      throw new Error(`the wire floor's ranking differs from the server's`);
    }
    // A member who moved in mid-year shows only the periods that end in this branch: the
    // others belong to the sending branch, on both sides (tenant filter and row-level security).
    const roster = await rosterGraphql(secretary, branchId, year);
    const rosterRows = await rosterSql(branchSql.client, main.bureauId, branchId, year);
    const gqlScores = roster.reduce(
      (n, m) => n + ['year', 'q1', 'q2', 'q3', 'q4'].filter((p) => m[p as 'year'] !== null).length,
      0,
    );
    const sqlScores = rosterRows.filter((r) => r.period !== null).length;
    const sqlMembers = new Set(rosterRows.map((r) => r.id)).size;
    if (roster.length !== sqlMembers || gqlScores !== sqlScores) {
      throw new Error(
        `roster: ${roster.length} members and ${gqlScores} scores by GraphQL, ${sqlMembers} and ${sqlScores} by SQL`,
      );
    }
    checks.push(`roster: ${roster.length} members, ${gqlScores} period scores on both sides`);
    const wireRoster = await rosterGraphql(wire, branchId, year);
    if (JSON.stringify(wireRoster) !== JSON.stringify(roster)) {
      throw new Error("the wire floor's roster differs from the server's");
    }
    checks.push(
      "wire floor: the same ranking, and byte for byte the same first page and roster JSON as the server's",
    );
    checks.push(
      await checkPeerAgrees(
        peer,
        { bureauId: main.bureauId, branchId, year },
        { ...g, firstEdges: gFirst!.scoreList.edges, roster },
      ),
    );
    const live = await memberYearGraphql(secretary, memberId, year);
    const stored = (await memberYearSql(branchSql.client, main.bureauId, memberId, year))[
      'summary'
    ] as { total: string } | null;
    if (!stored || stored.total !== live.total.value) {
      throw new Error(`member year: live total ${live.total.value}, stored ${stored?.total}`);
    }
    checks.push(
      `member year: live score ${live.total.value} = stored summary, ${live.lines.length} explanation lines`,
    );

    const reads: ReadResult[] = [];
    const walkSamples = options.walks;
    let pagesPerWalk = 0;
    log(
      `(a) bureau ranking of ${main.memberCount.toLocaleString('en')} members: ${walkSamples} full walks each side…`,
    );
    reads.push(
      await measurePair(
        server,
        `(a) bureau-wide annual ranking of ${main.memberCount.toLocaleString('en')} members (all pages of 500)`,
        {
          graphql: async () => {
            pagesPerWalk = (await rankingGraphql(analyst, year)).pages;
          },
          sql: () => rankingSql(bureauSql.client, main.bureauId, year),
          wire: () => rankingGraphql(wire, year),
          postgraphile: () => rankingPeer(peer.analyst, main.bureauId, year),
          sqlStatements: bureauSql.counter.count,
          requestsPerCall: () => pagesPerWalk,
        },
        { samples: walkSamples, warmup: 1, goal: null },
      ),
    );
    log(`(a′) first ranking page: ${options.samples} samples each side…`);
    reads.push(
      await measurePair(
        server,
        '(a′) first page of the ranking (500 members)',
        {
          graphql: () => rankingGraphql(analyst, year, 500, 1),
          sql: () => rankingSql(bureauSql.client, main.bureauId, year, 500, 1),
          wire: () => rankingGraphql(wire, year, 500, 1),
          postgraphile: () => rankingPeer(peer.analyst, main.bureauId, year, 500, 1),
          sqlStatements: bureauSql.counter.count,
        },
        { samples: options.samples, warmup: 5, goal: null },
      ),
    );
    log('(a″) a later ranking page against the first, and their plans…');
    const keyset = await measureKeyset(
      server,
      analyst,
      bureauSql.client,
      main.bureauId,
      year,
      options.samples,
    );
    log("(a′) the first page's freshness check…");
    const freshness = await measureFreshness(
      server,
      analyst,
      bureauSql.client,
      year,
      options.samples,
    );
    log(`(b) branch roster with quarters and categories: ${options.samples} samples each side…`);
    reads.push(
      await measurePair(
        server,
        `(b) one branch's roster (${roster.length} members) with year, quarters and categories`,
        {
          graphql: () => rosterGraphql(secretary, branchId, year),
          sql: () => rosterSql(branchSql.client, main.bureauId, branchId, year),
          wire: () => rosterGraphql(wire, branchId, year),
          postgraphile: () => rosterPeer(peer.secretary, main.bureauId, branchId, year),
          sqlStatements: branchSql.counter.count,
        },
        { samples: options.samples, warmup: 5, goal: null },
      ),
    );
    // (d) The sheet's floor is the roster of the same branch through the same server: the sheet
    // scores its members live, the roster reads stored summaries; both answer per member.
    const sheetMonth = `${year}-06`;
    const sheet = await sheetGraphql(secretary, branchId, sheetMonth);
    checks.push(`sheet: ${sheet.length} members in ${sheetMonth}, roster: ${roster.length}`);
    log(`(d) monthly sheet against the roster: ${options.samples} samples each side…`);
    reads.push(
      await measurePair(
        server,
        `(d) one branch's monthly sheet (${sheet.length} members, live scores) against its roster through GraphQL`,
        {
          graphql: () => sheetGraphql(secretary, branchId, sheetMonth),
          sql: () => rosterGraphql(secretary, branchId, year),
          sqlStatements: () => 0,
          floorOnServer: true,
        },
        {
          samples: options.samples,
          warmup: 5,
          goal: GOALS.sheetToRoster,
          note: 'the floor is the roster query (b) through the same server, not SQL: the goal is the sheet ≤ 2× the roster at the same member count',
        },
      ),
    );
    log(`(c) one member's year with its explanation: ${options.samples} samples each side…`);
    reads.push(
      await measurePair(
        server,
        "(c) one member's year with its explanation",
        {
          graphql: () => memberYearGraphql(secretary, memberId, year),
          sql: () => memberYearSql(branchSql.client, main.bureauId, memberId, year),
          wire: () => memberYearGraphql(wire, memberId, year),
          sqlStatements: branchSql.counter.count,
        },
        {
          samples: options.samples,
          warmup: 5,
          goal: GOALS.memberYear,
          note: "the SQL side fetches the facts and the stored summary; the server also scores the year and renders every line; the wire floor answers the SQL side's row",
        },
      ),
    );

    // Statements per request against the number of members.
    const statementScaling: StatementScaling[] = [];
    const analysts = new Map<BureauInfo, GraphQLClient>([[main, analyst]]);
    for (const b of [small, medium])
      analysts.set(b, await login(server.url, b.analystLogin, b.password));
    // The first page (freshness check, total count) and a later one (cursor) are two requests of
    // different shapes; each must cost the same at every size.
    const firstPages = [];
    const laterPages = [];
    for (const b of [small, medium, main]) {
      const client = analysts.get(b)!;
      firstPages.push({
        members: b.memberCount,
        ...(await statementsOf(server, async () => (await rankingPage(client, year, null)).pages)),
      });
      const after = (await rankingPage(client, year, null)).endCursor;
      laterPages.push({
        members: b.memberCount,
        ...(await statementsOf(server, async () => (await rankingPage(client, year, after)).pages)),
      });
    }
    statementScaling.push(scaling('(a) ranking, first page', firstPages));
    statementScaling.push(scaling('(a) ranking, a later page', laterPages));
    const smallBranch = small.branchIds.length - 1;
    const smallSecretary = await login(
      server.url,
      small.secretaryLogins[smallBranch]!,
      small.password,
    );
    const rosterPoints = [
      {
        members: small.membersByBranch[smallBranch]!.length,
        ...(await statementsOf(server, async () => {
          await rosterGraphql(smallSecretary, small.branchIds[smallBranch]!, year);
          return 1;
        })),
      },
      {
        members: main.membersByBranch[readBranch]!.length,
        ...(await statementsOf(server, async () => {
          await rosterGraphql(secretary, branchId, year);
          return 1;
        })),
      },
    ];
    statementScaling.push(scaling('(b) branch roster', rosterPoints));
    const sheetPoints = [
      {
        members: small.membersByBranch[smallBranch]!.length,
        ...(await statementsOf(server, async () => {
          await sheetGraphql(smallSecretary, small.branchIds[smallBranch]!, sheetMonth);
          return 1;
        })),
      },
      {
        members: main.membersByBranch[readBranch]!.length,
        ...(await statementsOf(server, async () => {
          await sheetGraphql(secretary, branchId, sheetMonth);
          return 1;
        })),
      },
    ];
    statementScaling.push(scaling('(d) monthly sheet', sheetPoints));
    return { reads, keyset, freshness, statementScaling, checks };
  } finally {
    await wireFloor.stop();
    await peerServer.stop();
    for (const c of clients) await c.end().catch(() => undefined);
  }
}

export function scaling(what: string, points: StatementPoint[]): StatementScaling {
  const first = points[0]?.statementsPerRequest;
  return { what, points, constant: points.every((p) => p.statementsPerRequest === first) };
}
