import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.js';
import { sweepRemindersOnce } from './reminder-sweep.js';

/**
 * Several servers on one database (workers, or machines): one sweeps reminders at a time, so a
 * bureau's webhook is never posted the same reminder by two of them at once.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ template: 'roster' });
});
afterAll(async () => {
  await db?.close();
});

describe('the reminder sweep across servers', () => {
  it('skips its turn while another server sweeps, and sweeps every bureau once it is free', async () => {
    const [bureau] = await db.ownerQuery<{ id: string }>('select id from bureau');
    // Another server in the middle of its sweep holds the lock.
    const other = new pg.Client({ connectionString: db.ownerUrl });
    await other.connect();
    try {
      await other.query(`select pg_advisory_lock(hashtext('jifen:reminder-sweep'))`);
      expect(await sweepRemindersOnce(db.orm, db.ownerUrl)).toBe('busy');
    } finally {
      await other.end();
    }
    const runs = await sweepRemindersOnce(db.orm, db.ownerUrl);
    expect(runs).not.toBe('busy');
    expect((runs as Array<{ bureauId: string }>).map((r) => r.bureauId)).toEqual([bureau!.id]);
    // The lock went with the sweep's connection: the next turn runs too.
    expect(await sweepRemindersOnce(db.orm, db.ownerUrl)).not.toBe('busy');
  });
});
