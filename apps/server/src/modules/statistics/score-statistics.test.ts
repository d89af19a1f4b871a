import { parseExact, roundToText } from '@jifen/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../test/factories/demo-lookup.js';
import {
  branchByName,
  bureauEm,
  countStatements,
  createBranch,
  createMember,
  createMembers,
  holdSession,
  publishDefaultScheme,
  recordMonthsThrough,
  recordQuota,
} from '../../../test/factories/ledger.js';
import { readWorkbook } from '../../../test/factories/roster-workbook.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import type { Branch } from '../org/branches/branch.entity.js';
import { MemberStatus } from '../org/members/member.entity.js';
import { refreshScoreSummaries } from '../scores/summaries/score-summaries.service.js';

type Figures = { count: number; mean: string; median: string; min: string; max: string };
type Group = {
  key: {
    branchId: string | null;
    branchName: string | null;
    quarter: number | null;
    month: string | null;
    partCode: string | null;
    partNameZh: string | null;
    band: string | null;
    bandLabelZh: string | null;
    memberStatus: string | null;
  };
  suppressed: boolean;
  memberCount: number | null;
  total: Figures | null;
  base: Figures | null;
  special: Figures | null;
  evaluation: Figures | null;
  categories: { code: string; nameZh: string; score: Figures }[];
  bands: { band: string; labelZh: string; count: number; projectedCount: number }[];
  provisional: boolean;
  histogram: { from: string; to: string; count: number }[];
};
type Stats = { scoreStatistics: { minGroupSize: number; groups: Group[] } };

const FIG = 'count mean median min max';
const STATS = `query($f: StatisticsFilter!, $g: [StatisticsDimension!], $w: Int) {
  scoreStatistics(filter: $f, groupBy: $g, bucketWidth: $w) {
    minGroupSize
    groups {
      key { branchId branchName quarter month partCode partNameZh band bandLabelZh memberStatus }
      suppressed memberCount provisional
      total { ${FIG} } base { ${FIG} } special { ${FIG} } evaluation { ${FIG} }
      categories { code nameZh score { ${FIG} } }
      bands { band labelZh count projectedCount }
      histogram { from to count }
    }
  }
}`;

let server: TestServer;
let analyst: string;
let secretary: string;
let bureauId: string;
let tested: Branch;
let tiny: Branch;
let office: Branch;

/** The exact figures of a list of exact texts, rounded as the 2021 scheme rounds (2 places, half-up). */
function expected(exacts: string[]): Figures {
  const values = exacts.map((e) => parseExact(e)).sort((a, b) => a.compare(b));
  const n = values.length;
  const round = (v: (typeof values)[number]) => roundToText(v, { decimals: 2, mode: 'half-up' });
  const sum = values.reduce((a, b) => a.add(b));
  const median = values[Math.floor((n - 1) / 2)]!.add(values[Math.floor(n / 2)]!).div(2);
  return {
    count: n,
    mean: round(sum.div(n)),
    median: round(median),
    min: round(values[0]!),
    max: round(values[n - 1]!),
  };
}

async function stats(token: string, filter: object, groupBy: string[] = [], w?: number) {
  return server.gql<Stats>(STATS, { f: { year: 2026, ...filter }, g: groupBy, w }, token);
}

async function groups(token: string, filter: object, groupBy: string[] = [], w?: number) {
  const res = await stats(token, filter, groupBy, w);
  expect(res.errors).toBeUndefined();
  return res.data!.scoreStatistics.groups;
}

type SummaryRow = {
  branch_id: string;
  member_id: string;
  period: string;
  total_exact: string;
  base_exact: string;
  special_exact: string;
  outcome_band: string | null;
  projection_band: string | null;
  months: { month: string; branchId: string; base: string }[] | null;
};

const summaries = (period = 'year') =>
  server.db.ownerQuery<SummaryRow>(
    `select branch_id, member_id, period, total_exact, base_exact, special_exact, outcome_band, projection_band, months
       from score_summary where bureau_id = $1 and year = 2026 and period = $2`,
    [bureauId, period],
  );

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  ({ bureauId } = await demoLookup(server.db));
  const em = bureauEm(server.db, bureauId);
  await publishDefaultScheme(em, bureauId);
  office = await branchByName(em, '办公室党支部');
  tested = await createBranch(em, bureauId, '统计测试党支部', 'STAT');
  tiny = await createBranch(em, bureauId, '两人党支部', 'TWO');
  const people = await createMembers(em, tested, 6, '统计');
  const probationary = await createMember(em, tested, '预备统计', {
    status: MemberStatus.PROBATIONARY,
  });
  const pair = await createMembers(em, tiny, 2, '两人');
  // Different months, sessions and logins, so totals differ and some are thirds, not decimals.
  await holdSession(em, tested, 'group-study', '2026-01-12', people.slice(0, 4));
  await holdSession(em, tested, 'group-study', '2026-02-10', people.slice(0, 2));
  await holdSession(em, tested, 'party-lecture', '2026-03-05', [...people.slice(1), probationary]);
  const logins = ['31', '29', '27', '20', '12', '0'];
  for (const [i, member] of people.entries()) {
    await recordQuota(em, member, '2026-01', 'study-app-login', logins[i]!);
    await recordQuota(em, member, '2026-02', 'study-app-login', logins[(i + 2) % 6]!);
  }
  await recordQuota(em, pair[0]!, '2026-01', 'study-app-login', '30');
  // A year is scored through each branch's recorded months (issue #16): all twelve are recorded.
  for (const branch of [tested, tiny, office]) await recordMonthsThrough(em, branch, '2026-12');
  await em.transactional((tx) =>
    refreshScoreSummaries(
      tx,
      2026,
      [...people, probationary, ...pair].map((m) => m.id),
    ),
  );
  analyst = await server.login('analyst');
  secretary = await server.login('shuji1');
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

  it('exports the table as .xlsx with the groups it shows', async () => {
    const res = await server.gql<{ scoreStatisticsExport: { contentBase64: string } }>(
      `query($f: StatisticsFilter!) { scoreStatisticsExport(filter: $f, groupBy: [BRANCH]) {
        fileName contentBase64 rowCount } }`,
      { f: { year: 2026 } },
      analyst,
    );
    expect(res.errors).toBeUndefined();
    const { header, rows } = await readWorkbook(res.data!.scoreStatisticsExport.contentBase64);
    expect(header.slice(0, 3)).toEqual(['支部 Branch', '人数 Members', '合计 Total 均值 mean']);
    const shown = await groups(analyst, {}, ['BRANCH']);
    const line = rows.find((r) => r[0] === '统计测试党支部')!;
    expect(line[1]).toBe('7');
    expect(Number(line[2])).toBe(
      Number(shown.find((g) => g.key.branchId === tested.id)!.total!.mean),
    );
    expect(rows.find((r) => r[0] === '两人党支部')![1]).toBe('< 3');
  });

  it('exports the annual results in the bureau’s layout, for the caller’s branches only', async () => {
    const query = `query($b: ID) { annualResultsExport(year: 2026, branchId: $b) { fileName contentBase64 rowCount } }`;
    type File = { annualResultsExport: { contentBase64: string; rowCount: number } };
    const res = await server.gql<File>(query, { b: tested.id }, analyst);
    expect(res.errors).toBeUndefined();
    const { header, rows } = await readWorkbook(res.data!.annualResultsExport.contentBase64);
    expect(header).toEqual([
      '支部',
      '姓名',
      '党员类别',
      '基础分',
      '政治学习',
      '组织生活',
      '政治建设',
      '特色分',
      '评议分',
      '合计',
      '等次',
      '结果运用',
    ]);
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r[0] === '统计测试党支部')).toBe(true);
    expect(rows.find((r) => r[1] === '预备统计')![2]).toBe('预备党员');
    const stored = (await summaries()).filter((r) => r.branch_id === tested.id);
    const totals = rows.map((r) => Number(r[9])).sort((a, b) => a - b);
    const expectedTotals = (
      await server.db.ownerQuery<{ total: string }>(
        `select total from score_summary where year = 2026 and period = 'year' and branch_id = $1`,
        [tested.id],
      )
    )
      .map((r) => Number(r.total))
      .sort((a, b) => a - b);
    expect(totals).toEqual(expectedTotals);
    expect(stored).toHaveLength(7);
    // Every line says what its band leads to (结果运用), in the plan's words.
    expect(rows.every((r) => r[11]!.length > 0)).toBe(true);
    const secretaryRes = await server.gql<File>(query, {}, secretary);
    expect(secretaryRes.errors).toBeUndefined();
    const own = await readWorkbook(secretaryRes.data!.annualResultsExport.contentBase64);
    expect(new Set(own.rows.map((r) => r[0]))).toEqual(new Set(['办公室党支部']));
    const refused = await server.gql(query, { b: tested.id }, secretary);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
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
