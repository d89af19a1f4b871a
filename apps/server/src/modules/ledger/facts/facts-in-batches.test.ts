import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberYearFacts } from '@jifen/scoring';
import { inReadTransaction } from '../../../db/connection/read-transaction.js';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import { recordStatements } from '../../../../test/factories/sent-statements.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.js';
import { scopedEntityManager } from '../../../tenancy/scoped-entity-manager.js';
import { Member } from '../../org/members/member.entity.js';
import { factsInBatches } from './facts-in-batches.js';
import { loadMemberYearFacts } from './facts-loader.js';

let db: TestDatabase;
let bureauId: string;

beforeAll(async () => {
  db = await createTestDatabase({ template: 'ledger' });
  bureauId = (await demoLookup(db)).bureauId;
});
afterAll(() => db.close());

/** Facts by member, every list in one order: the union reads its rows in no particular order. */
const ordered = (facts: readonly MemberYearFacts[]) =>
  [...facts]
    .sort((a, b) => (a.memberId < b.memberId ? -1 : 1))
    .map((f) =>
      Object.fromEntries(
        Object.entries(f).map(([key, value]) => [
          key,
          Array.isArray(value)
            ? [...value].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
            : value,
        ]),
      ),
    );

/** The facts statement (the ledger's union) is the one naming the members' array. */
const factsReads = (sent: { sql: string }[]) =>
  sent.filter((s) => /from member\b/i.test(s.sql) && /any\(\$2/i.test(s.sql)).length;

describe('the facts of many members, batch by batch', () => {
  it('hands out what one read of every member gives, and asks for the next batch first', async () => {
    const em = scopedEntityManager(db.orm, { bureauId, branchIds: 'all' });
    const ids = (await em.find(Member, {}, { limit: 5, orderBy: { id: 'asc' } })).map((m) => m.id);
    await inReadTransaction(em, async (tx) => {
      const whole = await loadMemberYearFacts(tx, 2026, ids);
      const { sent } = recordStatements(tx);
      const handed: string[][] = [];
      const facts = [];
      for await (const batch of factsInBatches(tx, 2026, ids, 2)) {
        handed.push(batch.memberIds);
        facts.push(...batch.facts);
        // When a batch is handed out, the read of the batch after it is already on its way.
        expect(factsReads(sent)).toBe(Math.min(handed.length + 1, 3));
      }
      expect(handed).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]);
      expect(ordered(facts)).toEqual(ordered(whole));
    });
  });

  it('reports a failed read when its batch is asked for, and none when the caller stops early', async () => {
    const em = scopedEntityManager(db.orm, { bureauId, branchIds: 'all' });
    const ids = (await em.find(Member, {}, { limit: 5, orderBy: { id: 'asc' } })).map((m) => m.id);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(
        inReadTransaction(em, async (tx) => {
          for await (const batch of factsInBatches(tx, 2026, ids, 2)) {
            // Fails the transaction: the third batch's read, sent after it, fails too.
            await tx.execute('select 1 / 0').catch(() => undefined);
            expect(batch.facts.length).toBeGreaterThan(0);
          }
        }),
      ).rejects.toThrow(/transaction is aborted/);
      await inReadTransaction(em, async (tx) => {
        for await (const batch of factsInBatches(tx, 2026, ids, 2)) {
          expect(batch.memberIds).toEqual(ids.slice(0, 2));
          break;
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
