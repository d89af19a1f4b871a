import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import { branchByName, bureauEm } from '../../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';

let server: TestServer;
let officeId: string;
let keeper: string;

type Row = {
  memberId: string;
  total: string;
  base: string;
  categories: { code: string; score: string; attainable?: string }[];
  items?: { itemCode: string; earned: string; deduction: string | null }[];
};
type Sheet = {
  columns: { itemCode: string }[];
  categories: { code: string; nameZh: string; nameEn: string }[];
  rows: Row[];
  averages: { categories: { code: string }[] };
};

// The screen's question (no item points, no attainable) and the export's (everything).
const SCREEN = `query($b: ID!, $m: String!) { monthlySheet(branchId: $b, month: $m) {
  columns { itemCode } categories { code nameZh nameEn }
  rows { memberId total base categories { code score } } averages { categories { code } } } }`;
const DETAILED = `query($b: ID!, $m: String!) { monthlySheet(branchId: $b, month: $m) {
  columns { itemCode } categories { code nameZh nameEn }
  rows { memberId total base categories { code score attainable }
    items { itemCode earned deduction } } averages { categories { code } } } }`;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  const { bureauId } = await demoLookup(server.db);
  officeId = (await branchByName(bureauEm(server.db, bureauId), '办公室党支部')).id;
  keeper = await server.login('jifenyuan1');
});
afterAll(() => server.close());

async function read(query: string, month = '2026-03') {
  const res = await server.gql<{ monthlySheet: Sheet }>(query, { b: officeId, m: month }, keeper);
  expect(res.errors).toBeUndefined();
  return res.data!.monthlySheet;
}

describe('the monthly sheet’s categories and item points', () => {
  it('names the base categories once, in the order of every row’s and the averages’ scores', async () => {
    const sheet = await read(SCREEN);
    expect(sheet.categories).toEqual([
      { code: 'political-study', nameZh: '政治学习', nameEn: expect.any(String) },
      { code: 'organisational-life', nameZh: '组织生活', nameEn: expect.any(String) },
      { code: 'political-conduct', nameZh: '政治建设', nameEn: expect.any(String) },
    ]);
    const codes = sheet.categories.map((c) => c.code);
    for (const row of sheet.rows) expect(row.categories.map((c) => c.code)).toEqual(codes);
    expect(sheet.averages.categories.map((c) => c.code)).toEqual(codes);
  });

  it('scores every member the same whether or not the item points are asked for', async () => {
    const screen = await read(SCREEN);
    const detailed = await read(DETAILED);
    const scores = (s: Sheet) =>
      s.rows.map((r) => ({
        memberId: r.memberId,
        total: r.total,
        base: r.base,
        categories: r.categories.map(({ code, score }) => ({ code, score })),
      }));
    expect(scores(detailed)).toEqual(scores(screen));
    // Each item of the columns once per row, with its points; 学习强国 earned points in March.
    const itemCodes = [...new Set(detailed.columns.map((c) => c.itemCode))];
    for (const row of detailed.rows) {
      expect(row.items!.map((i) => i.itemCode)).toEqual(itemCodes);
      // What is attainable in the month is the branch's sessions and quotas: the same for all.
      expect(row.categories.map((c) => c.attainable)).toEqual(
        detailed.rows[0]!.categories.map((c) => c.attainable),
      );
    }
    const study = detailed.rows.map((r) => r.items!.find((i) => i.itemCode === 'study-app-login')!);
    expect(study.some((i) => Number(i.earned) > 0)).toBe(true);
    expect(Number(detailed.rows[0]!.categories[0]!.attainable)).toBeGreaterThan(0);
  });
});
