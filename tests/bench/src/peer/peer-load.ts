// Item 4 against the peer: the analyst query under the same load, asked of PostGraphile 5 in its
// own process right after Jifen's run, once both are checked to give the same top 50.
import type { GraphQLClient } from '../server/graphql.js';
import { graphqlClient } from '../server/graphql.js';
import { type LoadRun, runLoad } from '../load/load-test.js';
import { startPostGraphile } from './postgraphile.js';
import { ANALYST_QUERY } from '../reads/queries.js';
import { processMemory } from '../server/server-process.js';

/** The analyst query (queries.ts) in PostGraphile's schema: the top 50 with names and the count. */
export const PEER_ANALYST_QUERY = `query Top($bureauId: UUID!, $year: Int!) {
  allScoreSummaries(
    condition: { bureauId: $bureauId, year: $year, period: "year" }
    orderBy: [TOTAL_SORT_KEY_DESC, MEMBER_ID_DESC]
    first: 50
  ) {
    totalCount
    edges {
      node {
        memberId total outcomeBand
        memberByBureauIdAndMemberId { name }
        branchByBureauIdAndBranchId { name }
      }
    }
  }
}`;

type JifenTop = {
  scoreList: {
    totalCount: number;
    edges: { node: { memberId: string; total: string; member: { name: string } } }[];
  };
};
type PeerTop = {
  allScoreSummaries: {
    totalCount: number;
    edges: {
      node: { memberId: string; total: string; memberByBureauIdAndMemberId: { name: string } };
    }[];
  };
};

export type PeerLoad = {
  /** PostGraphile's runs, each right before the Jifen run of the same index in `jifen`. */
  runs: LoadRun[];
  /** Jifen's runs between PostGraphile's. */
  jifen: LoadRun[];
  check: string;
};

/**
 * Starts PostGraphile as the analyst's scope, checks it answers as Jifen does, then runs it
 * `rounds` times with a run of `jifenRun` between each two (the caller's own Jifen run came just
 * before the first), so that drift on the machine, which moved one side's rate by a sixth between
 * runs a minute apart, falls on both sides.
 */
export async function runPeerLoad(
  jifen: GraphQLClient,
  asked: { appUrl: string; bureauId: string; year: number },
  opts: Parameters<typeof runLoad>[4],
  alternate: { rounds: number; jifenRun: () => Promise<LoadRun> },
): Promise<PeerLoad> {
  const { appUrl, bureauId, year } = asked;
  const peer = await startPostGraphile({
    appUrl,
    scopes: { analyst: { bureauId, branchIds: 'all', writeBranchIds: [] } },
  });
  try {
    const client = graphqlClient(peer.url, 'analyst');
    const mine = (await jifen.request<JifenTop>(ANALYST_QUERY, { year })).scoreList;
    const theirs = (await client.request<PeerTop>(PEER_ANALYST_QUERY, { bureauId, year }))
      .allScoreSummaries;
    const lines = (edges: { memberId: string; total: string; name: string }[]) =>
      edges.map((e) => `${e.memberId} ${e.total} ${e.name}`).join();
    const same =
      mine.totalCount === theirs.totalCount &&
      lines(mine.edges.map(({ node: n }) => ({ ...n, name: n.member.name }))) ===
        lines(
          theirs.edges.map(({ node: n }) => ({ ...n, name: n.memberByBureauIdAndMemberId.name })),
        );
    if (!same) throw new Error("PostGraphile's top 50 differs from Jifen's");
    const memory = processMemory(peer.pid);
    const runs: LoadRun[] = [];
    const jifenRuns: LoadRun[] = [];
    for (let round = 0; round < alternate.rounds; round++) {
      runs.push(await runLoad(memory, client, PEER_ANALYST_QUERY, { bureauId, year }, opts));
      if (round < alternate.rounds - 1) jifenRuns.push(await alternate.jifenRun());
    }
    return {
      runs,
      jifen: jifenRuns,
      check: `PostGraphile under load: the same top ${theirs.edges.length} of ${theirs.totalCount} (ids, totals, names)`,
    };
  } finally {
    await peer.stop();
  }
}
