// The questions the read benchmarks ask, each twice: as a GraphQL document sent to the server and
// as hand-written SQL answering the same question over the same tables.
import type pg from 'pg';
import type { GraphQLClient } from '../server/graphql.js';

export const RANKING_PAGE = 500;

// (a) The bureau-wide annual ranking, walked page by page (the API's largest page is 500). The
// total is asked on the first page only, as a client walking the pages would (both sides).
export const RANKING_QUERY = `query Ranking($year: Int!, $first: Int!, $after: String, $count: Boolean!) {
  scoreList(filter: { year: $year }, first: $first, after: $after) {
    totalCount @include(if: $count)
    pageInfo { hasNextPage endCursor }
    edges { node { memberId total base special evaluation outcomeBand member { name } branch { name } } }
  }
}`;

export type RankingPage = {
  scoreList: {
    totalCount?: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { memberId: string } }[];
  };
};

/** The variables of the ranking's first page (with the total). */
export const firstPageVariables = (year: number) => ({
  year,
  first: RANKING_PAGE,
  after: null,
  count: true,
});

/** One page of the ranking through GraphQL (`after` null: the first, with the total). */
export async function rankingPage(
  client: GraphQLClient,
  year: number,
  after: string | null,
): Promise<{ pages: number; endCursor: string | null }> {
  const page = await client.request<RankingPage>(RANKING_QUERY, {
    year,
    first: RANKING_PAGE,
    after,
    count: after === null,
  });
  return { pages: 1, endCursor: page.scoreList.pageInfo.endCursor };
}

/** Walks the whole ranking through GraphQL; returns the member ids in order and the page count. */
export async function rankingGraphql(
  client: GraphQLClient,
  year: number,
  first = RANKING_PAGE,
  maxPages = Infinity,
): Promise<{ ids: string[]; pages: number; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount = 0;
  for (;;) {
    const page: RankingPage = await client.request<RankingPage>(RANKING_QUERY, {
      year,
      first,
      after,
      count: after === null,
    });
    pages++;
    totalCount = page.scoreList.totalCount ?? totalCount;
    for (const edge of page.scoreList.edges) ids.push(edge.node.memberId);
    if (!page.scoreList.pageInfo.hasNextPage || pages >= maxPages) break;
    after = page.scoreList.pageInfo.endCursor;
  }
  return { ids, pages, totalCount };
}

const RANKING_COLUMNS = `s.member_id, s.total, s.base, s.special, s.evaluation, s.outcome_band,
  s.total_sort::text as total_sort, m.name as member_name, b.name as branch_name
  from score_summary s
  join member m on m.bureau_id = s.bureau_id and m.id = s.member_id
  join branch b on b.bureau_id = s.bureau_id and b.id = s.branch_id
  where s.bureau_id = $1 and s.year = $2 and s.period = 'year'`;
// Same order and seek as the server's (the total's bigint key, then member id, both descending:
// one index walked backwards, the keyset inside its condition under row-level security).
const RANKING_FIRST_SQL = `select ${RANKING_COLUMNS}
  order by s.total_sort_key desc, s.member_id desc limit $3`;
const RANKING_AFTER_SQL = `select ${RANKING_COLUMNS}
  and (s.total_sort_key, s.member_id) < (($4::numeric * 1000000)::bigint, $5::uuid)
  order by s.total_sort_key desc, s.member_id desc limit $3`;
const RANKING_COUNT_SQL = `select count(*)::int as total_count from score_summary
  where bureau_id = $1 and year = $2 and period = 'year'`;

/** A line of the SQL ranking, as `pg` returns it. */
export type RankingSqlRow = {
  member_id: string;
  total: string;
  base: string;
  special: string;
  evaluation: string;
  outcome_band: string;
  total_sort: string;
  member_name: string;
  branch_name: string;
};

/** How many members the bureau's ranking for the year holds (one statement). */
export async function rankingSqlCount(
  client: pg.Client,
  bureauId: string,
  year: number,
): Promise<number> {
  const { rows } = await client.query<{ total_count: number }>(RANKING_COUNT_SQL, [bureauId, year]);
  return rows[0]?.total_count ?? 0;
}

/**
 * One keyset page after `last` (null: the first page): `first + 1` rows, the extra one only
 * telling whether another page follows.
 */
export async function rankingSqlPage(
  client: pg.Client,
  bureauId: string,
  year: number,
  first: number,
  last: Pick<RankingSqlRow, 'total_sort' | 'member_id'> | null,
): Promise<RankingSqlRow[]> {
  const { rows } = last
    ? await client.query<RankingSqlRow>(RANKING_AFTER_SQL, [
        bureauId,
        year,
        first + 1,
        last.total_sort,
        last.member_id,
      ])
    : await client.query<RankingSqlRow>(RANKING_FIRST_SQL, [bureauId, year, first + 1]);
  return rows;
}

/** The plan of one keyset page after `last`, as `pg` ran it (EXPLAIN ANALYZE, JSON). */
export async function rankingSqlPlan(
  client: pg.Client,
  bureauId: string,
  year: number,
  first: number,
  last: Pick<RankingSqlRow, 'total_sort' | 'member_id'>,
): Promise<unknown> {
  const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(
    `explain (analyze, format json) ${RANKING_AFTER_SQL}`,
    [bureauId, year, first + 1, last.total_sort, last.member_id],
  );
  return rows[0]?.['QUERY PLAN'];
}

/** The same walk in hand-written SQL: keyset pages over the ranking index, same page size. */
export async function rankingSql(
  client: pg.Client,
  bureauId: string,
  year: number,
  first = RANKING_PAGE,
  maxPages = Infinity,
): Promise<{ ids: string[]; pages: number; totalCount: number }> {
  const ids: string[] = [];
  let pages = 0;
  let totalCount = 0;
  let last: RankingSqlRow | undefined;
  for (;;) {
    if (!last) totalCount = await rankingSqlCount(client, bureauId, year);
    const rows = await rankingSqlPage(client, bureauId, year, first, last ?? null);
    pages++;
    const page = rows.slice(0, first);
    for (const row of page) ids.push(row.member_id);
    last = page.at(-1);
    if (rows.length <= first || pages >= maxPages) break;
  }
  return { ids, pages, totalCount };
}

// (b) One branch's roster with each member's year and quarters, by category.
const SCORE_FIELDS = 'total base special categories { code value }';
export const ROSTER_QUERY = `query Roster($branchId: ID!, $year: Int!) {
  members(branchId: $branchId) {
    id name status
    year: score(year: $year) { ${SCORE_FIELDS} }
    q1: score(year: $year, quarter: 1) { ${SCORE_FIELDS} }
    q2: score(year: $year, quarter: 2) { ${SCORE_FIELDS} }
    q3: score(year: $year, quarter: 3) { ${SCORE_FIELDS} }
    q4: score(year: $year, quarter: 4) { ${SCORE_FIELDS} }
  }
}`;

export async function rosterGraphql(client: GraphQLClient, branchId: string, year: number) {
  type Score = { total: string } | null;
  type RosterMember = { id: string; year: Score; q1: Score; q2: Score; q3: Score; q4: Score };
  const data = await client.request<{ members: RosterMember[] }>(ROSTER_QUERY, { branchId, year });
  return data.members;
}

const ROSTER_SQL = `select m.id, m.name, m.status, s.period, s.total, s.base, s.special, s.categories
  from member m
  left join score_summary s
    on s.bureau_id = m.bureau_id and s.member_id = m.id and s.year = $3
    -- naming the periods lets PostgreSQL seek the (bureau, year, period, member) key per member
    and s.period = any (array['year', 'q1', 'q2', 'q3', 'q4'])
  where m.bureau_id = $1 and m.branch_id = $2
  order by m.name, m.id, s.period`;

/** A roster line of the SQL side: a member with one period's summary (null: none). */
export type RosterSqlRow = {
  id: string;
  name: string;
  status: string;
  period: string | null;
  total: string | null;
  base: string | null;
  special: string | null;
  /** As stored: `[code, value, exact]`. */
  categories: [code: string, value: string, exact: string][] | null;
};

export async function rosterSql(
  client: pg.Client,
  bureauId: string,
  branchId: string,
  year: number,
): Promise<RosterSqlRow[]> {
  const { rows } = await client.query<RosterSqlRow>(ROSTER_SQL, [bureauId, branchId, year]);
  return rows;
}

// (c) One member's year with its explanation, line by line.
export const MEMBER_YEAR_QUERY = `query MemberYear($memberId: ID!, $year: Int!) {
  memberScore(memberId: $memberId, year: $year) {
    memberId asOf schemeVersion evaluationGrade
    total { value exact } base { value exact } special { value exact } evaluation { value exact }
    categories { code nameZh value exact }
    specialItems { code nameZh value exact }
    months { month branchId base categories { code value } }
    outcome { band yellowWarning redWarning }
    lines { section category itemCode kind month branchId labelZh textZh formula raw points records }
    warnings { code messageZh recordId }
  }
}`;

export async function memberYearGraphql(client: GraphQLClient, memberId: string, year: number) {
  const data = await client.request<{
    memberScore: { total: { value: string }; lines: unknown[] };
  }>(MEMBER_YEAR_QUERY, { memberId, year });
  return data.memberScore;
}

/** Every record the member's year rests on, and its stored summary, in one statement. */
const MEMBER_YEAR_SQL = `with ms as (
    select branch_id, from_month, to_month from membership
    where bureau_id = $1 and member_id = $2 and from_month <= $4 and (to_month is null or to_month >= $3))
  select
    (select row_to_json(m) from member m where m.bureau_id = $1 and m.id = $2) as member,
    (select json_agg(ms) from ms) as memberships,
    (select json_agg(json_build_object('id', s.id, 'branch_id', s.branch_id, 'item_code', s.item_code, 'date', s.date))
       from branch_session s join ms on s.branch_id = ms.branch_id
       where s.bureau_id = $1 and s.month between $3 and $4
         and s.month >= ms.from_month and (ms.to_month is null or s.month <= ms.to_month)) as sessions,
    (select json_agg(json_build_object('id', a.id, 'session_id', a.session_id))
       from attendance a where a.bureau_id = $1 and a.member_id = $2
         and a.month between $3 and $4 and a.present) as attendance,
    (select json_agg(json_build_object('id', q.id, 'item_code', q.item_code, 'month', q.month, 'value', q.value))
       from quota_entry q where q.bureau_id = $1 and q.member_id = $2
         and q.month between $3 and $4 and q.value is not null) as quotas,
    (select json_agg(json_build_object('id', d.id, 'item_code', d.item_code, 'month', d.month, 'status', d.status))
       from duty_entry d where d.bureau_id = $1 and d.member_id = $2
         and d.month between $3 and $4 and d.status is not null) as duties,
    (select json_agg(json_build_object('id', v.id, 'item_code', v.item_code, 'month', v.month, 'count', v.count))
       from violation v where v.bureau_id = $1 and v.member_id = $2
         and v.month between $3 and $4 and v.count > 0) as violations,
    (select json_agg(json_build_object('id', d.id, 'item_code', d.item_code, 'month', d.month, 'points', d.counted_points))
       from declaration d where d.bureau_id = $1 and d.member_id = $2
         and d.month between $3 and $4 and d.counted_points is not null) as declarations,
    (select row_to_json(s) from score_summary s where s.bureau_id = $1 and s.member_id = $2
       and s.year = $5 and s.period = 'year') as summary`;

export async function memberYearSql(
  client: pg.Client,
  bureauId: string,
  memberId: string,
  year: number,
) {
  const { rows } = await client.query(MEMBER_YEAR_SQL, [
    bureauId,
    memberId,
    `${year}-01`,
    `${year}-12`,
    year,
  ]);
  return rows[0] as Record<string, unknown>;
}

// The load test's typical analyst question: the top of the bureau ranking, with names.
export const ANALYST_QUERY = `query Top($year: Int!) {
  scoreList(filter: { year: $year }, first: 50) {
    totalCount
    edges { node { memberId total outcomeBand member { name } branch { name } } }
  }
}`;

// (d) The scorekeeper's screen: a branch's monthly sheet with every cell and live score.
export const SHEET_QUERY = `query Sheet($branchId: ID!, $month: String!) {
  monthlySheet(branchId: $branchId, month: $month) {
    branchId month schemeVersion closed
    columns { key kind itemCode nameZh unitZh editable sessionId max }
    categories { code nameZh }
    rows {
      memberId memberName groupId base special total
      cells { key value version recordId }
      categories { code score }
    }
  }
}`;

export async function sheetGraphql(client: GraphQLClient, branchId: string, month: string) {
  const data = await client.request<{ monthlySheet: { rows: { memberId: string }[] } }>(
    SHEET_QUERY,
    { branchId, month },
  );
  return data.monthlySheet.rows;
}
