import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import {
  recordStatements,
  type SentStatement,
} from '../../../../test/factories/sent-statements.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.js';
import type { Actor } from '../../../auth/actor.js';
import { Role } from '../../../auth/roles.js';
import { inReadTransaction } from '../../../db/connection/read-transaction.js';
import { scopedEntityManager } from '../../../tenancy/scoped-entity-manager.js';
import { scoreList } from './score-list.service.js';

let db: TestDatabase;
let bureauId: string;
const PAGE = 40;

const analyst = (): Actor => ({
  userId: '00000000-0000-4000-8000-0000000000a1',
  bureauId,
  sessionId: 'plan-test',
  displayName: 'analyst',
  memberId: null,
  roles: [{ role: Role.ANALYST, branchId: null }],
  mustChangePassword: false,
});

/** Runs `fn` as the app role under the analyst's walls, recording the statements it sends. */
async function asAnalyst<T>(fn: (em: EntityManager, sent: SentStatement[]) => Promise<T>) {
  const em = scopedEntityManager(db.orm, { bureauId, branchIds: 'all', writeBranchIds: [] });
  return inReadTransaction(em, async (tx) => {
    return fn(tx, recordStatements(tx).sent);
  });
}

beforeAll(async () => {
  db = await createTestDatabase({ template: 'ledger' });
  ({ bureauId } = await demoLookup(db));
  // The first page refreshes whatever summaries the template lacks; then fresh statistics.
  await asAnalyst((em) => scoreList(em, analyst(), { year: 2026 }, PAGE, null));
  await db.ownerQuery('analyze score_summary');
}, 120_000);
afterAll(() => db.close());

describe('the ranking under row-level security', () => {
  it('seeks a later page in the index instead of filtering the pages before it', async () => {
    const plan = await asAnalyst(async (em, sent) => {
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        after = (await scoreList(em, analyst(), { year: 2026 }, PAGE, after)).pageInfo.endCursor;
      }
      sent.length = 0;
      const third = await scoreList(em, analyst(), { year: 2026 }, PAGE, after);
      expect(third.edges.length).toBeGreaterThan(0);
      const page = sent.find((s) => /order by/.test(s.sql))!;
      // 151 members are few enough for a sequential scan and a sort: rule those out, so the plan
      // shows where the keyset lands once the ranking index is walked (at 10,000 members the
      // planner walks it unasked).
      await em.execute('set local enable_seqscan = off');
      await em.execute('set local enable_bitmapscan = off');
      await em.execute('set local enable_sort = off');
      const rows = await em.execute<{ 'QUERY PLAN': string }[]>(
        `explain (analyze, costs off, timing off, summary off) ${page.sql}`,
        page.params,
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    // The keyset is part of the index condition, after the bureau, year and period…
    expect(plan).toMatch(/Index Scan Backward using score_summary_ranking_index/);
    expect(plan).toMatch(/Index Cond: .*ROW\((s\.)?total_sort_key, (s\.)?member_id\) < ROW\(/);
    // …and no earlier page's rows are read and thrown away (120 of them before page 4).
    const removed = [...plan.matchAll(/Rows Removed by Filter: (\d+)/g)].map((m) => Number(m[1]));
    expect(removed.every((n) => n < PAGE)).toBe(true);
  });

  it('walks the same order as the totals, with the key equal to the total in millionths', async () => {
    const rows = await db.ownerQuery<{ mismatched: string }>(
      `select count(*) as mismatched from score_summary
        where total_sort_key <> (total_sort * 1000000)::bigint
           or total_sort_key::numeric / 1000000 <> total_sort`,
    );
    expect(Number(rows[0]!.mismatched)).toBe(0);
    const walk = await asAnalyst(async (em) => {
      const totals: number[] = [];
      const ids = new Set<string>();
      let count = 0;
      let after: string | null = null;
      do {
        const page = await scoreList(em, analyst(), { year: 2026 }, PAGE, after);
        if (after === null) count = await page.countTotal();
        totals.push(...page.edges.map((e) => Number(e.node.totalSort)));
        for (const e of page.edges) ids.add(e.node.memberId);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return { totals, ids, count };
    });
    expect(walk.count).toBeGreaterThan(3 * PAGE);
    expect(walk.totals).toHaveLength(walk.count);
    expect(walk.ids.size).toBe(walk.count);
    expect([...walk.totals].sort((a, b) => b - a)).toEqual(walk.totals);
  });
});
