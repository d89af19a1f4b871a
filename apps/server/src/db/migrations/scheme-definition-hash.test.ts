import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigration } from '../../../test/run-migration.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { Migration20261207060000_scheme_definition_hash as DefinitionHash } from './Migration20261207060000_scheme_definition_hash.js';

/** A scheme's definition hash is kept beside it (what the reads name a held definition by). */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ template: 'ledger' });
}, 120_000);
afterAll(() => db.close());

const hashes = () =>
  db.ownerQuery<{ id: string; kept: string; computed: string }>(
    `select id, definition_hash as kept, md5(definition::text) as computed from scheme order by id`,
  );

describe("a scheme's definition hash", () => {
  it('is the md5 of the definition, follows an edit of it, and goes with the migration', async () => {
    const before = await hashes();
    expect(before.length).toBeGreaterThan(0);
    for (const row of before) expect(row.kept).toBe(row.computed);

    const [first] = before;
    await db.ownerQuery(
      `update scheme set definition = jsonb_set(definition, '{nameEn}', '"Edited"') where id = $1`,
      [first!.id],
    );
    const after = await hashes();
    expect(after[0]!.kept).not.toBe(first!.kept);
    expect(after[0]!.kept).toBe(after[0]!.computed);

    await runMigration(db, DefinitionHash, 'down');
    const columns = await db.ownerQuery(
      `select 1 from information_schema.columns where table_name = 'scheme' and column_name = 'definition_hash'`,
    );
    expect(columns).toHaveLength(0);
    await runMigration(db, DefinitionHash, 'up');
    for (const row of await hashes()) expect(row.kept).toBe(row.computed);
  });
});
