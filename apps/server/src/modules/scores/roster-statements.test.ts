import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../test/factories/demo-lookup.js';
import {
  bureauEm,
  countStatements,
  createBranch,
  createMembers,
  holdSession,
  publishDefaultScheme,
  recordMonthsThrough,
  recordQuota,
} from '../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { TEST_APP_ROLE } from '../../../test/template-admin.js';
import type { Branch } from '../org/branches/branch.entity.js';
import { PREPARED } from '../../db/connection/deferred-begin-client.js';
import { refreshScoreSummaries } from './summaries/score-summaries.service.js';

let server: TestServer;
let small: Branch;
let large: Branch;

const ROSTER = `query($b: ID!) { members(branchId: $b) {
  id name branch { name } group { name }
  score(year: 2026) { total base special schemeVersion categories { code nameZh value } specialItems { code value } }
  q1: score(year: 2026, quarter: 1) { total }
} }`;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  const { bureauId } = await demoLookup(server.db);
  const em = bureauEm(server.db, bureauId);
  await publishDefaultScheme(em, bureauId);
  small = await createBranch(em, bureauId, '十人支部', 'TEN');
  large = await createBranch(em, bureauId, '千人支部', 'THOUSAND');
  const few = await createMembers(em, small, 10, '甲');
  const many = await createMembers(em, large, 1000, '乙');
  // Something to score in each branch: a study session and a login record.
  await holdSession(em, small, 'group-study', '2026-02-10', few.slice(0, 5));
  await holdSession(em, large, 'group-study', '2026-02-10', many.slice(0, 500));
  await recordQuota(em, few[0]!, '2026-02', 'study-app-login', '28');
  await recordQuota(em, many[0]!, '2026-02', 'study-app-login', '28');
  await recordMonthsThrough(em, small, '2026-02');
  await recordMonthsThrough(em, large, '2026-02');
  await em.transactional((tx) =>
    refreshScoreSummaries(
      tx,
      2026,
      [...few, ...many].map((m) => m.id),
    ),
  );
}, 120_000);
afterAll(() => server.close());

describe('field resolvers never query per row', () => {
  it('costs the same statements for a roster of 10 as of 1,000 with each year and category breakdown', async () => {
    const token = await server.login('admin');
    type Roster = {
      members: {
        score: { total: string; categories: { code: string }[] } | null;
        q1: { total: string } | null;
      }[];
    };
    // The first request checks the session; the ones after it, within seconds, reuse the check.
    expect((await server.gql('{ me { userId } }', {}, token)).errors).toBeUndefined();
    const ten = await countStatements(server.db, () =>
      server.gql<Roster>(ROSTER, { b: small.id }, token),
    );
    const thousand = await countStatements(server.db, () =>
      server.gql<Roster>(ROSTER, { b: large.id }, token),
    );
    expect(ten.result.errors).toBeUndefined();
    expect(thousand.result.errors).toBeUndefined();
    expect(ten.result.data!.members).toHaveLength(10);
    expect(thousand.result.data!.members).toHaveLength(1000);
    expect(thousand.result.data!.members.every((m) => m.score?.categories.length === 3)).toBe(true);
    expect(thousand.result.data!.members.every((m) => m.q1 !== null)).toBe(true);
    expect(thousand.statements).toBe(ten.statements);
    // Scope, members, branch, group, the summaries: a small constant.
    expect(ten.statements).toBeLessThan(15);
    expect(ten.texts.some((t) => /auth_session/.test(t))).toBe(false);
    // One transaction for the query: the walls are set once, not around every statement.
    const scopes = (texts: string[]) => texts.filter((t) => t.startsWith('select set_config('));
    expect(scopes(ten.texts)).toHaveLength(1);
    expect(scopes(thousand.texts)).toHaveLength(1);
    // The year with its breakdown and the quarter's bare total are two selections: two reads of
    // the summaries, the quarter's without the JSON columns.
    const summaries = thousand.texts.filter((t) => /from "score_summary"/.test(t));
    expect(summaries).toHaveLength(2);
    expect(summaries.filter((t) => t.includes('"special_items"'))).toHaveLength(1);
    // Sent on their own after the members: bound and prepared, planned once per connection.
    expect(summaries.every((t) => t.startsWith(PREPARED))).toBe(true);
  });

  it('answers a member without a summary with no score, and reads nothing more for them', async () => {
    const { bureauId } = await demoLookup(server.db);
    const em = bureauEm(server.db, bureauId);
    const branch = await createBranch(em, bureauId, '三人支部', 'THREE');
    const [scored, ...unscored] = await createMembers(em, branch, 3, '丙');
    await holdSession(em, branch, 'group-study', '2026-02-10', [scored!]);
    await recordMonthsThrough(em, branch, '2026-02');
    await em.transactional((tx) => refreshScoreSummaries(tx, 2026, [scored!.id]));
    await server.db.ownerQuery('delete from score_summary where member_id = any($1::uuid[])', [
      unscored.map((m) => m.id),
    ]);
    const token = await server.login('admin');
    type Row = { id: string; score: { total: string } | null; q1: { total: string } | null };
    const roster = await countStatements(server.db, () =>
      server.gql<{ members: Row[] }>(
        `query($b: ID!) { members(branchId: $b) { id score(year: 2026) { total } q1: score(year: 2026, quarter: 1) { total } } }`,
        { b: branch.id },
        token,
      ),
    );
    expect(roster.result.errors).toBeUndefined();
    const rows = roster.result.data!.members;
    expect(rows.find((r) => r.id === scored!.id)?.score).not.toBeNull();
    for (const m of unscored) {
      expect(rows.find((r) => r.id === m.id)).toMatchObject({ score: null, q1: null });
    }
    // The year and the quarter in one read of the summaries: none asked again per member.
    expect(roster.texts.filter((t) => /from "score_summary"/.test(t))).toHaveLength(1);
  });

  it('reports a failed read of the summaries on the scores, not as members without one', async () => {
    const token = await server.login('admin');
    await server.db.ownerQuery(`revoke select on score_summary from ${TEST_APP_ROLE}`);
    try {
      const roster = await server.gql<{ members: { id: string; score: unknown }[] }>(
        `query($b: ID!) { members(branchId: $b) { id score(year: 2026) { total } } }`,
        { b: small.id },
        token,
      );
      expect(roster.data!.members).toHaveLength(10);
      expect(roster.data!.members.every((m) => m.score === null)).toBe(true);
      expect(roster.errors?.length).toBeGreaterThan(0);
      expect(roster.errors!.every((e) => e.path?.[2] === 'score')).toBe(true);
    } finally {
      await server.db.ownerQuery(`grant select on score_summary to ${TEST_APP_ROLE}`);
    }
  });

  it('reads a ranking page of 500 with its names in one statement', async () => {
    const token = await server.login('admin');
    const PAGE = `query($after: String, $first: Int!) { scoreList(filter: { year: 2026, branchId: "${large.id}" }, first: $first, after: $after) {
      pageInfo { endCursor }
      edges { node { memberId total member { name } branch { name } } }
    } }`;
    type Page = {
      scoreList: {
        pageInfo: { endCursor: string };
        edges: { node: { member: { name: string }; branch: { name: string } } }[];
      };
    };
    const first = await server.gql<Page>(PAGE, { first: 500 }, token);
    expect(first.errors).toBeUndefined();
    const second = await countStatements(server.db, () =>
      server.gql<Page>(
        PAGE,
        { first: 500, after: first.data!.scoreList.pageInfo.endCursor },
        token,
      ),
    );
    expect(second.result.errors).toBeUndefined();
    const edges = second.result.data!.scoreList.edges;
    expect(edges).toHaveLength(500);
    expect(
      edges.every((e) => e.node.member.name.startsWith('乙') && e.node.branch.name === '千人支部'),
    ).toBe(true);
    const reads = second.texts.filter((t) => !/^(begin|commit|select set_config)/.test(t));
    // The session and its roles, then the page with its members and branches.
    expect(reads.filter((t) => /score_summary/.test(t))).toHaveLength(1);
    expect(reads.filter((t) => /from "member"|from member/.test(t))).toHaveLength(0);
  });

  it('counts the total inside the page’s statement when asked, and not when @include leaves it out', async () => {
    const token = await server.login('admin');
    const PAGE = `query($after: String, $count: Boolean!) { scoreList(filter: { year: 2026, branchId: "${large.id}" }, first: 400, after: $after) {
      totalCount @include(if: $count)
      pageInfo { endCursor hasNextPage }
      edges { node { memberId } }
    } }`;
    type Page = {
      scoreList: {
        totalCount?: number;
        pageInfo: { endCursor: string; hasNextPage: boolean };
        edges: unknown[];
      };
    };
    // The page's statement (the first page also checks that the summaries are fresh, apart).
    const pages = (texts: string[]) => texts.filter((t) => /order by s\.total_sort_key/.test(t));
    // The total counted in a statement of its own (as before, and for an empty page).
    const ownCounts = (texts: string[]) =>
      texts.filter((t) => /^select count\(\*\) as n from score_summary/.test(t));
    const first = await countStatements(server.db, () =>
      server.gql<Page>(PAGE, { count: true }, token),
    );
    expect(first.result.data!.scoreList.totalCount).toBe(1000);
    expect(pages(first.texts)).toHaveLength(1);
    expect(pages(first.texts)[0]).toMatch(/count\(\*\)/);
    expect(ownCounts(first.texts)).toEqual([]);
    const later = await countStatements(server.db, () =>
      server.gql<Page>(
        PAGE,
        { count: false, after: first.result.data!.scoreList.pageInfo.endCursor },
        token,
      ),
    );
    expect(later.result.data!.scoreList).not.toHaveProperty('totalCount');
    expect(pages(later.texts)).toHaveLength(1);
    expect(pages(later.texts)[0]).not.toMatch(/count\(\*\)/);
    expect(ownCounts(later.texts)).toEqual([]);
    // Past the last line: an empty page still answers the total, counted on its own.
    let after = later.result.data!.scoreList.pageInfo.endCursor;
    for (;;) {
      const page = await server.gql<Page>(PAGE, { count: false, after }, token);
      if (!page.data!.scoreList.pageInfo.hasNextPage) {
        after = page.data!.scoreList.pageInfo.endCursor;
        break;
      }
      after = page.data!.scoreList.pageInfo.endCursor;
    }
    const past = await server.gql<Page>(PAGE, { count: true, after }, token);
    expect(past.data!.scoreList.edges).toHaveLength(0);
    expect(past.data!.scoreList.totalCount).toBe(1000);
  });

  it('reads the breakdown only when asked, also when asked through a fragment', async () => {
    const token = await server.login('admin');
    const LIST = `query { scoreList(filter: { year: 2026, branchId: "${large.id}" }, first: 5) {
      edges { node { total ...Breakdown } } } }
      fragment Breakdown on ScoreSummary { categories { code } }`;
    const res = await countStatements(server.db, () =>
      server.gql<{ scoreList: { edges: { node: { categories: { code: string }[] } }[] } }>(
        LIST,
        {},
        token,
      ),
    );
    expect(res.result.errors).toBeUndefined();
    expect(res.result.data!.scoreList.edges.every((e) => e.node.categories.length === 3)).toBe(
      true,
    );
    expect(res.texts.find((t) => t.includes('from score_summary s'))).toContain('categories');
    const bare = await countStatements(server.db, () =>
      server.gql(
        `{ scoreList(filter: { year: 2026 }, first: 5) { edges { node { total } } } }`,
        {},
        token,
      ),
    );
    expect(bare.result.errors).toBeUndefined();
    expect(bare.texts.find((t) => t.includes('from score_summary s'))).not.toContain('categories');
  });

  it('answers every alias and fragment of a roster with the scores a member’s own page shows', async () => {
    const token = await server.login('admin');
    type Score = { total: string; base: string } | null;
    type Row = { id: string; year: Score; q1: Score; q2: Score; categories: { score: Score } };
    const roster = await server.gql<{ members: Row[] }>(
      `query($b: ID!) { members(branchId: $b) { id
        year: score(year: 2026) { total base }
        q1: score(year: 2026, quarter: 1) { total base }
        ...Second
        categories: score(year: 2026) { total base categories { code } }
      } }
      fragment Second on Member { q2: score(year: 2026, quarter: 2) { total base } }`,
      { b: small.id },
      token,
    );
    expect(roster.errors).toBeUndefined();
    const rows = roster.data!.members;
    expect(rows).toHaveLength(10);
    for (const row of rows.slice(0, 4)) {
      const own = await server.gql<{ member: { year: Score; q1: Score; q2: Score } }>(
        `query($id: ID!) { member(id: $id) {
          year: score(year: 2026) { total base }
          q1: score(year: 2026, quarter: 1) { total base }
          q2: score(year: 2026, quarter: 2) { total base } } }`,
        { id: row.id },
        token,
      );
      expect(own.errors).toBeUndefined();
      expect({ year: row.year, q1: row.q1, q2: row.q2 }).toEqual(own.data!.member);
      expect(row.year).not.toBeNull();
    }
  });

  it('refuses a period out of range with one typed error, reading no summary', async () => {
    const token = await server.login('admin');
    const roster = await countStatements(server.db, () =>
      server.gql(
        `query($b: ID!) { members(branchId: $b) { id q: score(year: 2026, quarter: 7) { total } } }`,
        { b: small.id },
        token,
      ),
    );
    expect(roster.result.errors).toHaveLength(1);
    expect(roster.result.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'quarter',
    });
    expect(roster.texts.some((t) => /score_summary/.test(t))).toBe(false);
    // Quarter 0 is not the year; a member's own page refuses it the same way.
    const [one] = await server.db.ownerQuery<{ id: string }>(
      'select id from member where branch_id = $1 limit 1',
      [small.id],
    );
    const own = await server.gql(
      `query($id: ID!) { member(id: $id) { score(year: 2026, quarter: 0) { total } } }`,
      { id: one!.id },
      token,
    );
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
  });
});
