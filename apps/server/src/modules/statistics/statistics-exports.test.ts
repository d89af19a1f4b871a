import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../test/factories/roster-workbook.js';
import {
  statisticsBureau,
  type StatisticsBureau,
} from '../../../test/factories/statistics-bureau.js';
import type { TestServer } from '../../../test/test-server.js';
import type { Branch } from '../org/branches/branch.entity.js';

let server: TestServer;
let analyst: string;
let secretary: string;
let tested: Branch;
let groups: StatisticsBureau['groups'];
let summaries: StatisticsBureau['summaries'];

beforeAll(async () => {
  ({ server, analyst, secretary, tested, groups, summaries } = await statisticsBureau());
}, 180_000);
afterAll(() => server.close());

describe('statistics exports', () => {
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
});
