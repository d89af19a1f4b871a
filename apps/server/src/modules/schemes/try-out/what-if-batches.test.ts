import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../auth/actor.js';
import { Role } from '../../../auth/roles.js';
import { inReadTransaction } from '../../../db/connection/read-transaction.js';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.js';
import { scopedEntityManager } from '../../../tenancy/scoped-entity-manager.js';
import { schemeFromDefault } from '../scheme-templates.js';
import { bureauWhatIf } from './what-if.service.js';

/**
 * The what-if reads and scores a bureau's members in batches, the next batch read while this one
 * is scored: batches of 2 make the demo bureau's what-if many batches long, and must answer
 * exactly what one batch of the whole bureau answers.
 */
let db: TestDatabase;
let bureauId: string;

beforeAll(async () => {
  db = await createTestDatabase({ template: 'ledger' });
  bureauId = (await demoLookup(db)).bureauId;
});
afterAll(() => db.close());

const analyst = (): Actor => ({
  userId: '00000000-0000-4000-8000-0000000000a1',
  bureauId,
  sessionId: 'what-if-batches',
  displayName: 'analyst',
  memberId: null,
  roles: [{ role: Role.ANALYST, branchId: null }],
  mustChangePassword: false,
});

describe('the what-if in batches', () => {
  it('answers every member, in order, as one batch of the whole bureau does', async () => {
    const draft = schemeFromDefault(2027);
    const item = draft.sections.special.items.find((i) => i.code === 'volunteer-service')!;
    item.rule = { kind: 'declaration', unitPoints: '2' };
    const em = scopedEntityManager(db.orm, { bureauId, branchIds: 'all', writeBranchIds: [] });
    const ask = (batch: number) =>
      inReadTransaction(em, (tx) =>
        bureauWhatIf(tx, analyst(), { definition: draft }, 2026, { batch }),
      );
    const whole = await ask(100_000);
    const batched = await ask(2);
    expect(whole.members.length).toBeGreaterThan(6);
    expect(whole.members.some((m) => m.changed)).toBe(true);
    expect(batched).toEqual(whole);
  });
});
