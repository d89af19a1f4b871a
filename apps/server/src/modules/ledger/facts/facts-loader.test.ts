import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inReadTransaction } from '../../../db/connection/read-transaction.js';
import { scoreMonth } from '@jifen/scoring';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.js';
import { scopedEntityManager } from '../../../tenancy/scoped-entity-manager.js';
import { Member } from '../../org/members/member.entity.js';
import { ScoreSummary } from '../../scores/score-summary.entity.js';
import { loadMemberYearFacts } from './facts-loader.js';
import { schemeFromDefault } from '../../schemes/scheme-templates.js';

let db: TestDatabase;
let bureauId: string;

beforeAll(async () => {
  db = await createTestDatabase({ template: 'ledger' });
  const seeded = await demoLookup(db);
  bureauId = seeded.bureauId;
});
afterAll(() => db.close());

describe('the demo ledger and the facts loader', () => {
  it('reads a member-year of facts that the scoring package scores', async () => {
    const em = scopedEntityManager(db.orm, { bureauId, branchIds: 'all' });
    const members = await em.find(Member, {}, { limit: 3, orderBy: { name: 'asc' } });
    const facts = await inReadTransaction(em, (tx) =>
      loadMemberYearFacts(
        tx,
        2026,
        members.map((m) => m.id),
      ),
    );
    expect(facts).toHaveLength(3);
    const first = facts[0]!;
    expect(first.memberships.length).toBeGreaterThan(0);
    expect(first.quotas!.length).toBe(20); // two quotas a month, January–October
    expect(first.duties!.length).toBe(10);
    const march = scoreMonth(first, schemeFromDefault(2026), '2026-03');
    expect(Number(march.total.value)).toBeGreaterThan(40);
  });

  it('keeps a summary per member for the year and each started quarter', async () => {
    const em = scopedEntityManager(db.orm, { bureauId, branchIds: 'all' });
    const years = await em.count(ScoreSummary, { year: 2026, period: 'year' });
    const members = await em.count(Member, {});
    expect(years).toBe(members);
  });
});
