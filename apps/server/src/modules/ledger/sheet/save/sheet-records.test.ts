import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../../test/factories/demo-lookup.js';
import { createTestDatabase, type TestDatabase } from '../../../../../test/test-database.js';
import { scopedEntityManager } from '../../../../tenancy/scoped-entity-manager.js';
import { loadRowsToUpdate } from './sheet-records.js';
import { loadSheetValues } from '../sheet-values.js';

let db: TestDatabase;
let bureauId: string;
let officeId: string;
let office: string[];

beforeAll(async () => {
  db = await createTestDatabase({ template: 'ledger' });
  const demo = await demoLookup(db);
  bureauId = demo.bureauId;
  officeId = demo.branch('BGS').id;
  office = (await demo.members('BGS')).map((m) => m.id);
}, 120_000);
afterAll(() => db.close());

const em = () => scopedEntityManager(db.orm, { bureauId, branchIds: [officeId] });

describe('the rows a sheet save changes', () => {
  it('are loaded as entities by their table, at the versions the save compared', async () => {
    await em().transactional(async (tx) => {
      const { cells } = await loadSheetValues(tx, officeId, '2026-03', office);
      const stored = [...cells.values()];
      const tables = new Set(stored.map((c) => c.table));
      expect([...tables].sort()).toEqual(['attendance', 'duty', 'quota', 'violation']);
      const { rows, moved } = await loadRowsToUpdate(tx, stored);
      expect(moved).toBe(false);
      expect(rows.size).toBe(stored.length);
      for (const cell of stored) expect(rows.get(cell.recordId)?.version).toBe(cell.version);
    });
  });

  it('report a row that moved after the save compared it', async () => {
    await em().transactional(async (tx) => {
      const { cells } = await loadSheetValues(tx, officeId, '2026-03', office);
      const cell = [...cells.values()].find((c) => c.table === 'quota')!;
      // Another writer's commit between the save's read and its entity load.
      await tx.execute('update quota_entry set version = version + 1 where id = ?', [
        cell.recordId,
      ]);
      expect((await loadRowsToUpdate(tx, [cell])).moved).toBe(true);
    });
  });

  it('reads nothing when the save only adds rows', async () => {
    await em().transactional(async (tx) => {
      expect((await loadRowsToUpdate(tx, [])).rows.size).toBe(0);
    });
  });
});
