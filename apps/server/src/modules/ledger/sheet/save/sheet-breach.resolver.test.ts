import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../../test/factories/demo-lookup.js';
import { branchByName, bureauEm } from '../../../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../../../test/test-server.js';

let server: TestServer;
let officeId: string;

type Sheet = {
  columns: { key: string; itemCode: string; kind: string }[];
  rows: { memberId: string; cells: { key: string; value: string | null; version: number }[] }[];
};
const SHEET = `query($b: ID!, $m: String!) { monthlySheet(branchId: $b, month: $m) {
  columns { key itemCode kind } rows { memberId cells { key value version } } } }`;
const SAVE = `mutation($input: SaveMonthlySheetInput!) { saveMonthlySheet(input: $input) {
  applied cells { memberId itemCode value version } } }`;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  const { bureauId } = await demoLookup(server.db);
  officeId = (await branchByName(bureauEm(server.db, bureauId), '办公室党支部')).id;
});
afterAll(() => server.close());

async function sheet(token: string) {
  const res = await server.gql<{ monthlySheet: Sheet }>(
    SHEET,
    { b: officeId, m: '2026-03' },
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.monthlySheet;
}

let keys = 0;
const save = (token: string, cells: Record<string, unknown>[]) =>
  server.gql<{ saveMonthlySheet: { applied: number; cells: { version: number }[] } }>(
    SAVE,
    {
      input: {
        branchId: officeId,
        month: '2026-03',
        idempotencyKey: `breach-${++keys}-key`,
        cells,
      },
    },
    token,
  );

describe('a breach on the monthly sheet', () => {
  it('needs the committee’s decision once, and keeps it for later edits of the count', async () => {
    const keeper = await server.login('jifenyuan1');
    const before = await sheet(keeper);
    const column = before.columns.find((c) => c.kind === 'breach')!;
    const row = before.rows.find((r) => r.cells.find((c) => c.key === column.key)!.version === 0)!;
    const cell = (value: string, expectedVersion: number, note?: string) => ({
      memberId: row.memberId,
      itemCode: column.itemCode,
      value,
      expectedVersion,
      ...(note ? { note } : {}),
    });

    const bare = await save(keeper, [cell('1', 0)]);
    expect(bare.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'cells[0].note',
    });
    const unchanged = await sheet(keeper);
    expect(unchanged.rows.find((r) => r.memberId === row.memberId)!.cells).toContainEqual({
      key: column.key,
      value: null,
      version: 0,
    });

    const decided = await save(keeper, [cell('1', 0, '支委会 3 月 20 日认定')]);
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.saveMonthlySheet.cells[0]!.version).toBe(1);

    // The decision is on record: changing the count needs no second one.
    const again = await save(keeper, [cell('2', 1)]);
    expect(again.errors).toBeUndefined();
    expect(again.data!.saveMonthlySheet).toMatchObject({ applied: 1, cells: [{ version: 2 }] });
    const after = await sheet(keeper);
    expect(after.rows.find((r) => r.memberId === row.memberId)!.cells).toContainEqual({
      key: column.key,
      value: '2',
      version: 2,
    });
  });
});
