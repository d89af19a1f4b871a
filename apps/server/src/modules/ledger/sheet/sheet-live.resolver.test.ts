import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import { branchByName, bureauEm } from '../../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';

let server: TestServer;
let officeId: string;

type Sheet = {
  rows: {
    memberId: string;
    total: string;
    base: string;
    cells: { key: string; value: string | null; version: number }[];
    categories: { code: string; score: string }[];
  }[];
  averages: { base: string; total: string; categories: { code: string; score: string }[] };
};
const SHEET = `query($b: ID!, $m: String!, $p: [SheetCellInput!]) {
  monthlySheet(branchId: $b, month: $m, pending: $p) {
    rows { memberId total base cells { key value version } categories { code score } }
    averages { base total categories { code score } } } }`;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  const { bureauId } = await demoLookup(server.db);
  officeId = (await branchByName(bureauEm(server.db, bureauId), '办公室党支部')).id;
});
afterAll(() => server.close());

async function read(token: string, pending?: unknown[]) {
  const res = await server.gql<{ monthlySheet: Sheet }>(
    SHEET,
    { b: officeId, m: '2026-03', p: pending ?? null },
    token,
  );
  return res;
}

describe('the monthly sheet scored live, with cells not saved yet', () => {
  it('scores typed cells exactly as saving them does, and writes nothing', async () => {
    const token = await server.login('jifenyuan1');
    const saved = (await read(token)).data!.monthlySheet;
    const row = saved.rows[2]!;
    const login = row.cells.find((c) => c.key === 'item:study-app-login')!;
    const typed = [
      {
        memberId: row.memberId,
        itemCode: 'study-app-login',
        value: '0',
        expectedVersion: login.version,
      },
      { memberId: row.memberId, itemCode: 'dues', value: 'late', expectedVersion: 1 },
    ];
    const live = (await read(token, typed)).data!.monthlySheet;
    const liveRow = live.rows.find((r) => r.memberId === row.memberId)!;
    // No 学习强国 days and late dues: the member's month drops, and so does the sheet's mean.
    expect(Number(liveRow.total)).toBeLessThan(Number(row.total));
    expect(Number(live.averages.total)).toBeLessThan(Number(saved.averages.total));
    // Others are untouched; nothing was written.
    const other = saved.rows[3]!;
    expect(live.rows.find((r) => r.memberId === other.memberId)!.total).toBe(other.total);
    const again = (await read(token)).data!.monthlySheet;
    expect(again.rows.find((r) => r.memberId === row.memberId)).toEqual(row);

    // Saving the same cells gives the very figures the live sheet showed.
    const dues = row.cells.find((c) => c.key === 'item:dues')!;
    const save = await server.gql<{ saveMonthlySheet: { sheet: Sheet } }>(
      `mutation($input: SaveMonthlySheetInput!) { saveMonthlySheet(input: $input) {
        sheet { rows { memberId total base cells { key value version } categories { code score } }
        averages { base total categories { code score } } } } }`,
      {
        input: {
          branchId: officeId,
          month: '2026-03',
          idempotencyKey: 'live-then-save-0001',
          cells: [typed[0], { ...typed[1], expectedVersion: dues.version }],
        },
      },
      token,
    );
    expect(save.errors).toBeUndefined();
    const after = save.data!.saveMonthlySheet.sheet;
    const afterRow = after.rows.find((r) => r.memberId === row.memberId)!;
    expect({ total: afterRow.total, base: afterRow.base, categories: afterRow.categories }).toEqual(
      {
        total: liveRow.total,
        base: liveRow.base,
        categories: liveRow.categories,
      },
    );
    expect(after.averages).toEqual(live.averages);
  });

  it('refuses a typed value out of range as saving would, naming the pending cell', async () => {
    const token = await server.login('jifenyuan1');
    const row = (await read(token)).data!.monthlySheet.rows[0]!;
    const res = await read(token, [
      { memberId: row.memberId, itemCode: 'study-app-login', value: '40', expectedVersion: 1 },
    ]);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'pending[0].value',
    });
    const stranger = await read(token, [
      { memberId: row.memberId, itemCode: 'no-such-item', value: '1', expectedVersion: 0 },
    ]);
    expect(stranger.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'pending[0].itemCode',
    });
  });
});
