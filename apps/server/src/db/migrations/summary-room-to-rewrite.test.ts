import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigration } from '../../../test/run-migration.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { Migration20261206180000_summary_room_to_rewrite as Room } from './Migration20261206180000_summary_room_to_rewrite.js';

/** Summary pages are written half full (the rewrite beside itself: bureau-refresh.test.ts). */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
}, 120_000);
afterAll(() => db.close());

const options = async () =>
  (
    await db.ownerQuery<{ reloptions: string[] | null }>(
      `select reloptions from pg_class where oid = 'score_summary'::regclass`,
    )
  )[0]!.reloptions;

describe('room to rewrite a summary on its page', () => {
  it('fills summary pages to half, and going back fills them whole again', async () => {
    expect(await options()).toEqual(['fillfactor=50']);
    await runMigration(db, Room, 'down');
    expect(await options()).toBeNull();
    await runMigration(db, Room, 'up');
    expect(await options()).toEqual(['fillfactor=50']);
  });
});
