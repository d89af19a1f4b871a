import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inReadTransaction } from '../../../db/connection/read-transaction.js';
import { scoreMonth, scoreYear } from '@jifen/scoring';
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

  it('reads the records without their ids for scores without explanations, scoring the same', async () => {
    const em = scopedEntityManager(db.orm, { bureauId, branchIds: 'all' });
    const ids = (await em.find(Member, {}, { limit: 5, orderBy: { name: 'asc' } })).map(
      (m) => m.id,
    );
    const [whole, bare] = await inReadTransaction(em, (tx) =>
      Promise.all([
        loadMemberYearFacts(tx, 2026, ids),
        loadMemberYearFacts(tx, 2026, ids, { recordIds: false }),
      ]),
    );
    const scheme = schemeFromDefault(2026);
    bare.forEach((facts, i) => {
      const full = whole[i]!;
      expect(full.attendance.length).toBeGreaterThan(0);
      expect(full.attendance.every((a) => a.id !== undefined)).toBe(true);
      expect(facts.attendance).toEqual(full.attendance.map((a) => ({ sessionId: a.sessionId })));
      expect(full.quotas!.length).toBeGreaterThan(0);
      expect(full.duties!.length).toBeGreaterThan(0);
      expect(facts.quotas).toEqual(full.quotas!.map((q) => ({ ...q, id: '' })));
      expect(facts.duties).toEqual(full.duties!.map((d) => ({ ...d, id: '' })));
      const score = (f: typeof facts) => scoreYear(f, scheme, { explain: false });
      expect(score(facts)).toEqual(score(full));
    });
  });

  it('keeps a summary per member for the year and each started quarter', async () => {
    const em = scopedEntityManager(db.orm, { bureauId, branchIds: 'all' });
    const years = await em.count(ScoreSummary, { year: 2026, period: 'year' });
    const members = await em.count(Member, {});
    expect(years).toBe(members);
  });
});
