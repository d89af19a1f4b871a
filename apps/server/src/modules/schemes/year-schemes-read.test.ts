import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../test/factories/demo-lookup.js';
import { OTHER_BUREAU_OPTIONS } from '../../../test/factories/other-bureau.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { inReadTransaction } from '../../db/connection/read-transaction.js';
import { textArray } from '../../db/rows/sql-arrays.js';
import { readBureauWide } from '../../tenancy/bureau-wide-read.js';
import { scopedEntityManager } from '../../tenancy/scoped-entity-manager.js';
import { readYearSchemesAcrossBranches, YEAR_SCHEMES_READ } from './year-schemes-read.js';

/**
 * The year's versions with every approved branch item, read across the branch wall for any
 * reader of the bureau, and never across the bureau wall.
 */
let db: TestDatabase;
let bureauId: string;
let otherBureauId: string;
let secretaryBranch: string;
let approved: { code: string; branch_id: string }[];

beforeAll(async () => {
  db = await createTestDatabase({ template: 'two-bureaus' });
  bureauId = (await demoLookup(db)).bureauId;
  otherBureauId = (await demoLookup(db, OTHER_BUREAU_OPTIONS.code)).bureauId;
  approved = await db.ownerQuery(
    `select item_code as code, branch_id from branch_item_proposal
      where bureau_id = $1 and year = 2026 and status = 'approved'`,
    [bureauId],
  );
  const [other] = await db.ownerQuery<{ id: string }>(
    'select id from branch where bureau_id = $1 and id <> all($2::uuid[]) limit 1',
    [bureauId, approved.map((a) => a.branch_id)],
  );
  secretaryBranch = other!.id;
}, 120_000);
afterAll(() => db.close());

const secretary = () => scopedEntityManager(db.orm, { bureauId, branchIds: [secretaryBranch] });

describe('the year’s schemes read across branches', () => {
  it('gives a branch’s reader every branch’s approved items, and leaves its walls as they were', async () => {
    expect(approved.length).toBeGreaterThan(0);
    const { codes, visible } = await inReadTransaction(secretary(), async (tx) => {
      const schemes = await readYearSchemesAcrossBranches(tx, 2026);
      const seen = await tx.execute<{ n: string }[]>(
        'select count(*) as n from branch_item_proposal where year = 2026 and branch_id <> ?',
        [secretaryBranch],
      );
      return {
        codes: schemes.latest!.compiled.special.items.map((i) => i.code),
        visible: Number(seen[0]!.n),
      };
    });
    for (const item of approved) expect(codes).toContain(item.code);
    expect(visible).toBe(0);
  });

  it('reads nothing of another bureau, whatever bureau it is asked for', async () => {
    const raw = await inReadTransaction(secretary(), (tx) =>
      readBureauWide<{ schemes: unknown[] | null; items: unknown[] | null }>(
        tx,
        YEAR_SCHEMES_READ,
        [otherBureauId, 2026, textArray([])],
      ),
    );
    const [other] = await db.ownerQuery<{ n: string }>(
      `select count(*) as n from scheme where bureau_id = $1 and year = 2026 and status = 'published'`,
      [otherBureauId],
    );
    expect(Number(other!.n)).toBeGreaterThan(0);
    expect(raw).toEqual({ schemes: null, items: null });
  });
});
