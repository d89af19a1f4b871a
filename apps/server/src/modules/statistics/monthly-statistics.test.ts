import { scoreMonth } from '@jifen/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected, statisticsBureau } from '../../../test/factories/statistics-bureau.js';
import type { StatisticsBureau } from '../../../test/factories/statistics-bureau.js';
import { loadMemberYearFacts } from '../ledger/facts/facts-loader.js';
import { Membership } from '../org/members/membership.entity.js';
import { schemeFromDefault } from '../schemes/scheme-templates.js';
import { bureauEm } from '../../../test/factories/ledger.js';

/**
 * Statistics of a month read the months a year summary carries: each month counts in the branch
 * the member was in then, with that month's category scores, as the scoring package computes them.
 */
let bureau: StatisticsBureau;
let moved: string;

beforeAll(async () => {
  bureau = await statisticsBureau();
  const em = bureauEm(bureau.server.db, bureau.bureauId);
  // One of the tested branch's members moves to the office in April (组织关系转接).
  const [membership] = await em.find(Membership, { branchId: bureau.tested.id }, { limit: 1 });
  moved = membership!.memberId;
  const res = await bureau.server.gql(
    'mutation($input: TransferMemberInput!) { transferMember(input: $input) { id } }',
    { input: { memberId: moved, toBranchId: bureau.office.id, month: '2026-04' } },
    await bureau.server.login('admin'),
  );
  expect(res.errors).toBeUndefined();
}, 180_000);
afterAll(() => bureau.server.close());

describe('statistics of a month', () => {
  it('counts a month in the branch the member was in then, not where the year ended', async () => {
    const row = (await bureau.summaries()).find((r) => r.member_id === moved)!;
    expect(row.branch_id).toBe(bureau.office.id);
    const count = async (month: number) =>
      (await bureau.groups(bureau.analyst, { month }, ['BRANCH'])).find(
        (g) => g.key.branchId === bureau.tested.id,
      )!.memberCount;
    // Six members and a probationary one in February, the moved one among them; six in May.
    expect(await count(2)).toBe(7);
    expect(await count(5)).toBe(6);
  });

  it("gives each category the month's own scores", async () => {
    const em = bureauEm(bureau.server.db, bureau.bureauId);
    const ids = (await em.find(Membership, { branchId: bureau.tested.id })).map((m) => m.memberId);
    const facts = await em.transactional((tx) => loadMemberYearFacts(tx, 2026, ids));
    const scheme = schemeFromDefault(2026);
    const february = facts.map((f) => scoreMonth(f, scheme, '2026-02', { explain: false }));
    const groups = await bureau.groups(
      bureau.analyst,
      { month: 2, branchIds: [bureau.tested.id] },
      ['CATEGORY'],
    );
    expect(groups.map((g) => g.key.partCode)).toEqual(february[0]!.categories.map((c) => c.code));
    groups.forEach((group, i) => {
      const scores = february.map((m) => m.categories[i]!.score.exact);
      expect(group.total).toEqual(expected(scores));
    });
    // The categories differ from one another, so a category read in another's place shows.
    expect(new Set(groups.map((g) => g.total!.mean)).size).toBeGreaterThan(1);
  });
});
