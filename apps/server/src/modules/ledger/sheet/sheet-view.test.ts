import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import {
  branchByName,
  bureauEm,
  countStatements,
  createMember,
  recordAcceptedDeclaration,
  holdSession,
  recordDues,
  recordQuota,
} from '../../../../test/factories/ledger.js';
import { readWhileHeldDefinitionsDrop } from '../../../../test/factories/held-definitions.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';
import { inReadTransaction } from '../../../db/connection/read-transaction.js';
import { withBureauWideAccess } from '../../../tenancy/bureau-wide-access.js';
import { scopedEntityManager } from '../../../tenancy/scoped-entity-manager.js';
import type { Branch } from '../../org/branches/branch.entity.js';
import { heldDefinitions, loadYearSchemes } from '../../schemes/year-schemes.js';
import { DutyStatus } from '../duty-entry.entity.js';
import { loadSheetValues } from './sheet-values.js';
import { loadSheetView } from './sheet-view.js';

/**
 * The sheet's read takes the roster, the year's schemes and the month's stored cells in one
 * statement (sheet-view.ts): it must give what the separate reads give, leave out the scheme
 * definitions the server holds, and read them again when one was dropped meanwhile.
 */
let server: TestServer;
let bureauId: string;
let office: Branch;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  bureauId = (await demoLookup(server.db)).bureauId;
  const em = bureauEm(server.db, bureauId);
  office = await branchByName(em, '办公室党支部');
  const member = await createMember(em, office, '表格党员');
  await recordQuota(em, member, '2026-03', 'study-app-login', '27.50');
  await recordDues(em, member, '2026-03', DutyStatus.LATE);
  await holdSession(em, office, 'group-study', '2026-03-11', [member]);
  await recordAcceptedDeclaration(em, member, '2026-03', 'volunteer', '2');
});
afterAll(() => server.close());

const secretary = () => scopedEntityManager(server.db.orm, { bureauId, branchIds: [office.id] });

const viewOf = (month: string) =>
  inReadTransaction(secretary(), (tx) =>
    withBureauWideAccess(tx, (wide) =>
      loadSheetView(wide, office.id, month, 'month', { values: true }),
    ),
  );

describe("the sheet's read of a branch month", () => {
  it('gives the schemes and the cells that their own reads give, in one statement', async () => {
    const { result: view, texts } = await countStatements(server.db, () => viewOf('2026-03'));
    // The scope and the branch wall lifted and put back are settings, not reads.
    const reads = texts.filter(
      (t) =>
        !/^(begin|commit|rollback|select set_config|\/\* with the next statement \*\/)/.test(t),
    );
    expect(reads).toHaveLength(1);

    const apart = await inReadTransaction(secretary(), (tx) =>
      withBureauWideAccess(tx, async (wide) => ({
        schemes: await loadYearSchemes(wide, 2026),
        values: await loadSheetValues(
          wide,
          office.id,
          '2026-03',
          view.members.map((m) => m.id),
        ),
      })),
    );
    expect(view.scheme.id).toBe(apart.schemes.forMonth('2026-03')!.id);
    expect(view.scheme.compiled).toBe(apart.schemes.forMonth('2026-03')!.compiled);
    expect(view.values!.cells.size).toBeGreaterThan(0);
    expect(view.values!.declared.size).toBeGreaterThan(0);
    expect([...view.values!.cells.entries()]).toEqual([...apart.values.cells.entries()]);
    expect([...view.values!.declared.entries()]).toEqual([...apart.values.declared.entries()]);
    // The quota as the form shows it, with its version and record.
    const quota = [...view.values!.cells.entries()].find(
      ([, key, cell]) => key === 'item:study-app-login' && cell.value === '27.5',
    );
    expect(quota?.[2]).toMatchObject({ version: 1, table: 'quota' });
    expect(view.values!.cells.get(quota![0], 'item:study-app-login')).toBe(quota?.[2]);
  });

  it('reads no cells unless asked', async () => {
    const view = await inReadTransaction(secretary(), (tx) =>
      withBureauWideAccess(tx, (wide) => loadSheetView(wide, office.id, '2026-03')),
    );
    expect(view.values).toBeUndefined();
    expect(view.members.length).toBeGreaterThan(0);
  });

  it('leaves out a definition the server holds, and reads it again if it was dropped meanwhile', async () => {
    const want = (await viewOf('2026-03')).scheme;
    // Held when the read left, dropped by other schemes' reads before it returned.
    const { result, texts, hash, dropped } = await readWhileHeldDefinitionsDrop(
      server.db,
      bureauId,
      "select 'b' as kind",
      () => viewOf('2026-03'),
    );
    expect(dropped).toBe(true);
    expect(result.scheme.id).toBe(want.id);
    expect(result.scheme.version).toBe(want.version);
    expect(heldDefinitions()).toContain(hash); // held again
    // Read twice, the second time with every definition.
    expect(texts.filter((t) => t.includes("select 'b' as kind"))).toHaveLength(2);
  });

  it('refuses a month outside every published scheme with a typed error naming the field', async () => {
    await expect(viewOf('2031-03')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'month' },
    });
  });
});
