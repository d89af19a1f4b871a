import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bureauEm,
  countStatements,
  createBranch,
  createMembers,
  recordMonthsThrough,
} from '../../../test/factories/ledger.js';
import {
  expected,
  statisticsBureau,
  type StatisticsBureau,
} from '../../../test/factories/statistics-bureau.js';
import type { TestServer } from '../../../test/test-server.js';
import type { Branch } from '../org/branches/branch.entity.js';
import { refreshScoreSummaries } from '../scores/summaries/score-summaries.service.js';

let server: TestServer;
let analyst: string;
let secretary: string;
let bureauId: string;
let tested: Branch;
let tiny: Branch;
let office: Branch;
let stats: StatisticsBureau['stats'];
let groups: StatisticsBureau['groups'];
let summaries: StatisticsBureau['summaries'];

beforeAll(async () => {
  ({ server, analyst, secretary, bureauId, tested, tiny, office, stats, groups, summaries } =
    await statisticsBureau());
}, 180_000);
afterAll(() => server.close());

describe('scoreStatistics', () => {
  it('gives each branch its exact mean, median, extremes, band counts and histogram', async () => {
    const byBranch = await groups(analyst, {}, ['BRANCH'], 5);
    const rows = await summaries();
    const mine = byBranch.find((g) => g.key.branchId === tested.id)!;
    expect(mine.key.branchName).toBe('统计测试党支部');
    const ours = rows.filter((r) => r.branch_id === tested.id);
    expect(ours).toHaveLength(7);
    // The totals really differ, and at least one is not a finite decimal.
    expect(new Set(ours.map((r) => r.total_exact)).size).toBeGreaterThan(3);
    expect(ours.some((r) => r.total_exact.includes('/'))).toBe(true);
    expect(mine.memberCount).toBe(7);
    expect(mine.total).toEqual(expected(ours.map((r) => r.total_exact)));
    expect(mine.base).toEqual(expected(ours.map((r) => r.base_exact)));
    expect(mine.special).toEqual(expected(ours.map((r) => r.special_exact)));
    expect(mine.categories.map((c) => c.nameZh)).toEqual(['政治学习', '组织生活', '政治建设']);
    const bandCount = mine.bands.reduce((a, b) => a + b.count, 0);
    expect(bandCount).toBe(7);
    for (const band of mine.bands) {
      // An approved year by its outcome band, a provisional one by its projection's.
      expect(band.count).toBe(
        ours.filter((r) => (r.outcome_band ?? r.projection_band ?? 'none') === band.band).length,
      );
    }
    // 2026 is not approved: every band is a projection, and says so.
    expect(mine.provisional).toBe(true);
    for (const band of mine.bands) {
      expect(band.projectedCount).toBe(band.count);
      expect(band.labelZh).toMatch(/^预计 · /);
    }
    expect(mine.histogram.reduce((a, b) => a + b.count, 0)).toBe(7);
    expect(mine.histogram.every((b) => Number(b.to) - Number(b.from) === 5)).toBe(true);
    // The bureau as one group: every summary of the year, once.
    const [bureau] = await groups(analyst, {});
    expect(bureau!.memberCount).toBe(rows.length);
    expect(bureau!.total).toEqual(expected(rows.map((r) => r.total_exact)));
  });

  it('gives the same figures when a query asks only for means and bands', async () => {
    const full = await groups(analyst, {}, ['BRANCH']);
    const res = await server.gql<{
      scoreStatistics: { groups: { key: { branchId: string }; total: { mean: string } | null }[] };
    }>(
      `query($y: Int!) { scoreStatistics(filter: { year: $y }, groupBy: [BRANCH]) {
        groups { key { branchId } total { mean } bands { band count } } } }`,
      { y: 2026 },
      analyst,
    );
    expect(res.errors).toBeUndefined();
    const lean = res.data!.scoreStatistics.groups;
    expect(lean.map((g) => [g.key.branchId, g.total?.mean])).toEqual(
      full.map((g) => [g.key.branchId, g.total?.mean ?? undefined]),
    );
    expect(lean).toEqual(
      full.map((g) =>
        expect.objectContaining({ bands: g.bands.map(({ band, count }) => ({ band, count })) }),
      ),
    );
  });

  it('hides the figures of a group smaller than the minimum', async () => {
    const byBranch = await groups(analyst, {}, ['BRANCH']);
    const small = byBranch.find((g) => g.key.branchId === tiny.id)!;
    expect(small.suppressed).toBe(true);
    expect(small.memberCount).toBeNull();
    expect(small.total).toBeNull();
    expect(small.bands).toEqual([]);
    // By member status, the lone probationary member of the test branch is not shown either.
    const byStatus = await groups(analyst, { branchIds: [tested.id] }, ['MEMBER_STATUS']);
    expect(byStatus.map((g) => [g.key.memberStatus, g.suppressed])).toEqual([
      ['FULL', false],
      ['PROBATIONARY', true],
    ]);
  });

  it('groups by quarter, by month (base scores of each month) and by category', async () => {
    const quarters = await groups(analyst, { branchIds: [tested.id] }, ['QUARTER']);
    expect(quarters.map((g) => g.key.quarter)).toEqual([1, 2, 3, 4]);
    const q1 = (await summaries('q1')).filter((r) => r.branch_id === tested.id);
    expect(quarters[0]!.total).toEqual(expected(q1.map((r) => r.total_exact)));

    const months = await groups(analyst, { branchIds: [tested.id], quarter: 1 }, ['MONTH']);
    expect(months.map((g) => g.key.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    const february = (await summaries())
      .filter((r) => r.branch_id === tested.id)
      .map((r) => r.months!.find((m) => m.month === '2026-02')!.base);
    expect(months[1]!.total).toEqual(expected(february));
    expect(months[1]!.special).toBeNull();

    const categories = await groups(analyst, { branchIds: [tested.id] }, ['CATEGORY']);
    expect(categories.map((g) => g.key.partNameZh)).toEqual(['政治学习', '组织生活', '政治建设']);
    const whole = await groups(analyst, { branchIds: [tested.id] });
    expect(categories.map((g) => g.total)).toEqual(whole[0]!.categories.map((c) => c.score));
  });

  it('lists a branch’s party groups by their number', async () => {
    const byGroup = await groups(analyst, { branchIds: [office.id] }, ['GROUP']);
    // By the names as text 第三 came before 第二 (in pinyin 第一 came last).
    expect(byGroup.map((g) => g.key.groupName)).toEqual(['第一党小组', '第二党小组', '第三党小组']);
  });

  it('covers only the branches the caller reads', async () => {
    const mine = await groups(secretary, {}, ['BRANCH']);
    expect(mine.map((g) => g.key.branchId)).toEqual([office.id]);
    const refused = await stats(secretary, { branchIds: [tested.id] });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const member = await server.login('dangyuan1');
    expect((await stats(member, {})).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('refuses bad filters with a typed error naming the field', async () => {
    const cases: [object, string[], number | undefined, string][] = [
      [{ quarter: 5 }, [], undefined, 'filter.quarter'],
      [{ quarter: 1, month: 4 }, [], undefined, 'filter.month'],
      [{ month: 13 }, [], undefined, 'filter.month'],
      // Malformed ids are refused at the edge, naming the element.
      [{ branchIds: ['nope'] }, [], undefined, 'filter.branchIds[0]'],
      [{ branchIds: [] }, [], undefined, 'filter.branchIds'],
      [{}, ['CATEGORY', 'ITEM'], undefined, 'groupBy'],
      [{}, ['BRANCH', 'BRANCH'], undefined, 'groupBy'],
      [{}, ['MONTH', 'ITEM'], undefined, 'groupBy'],
      [{}, [], 0, 'bucketWidth'],
    ];
    for (const [filter, groupBy, width, field] of cases) {
      const res = await stats(analyst, filter, groupBy, width);
      expect(res.errors?.[0]?.extensions, JSON.stringify(filter)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    const year = await stats(analyst, { year: 1999 });
    expect(year.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('labels final bands as they are and projections as 预计, also when a group mixes both', async () => {
    // The small branch's year approved (its outcome fixed), the others' still running.
    const approve = (band: string | null) =>
      server.db.ownerQuery(
        `update score_summary set outcome_band = ${band === null ? 'null' : 'coalesce(projection_band, $3)'}
         where bureau_id = $1 and branch_id = $2 and year = 2026 and period = 'year'`,
        band === null ? [bureauId, tiny.id] : [bureauId, tiny.id, band],
      );
    await approve('none');
    try {
      const byBranch = await groups(analyst, {}, ['BRANCH']);
      const small = byBranch.find((g) => g.key.branchId === tiny.id)!;
      expect(small.provisional).toBe(false);
      for (const band of small.bands) {
        expect(band.projectedCount).toBe(0);
        expect(band.labelZh).not.toContain('预计');
      }
      const [bureau] = await groups(analyst, {});
      expect(bureau!.provisional).toBe(true);
      const projected = bureau!.bands.reduce((a, b) => a + b.projectedCount, 0);
      const all = bureau!.bands.reduce((a, b) => a + b.count, 0);
      expect(all - projected).toBe(2);
      const mixed = bureau!.bands.filter((b) => b.projectedCount > 0 && b.projectedCount < b.count);
      expect(mixed.length).toBeGreaterThan(0);
      for (const band of mixed) expect(band.labelZh).toContain(`含预计 ${band.projectedCount} 人`);
      const byBand = await groups(analyst, {}, ['BAND']);
      for (const g of byBand) {
        const counted = bureau!.bands.find((b) => b.band === g.key.band)!;
        if (counted.projectedCount === counted.count) expect(g.key.bandLabelZh).toMatch(/^预计 · /);
      }
    } finally {
      await approve(null);
    }
  });

  it('costs the same statements for a bureau with more members and branches', async () => {
    const query = () => stats(analyst, {}, ['BRANCH', 'CATEGORY']);
    await query(); // summaries fresh, session checked
    const before = await countStatements(server.db, query);
    const em = bureauEm(server.db, bureauId);
    const added: { id: string }[] = [];
    for (const code of ['G1', 'G2']) {
      const branch = await createBranch(em, bureauId, `增长${code}党支部`, code);
      await recordMonthsThrough(em, branch, '2026-03');
      added.push(...(await createMembers(em, branch, 100, code)));
    }
    await em.transactional((tx) =>
      refreshScoreSummaries(
        tx,
        2026,
        added.map((m) => m.id),
      ),
    );
    await query(); // the session check again: seeding took longer than the session cache keeps it
    const after = await countStatements(server.db, query);
    expect(before.result.errors).toBeUndefined();
    expect(after.result.errors).toBeUndefined();
    expect(after.result.data!.scoreStatistics.groups.length).toBeGreaterThan(
      before.result.data!.scoreStatistics.groups.length,
    );
    expect(after.statements).toBe(before.statements);
    // The statistics themselves are one statement.
    expect(after.texts.filter((t) => t.includes('with src as'))).toHaveLength(1);
  });
});
