// The read questions (a), (a′) and (b) asked of PostGraphile's generated schema, and its answers
// put in the shape Jifen answers in, so the bench can check both say the same before timing them.
import type { GraphQLClient } from '../server/graphql.js';
import { RANKING_PAGE } from '../reads/queries.js';

// (a) The ranking: score summaries of the bureau's year, in the server's order (the total's bigint
// key, then member id, both descending: the same index walked backwards), the total on the first
// page only.
export const PEER_RANKING_QUERY = `query Ranking($bureauId: UUID!, $year: Int!, $first: Int!, $after: Cursor, $count: Boolean!) {
  allScoreSummaries(
    condition: { bureauId: $bureauId, year: $year, period: "year" }
    orderBy: [TOTAL_SORT_KEY_DESC, MEMBER_ID_DESC]
    first: $first
    after: $after
  ) {
    totalCount @include(if: $count)
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        memberId total base special evaluation outcomeBand
        memberByBureauIdAndMemberId { name }
        branchByBureauIdAndBranchId { name }
      }
    }
  }
}`;

type PeerRankingNode = {
  memberId: string;
  total: string;
  base: string;
  special: string;
  evaluation: string | null;
  outcomeBand: string | null;
  memberByBureauIdAndMemberId: { name: string } | null;
  branchByBureauIdAndBranchId: { name: string } | null;
};
export type PeerRankingPage = {
  allScoreSummaries: {
    totalCount?: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: PeerRankingNode }[];
  };
};

export function peerRankingPage(
  client: GraphQLClient,
  bureauId: string,
  year: number,
  after: string | null,
  first = RANKING_PAGE,
): Promise<PeerRankingPage> {
  return client.request<PeerRankingPage>(PEER_RANKING_QUERY, {
    bureauId,
    year,
    first,
    after,
    count: after === null,
  });
}

/** Walks the whole ranking through PostGraphile, as `rankingGraphql` walks Jifen's. */
export async function rankingPeer(
  client: GraphQLClient,
  bureauId: string,
  year: number,
  first = RANKING_PAGE,
  maxPages = Infinity,
): Promise<{ ids: string[]; pages: number; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount = 0;
  for (;;) {
    const page: PeerRankingPage['allScoreSummaries'] = (
      await peerRankingPage(client, bureauId, year, after, first)
    ).allScoreSummaries;
    pages++;
    totalCount = page.totalCount ?? totalCount;
    for (const edge of page.edges) ids.push(edge.node.memberId);
    if (!page.pageInfo.hasNextPage || pages >= maxPages) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, pages, totalCount };
}

/** A PostGraphile ranking page's lines in the shape of Jifen's `scoreList` edges. */
export function asJifenEdges(page: PeerRankingPage) {
  return page.allScoreSummaries.edges.map(({ node: n }) => ({
    node: {
      memberId: n.memberId,
      total: n.total,
      base: n.base,
      special: n.special,
      evaluation: n.evaluation,
      outcomeBand: n.outcomeBand,
      member: { name: n.memberByBureauIdAndMemberId?.name },
      branch: { name: n.branchByBureauIdAndBranchId?.name },
    },
  }));
}

// (b) A branch's roster: its members by name, each with the year's and the quarters' summaries
// (row-level security leaves out the periods a member who moved in spent in another branch).
const PEER_SCORE = (alias: string, period: string) =>
  `${alias}: scoreSummariesByBureauIdAndMemberId(condition: { year: $year, period: "${period}" }) {
      nodes { total base special categories }
    }`;
export const PEER_ROSTER_QUERY = `query Roster($bureauId: UUID!, $branchId: UUID!, $year: Int!) {
  allMembers(condition: { bureauId: $bureauId, branchId: $branchId }, orderBy: [NAME_ASC, ROW_ID_ASC]) {
    nodes {
      rowId name status
      ${PEER_SCORE('year', 'year')}
      ${PEER_SCORE('q1', 'q1')}
      ${PEER_SCORE('q2', 'q2')}
      ${PEER_SCORE('q3', 'q3')}
      ${PEER_SCORE('q4', 'q4')}
    }
  }
}`;

type PeerScore = {
  nodes: {
    total: string;
    base: string;
    special: string;
    /** As stored: `[code, value, exact]` (Jifen names them from the scheme, on asking). */
    categories: [code: string, value: string, exact: string][];
  }[];
};
type PeerPeriod = 'year' | 'q1' | 'q2' | 'q3' | 'q4';
export type PeerRoster = {
  allMembers: {
    nodes: ({ rowId: string; name: string; status: string } & Record<PeerPeriod, PeerScore>)[];
  };
};

export function rosterPeer(
  client: GraphQLClient,
  bureauId: string,
  branchId: string,
  year: number,
): Promise<PeerRoster> {
  return client.request<PeerRoster>(PEER_ROSTER_QUERY, { bureauId, branchId, year });
}

/** PostGraphile's roster in the shape of Jifen's `members { … score … }` answer. */
export function asJifenRoster(roster: PeerRoster) {
  const score = (s: PeerScore) => {
    const node = s.nodes[0];
    return node
      ? {
          total: node.total,
          base: node.base,
          special: node.special,
          categories: node.categories.map(([code, value]) => ({ code, value })),
        }
      : null;
  };
  return roster.allMembers.nodes.map((m) => ({
    id: m.rowId,
    name: m.name,
    // Jifen names a stored status as a GraphQL enum value ('full' → FULL); PostGraphile gives the text.
    status: m.status.toUpperCase(),
    year: score(m.year),
    q1: score(m.q1),
    q2: score(m.q2),
    q3: score(m.q3),
    q4: score(m.q4),
  }));
}

/**
 * Checks that PostGraphile answers what Jifen answers: the same ranking in the same order with
 * the same total, the same first page line for line, the same roster. Returns the check's line.
 */
export async function checkPeerAgrees(
  peer: { analyst: GraphQLClient; secretary: GraphQLClient },
  asked: { bureauId: string; branchId: string; year: number },
  jifen: { ids: string[]; totalCount: number; firstEdges: unknown; roster: unknown },
): Promise<string> {
  const { bureauId, branchId, year } = asked;
  const walk = await rankingPeer(peer.analyst, bureauId, year);
  const first = await peerRankingPage(peer.analyst, bureauId, year, null);
  if (
    walk.ids.join() !== jifen.ids.join() ||
    walk.totalCount !== jifen.totalCount ||
    JSON.stringify(asJifenEdges(first)) !== JSON.stringify(jifen.firstEdges)
  ) {
    throw new Error(
      `PostGraphile's ranking differs from Jifen's (${walk.ids.length} members, total ${walk.totalCount})`,
    );
  }
  const roster = asJifenRoster(await rosterPeer(peer.secretary, bureauId, branchId, year));
  if (JSON.stringify(roster) !== JSON.stringify(jifen.roster)) {
    throw new Error("PostGraphile's roster differs from Jifen's");
  }
  return `PostGraphile: the same ranking (${walk.ids.length} members, same order and total), the same first page and roster (${roster.length} members) once put in Jifen's shape`;
}
