import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { textArray, uuidArray } from './sql-arrays.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
}, 120_000);
afterAll(() => db.close());

describe('array literals passed as one parameter', () => {
  it('gives PostgreSQL back every text as it was, quotes, backslashes, commas and braces included', async () => {
    const texts = ['year', 'q1', 'a "quoted" word', 'back\\slash', 'a,b', '{brace}', '', 'NULL'];
    const rows = await db.ownerQuery<{ a: string[] }>('select $1::text[] as a', [textArray(texts)]);
    expect(rows[0]!.a).toEqual(texts);
  });

  it('keeps only uuids in a uuid array, so no other text reaches the statement', async () => {
    const id = '5b3b7176-0794-4461-b4a6-3b5e516e9358';
    expect(uuidArray([id, "x'}; drop table member; --", ''])).toBe(`{${id}}`);
    const rows = await db.ownerQuery<{ a: string[] }>('select $1::uuid[] as a', [uuidArray([id])]);
    expect(rows[0]!.a).toEqual([id]);
  });
});
