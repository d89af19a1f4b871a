import { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoLookup } from '../../../../../test/factories/demo-lookup.js';
import { branchByName, bureauEm } from '../../../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../../../test/test-server.js';
import { QuotaEntry } from '../../quota-entry.entity.js';

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
afterEach(() => vi.restoreAllMocks());

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

describe('a sheet save of stored cells', () => {
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

  it('refuses, naming the cell, a row another writer changed between the comparison and the write', async () => {
    const keeper = await server.login('jifenyuan1');
    const before = await sheet(keeper);
    const key = 'item:study-app-login';
    const row = before.rows.find((r) => r.cells.find((c) => c.key === key)!.version > 0)!;
    const stored = row.cells.find((c) => c.key === key)!;
    const [record] = await server.db.ownerQuery<{ id: string }>(
      `select id from quota_entry where member_id = $1 and month = '2026-03' and item_code = 'study-app-login'`,
      [row.memberId],
    );
    // Another writer commits just before the save loads the row it compared.
    const find = EntityManager.prototype.find;
    vi.spyOn(EntityManager.prototype, 'find').mockImplementation(async function (
      this: EntityManager,
      ...args: Parameters<EntityManager['find']>
    ) {
      if (args[0] === QuotaEntry) {
        await server.db.ownerQuery('update quota_entry set version = version + 1 where id = $1', [
          record!.id,
        ]);
        vi.restoreAllMocks();
      }
      return find.apply(this, args);
    } as EntityManager['find']);

    const res = await save(keeper, [
      {
        memberId: row.memberId,
        itemCode: 'study-app-login',
        value: '3',
        expectedVersion: stored.version,
      },
    ]);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      details: {
        cells: [
          {
            memberId: row.memberId,
            field: 'cells[0]',
            expectedVersion: stored.version,
            currentVersion: stored.version + 1,
          },
        ],
      },
    });
    const after = await sheet(keeper);
    expect(after.rows.find((r) => r.memberId === row.memberId)!.cells).toContainEqual({
      key,
      value: stored.value,
      version: stored.version + 1,
    });
  });
});
