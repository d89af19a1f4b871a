// Two goals of the ranking's pages (issue 22): a later page costs what the first does, because
// under row-level security its keyset is sought inside the ranking index rather than filtered
// after the walls; and the first page's freshness check is a small share of the first page.
import type pg from 'pg';
import type { GraphQLClient } from '../server/graphql.js';
import {
  RANKING_QUERY,
  type RankingPage,
  rankingSqlPage,
  rankingSqlPlan,
  type RankingSqlRow,
} from './queries.js';
import type { ServerProcess } from '../server/server-process.js';
import { percentile, round } from '../stats.js';

/** Pages of 100: the last page of even the quick bureau has hundreds of rows before it. */
export const KEYSET_PAGE = 100;
/** Later page ÷ first page (p50): "the same cost", with room for the machine's noise. */
export const KEYSET_GOAL = 1.2;
/** The freshness check's share of the first page (checks per page × a check ÷ the page). */
export const FRESHNESS_GOAL = 0.1;

/** What a plan says about the page's scan of score_summary. */
export type PlanFacts = { keysetInIndex: boolean; rowsRemovedByFilter: number; rowsRead: number };

export type KeysetResult = {
  pageSize: number;
  /** The page measured against the first (the last one), and the rows ranked before it. */
  laterPage: number;
  rowsBefore: number;
  graphql: { firstMs: number; laterMs: number; ratio: number };
  sql: { firstMs: number; laterMs: number; ratio: number };
  plans: { server: PlanFacts; sql: PlanFacts };
  goal: number;
  met: boolean;
};

type Node = { [key: string]: unknown; Plans?: Node[] };

export function planFacts(plan: unknown): PlanFacts {
  const facts: PlanFacts = { keysetInIndex: false, rowsRemovedByFilter: 0, rowsRead: 0 };
  const visit = (node: Node) => {
    // An index scan of the table, or a bitmap index scan (no relation of its own) feeding one.
    const cond = String(node['Index Cond'] ?? '');
    if (/total_sort_key/.test(cond) && /member_id/.test(cond)) facts.keysetInIndex = true;
    if (node['Relation Name'] === 'score_summary') {
      const removed = Number(node['Rows Removed by Filter'] ?? 0);
      facts.rowsRemovedByFilter += removed;
      facts.rowsRead += Number(node['Actual Rows'] ?? 0) + removed;
    }
    for (const child of node.Plans ?? []) visit(child);
  };
  for (const top of (plan as { Plan: Node }[] | undefined) ?? []) visit(top.Plan);
  return facts;
}

const pageVariables = (year: number, after: string | null) => ({
  year,
  first: KEYSET_PAGE,
  after,
  count: false,
});

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Times the first page and the last page of the ranking (pages of 100, no total) through GraphQL
 * and SQL, alternating, and reads both sides' plans of the last page as the analyst's app role:
 * the server's own statement (captured in its process) and the SQL floor's.
 */
export async function measureKeyset(
  server: ServerProcess,
  analyst: GraphQLClient,
  sql: pg.Client,
  bureauId: string,
  year: number,
  samples: number,
): Promise<KeysetResult> {
  // The cursor before the last page, on both sides.
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page: RankingPage = await analyst.request<RankingPage>(
      RANKING_QUERY,
      pageVariables(year, after),
    );
    pages++;
    if (!page.scoreList.pageInfo.hasNextPage) break;
    after = page.scoreList.pageInfo.endCursor;
  }
  let last: RankingSqlRow | null = null;
  for (let page = 1; page < pages; page++) {
    const rows = await rankingSqlPage(sql, bureauId, year, KEYSET_PAGE, last);
    last = rows[KEYSET_PAGE - 1] ?? null;
  }
  if (!after || !last) throw new Error('the ranking has a single page: nothing to seek');
  const laterCursor = after;
  const laterRow = last;
  const gqlFirst = () => analyst.request(RANKING_QUERY, pageVariables(year, null));
  const gqlLater = () => analyst.request(RANKING_QUERY, pageVariables(year, laterCursor));
  const sqlFirst = () => rankingSqlPage(sql, bureauId, year, KEYSET_PAGE, null);
  const sqlLater = () => rankingSqlPage(sql, bureauId, year, KEYSET_PAGE, laterRow);

  await server.capture();
  await gqlLater();
  const captured = (await server.release()).find((t) => /score_summary.*\blimit\b/i.test(t));
  if (!captured) throw new Error("no ranking statement among the later page's statements");
  const statement = withoutLeadingSettings(captured);
  const serverPlan = (
    await sql.query<{ 'QUERY PLAN': unknown }>(`explain (analyze, format json) ${statement}`)
  ).rows[0]?.['QUERY PLAN'];
  const plans = {
    server: planFacts(serverPlan),
    sql: planFacts(await rankingSqlPlan(sql, bureauId, year, KEYSET_PAGE, laterRow)),
  };

  const times = { gqlFirst: [] as number[], gqlLater: [] as number[] };
  const sqlTimes = { first: [] as number[], later: [] as number[] };
  for (let i = 0; i < 3; i++) for (const f of [gqlFirst, gqlLater, sqlFirst, sqlLater]) await f();
  for (let i = 0; i < samples; i++) {
    times.gqlFirst.push(await time(gqlFirst));
    times.gqlLater.push(await time(gqlLater));
    sqlTimes.first.push(await time(sqlFirst));
    sqlTimes.later.push(await time(sqlLater));
  }
  const side = (first: number[], later: number[]) => {
    const f = percentile(first, 50);
    const l = percentile(later, 50);
    return { firstMs: round(f, 2), laterMs: round(l, 2), ratio: round(l / f, 2) };
  };
  const graphql = side(times.gqlFirst, times.gqlLater);
  const seeks = (p: PlanFacts) => p.keysetInIndex && p.rowsRemovedByFilter < KEYSET_PAGE;
  return {
    pageSize: KEYSET_PAGE,
    laterPage: pages,
    rowsBefore: (pages - 1) * KEYSET_PAGE,
    graphql,
    sql: side(sqlTimes.first, sqlTimes.later),
    plans,
    goal: KEYSET_GOAL,
    met: seeks(plans.server) && seeks(plans.sql) && graphql.ratio <= KEYSET_GOAL,
  };
}

export type FreshnessResult = {
  /** The check alone (the server's statement, run by the bench as the same app role), p50. */
  checkMs: number;
  /** The first page (500 lines, with the total) through GraphQL, p50 of the burst. */
  firstPageMs: number;
  /** First pages in the burst, and how many of them ran the check (the rest took the verdict). */
  pages: number;
  checks: number;
  /** One check ÷ the first page: what a first page pays when it does check. */
  shareWhenChecked: number;
  /** Checks per page × one check ÷ the first page: what the burst paid. */
  share: number;
  goal: number;
  met: boolean;
};

// The freshness check's bureau-wide count of who should have a summary (score-summaries.service.ts).
const isFreshnessCheck = (sql: string) => /count\(distinct m\.member_id\)/.test(sql);

// The server sends a transaction's begin and its settings in one message with the statement after
// them. Run again here, the begin would leave a transaction open on the bench's connection;
// EXPLAIN takes the statement alone (the bench's connection has the same scope set).
const withoutBegin = (text: string) => text.replace(/^\s*begin\s*;/i, '');
const withoutLeadingSettings = (text: string) =>
  text.replace(
    /^(?:\s*(?:\/\* with the next statement \*\/ )?(?:begin|select set_config\([^;]*\))\s*;)+/i,
    '',
  );

/**
 * The first page's freshness check: one check timed alone, and a burst of first pages (each
 * captured) counting how many ran it. The burst starts after the server's verdicts expire
 * (SESSION_CACHE_SECONDS, 5 s), so its first page must check: if it does not, the bench no longer
 * recognises the check and says so.
 */
export async function measureFreshness(
  server: ServerProcess,
  analyst: GraphQLClient,
  sql: pg.Client,
  year: number,
  samples: number,
): Promise<FreshnessResult> {
  const firstPage = () =>
    analyst.request(RANKING_QUERY, { year, first: 500, after: null, count: true });
  await new Promise((resolve) => setTimeout(resolve, 5_500));
  const pageTimes: number[] = [];
  let check: string | undefined;
  let checks = 0;
  for (let i = 0; i < samples; i++) {
    await server.capture();
    pageTimes.push(await time(firstPage));
    const found = (await server.release()).find(isFreshnessCheck);
    if (i === 0 && !found) throw new Error('the first page after 5.5 s sent no freshness check');
    if (found) {
      checks++;
      check ??= withoutBegin(found);
    }
  }
  const checkTimes: number[] = [];
  for (let i = 0; i < samples; i++) checkTimes.push(await time(() => sql.query(check!)));
  const checkMs = percentile(checkTimes, 50);
  const firstPageMs = percentile(pageTimes, 50);
  const share = ((checks / samples) * checkMs) / firstPageMs;
  return {
    checkMs: round(checkMs, 2),
    firstPageMs: round(firstPageMs, 2),
    pages: samples,
    checks,
    shareWhenChecked: round(checkMs / firstPageMs, 3),
    share: round(share, 3),
    goal: FRESHNESS_GOAL,
    met: share <= FRESHNESS_GOAL,
  };
}
