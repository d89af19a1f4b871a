import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { escapeLiteral, JifenPostgreSqlPlatform } from './postgres-driver.js';

const TEXTS = [
  '',
  'plain',
  "it's",
  "''",
  'a\\b',
  "\\'",
  "O'Brien \\ 张三\n第二行",
  JSON.stringify({ record: "签到表 'A'", path: 'C:\\党建\\2026' }),
  'x'.repeat(70_000) + "'",
];

describe('the literal escape', () => {
  it('writes exactly what MikroORM’s own escape writes', () => {
    const library = new PostgreSqlPlatform();
    for (const text of TEXTS) expect(escapeLiteral(text)).toBe(library.escape(text));
  });
});

describe('the ORM on this platform', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  }, 120_000);
  afterAll(() => db.close());

  it('is the platform every statement is written with', () => {
    expect(db.orm.em.getPlatform()).toBeInstanceOf(JifenPostgreSqlPlatform);
  });

  it('gets back from PostgreSQL every text and JSON document it sent, quotes and backslashes kept', async () => {
    for (const text of TEXTS) {
      const doc = { text, nested: [text] };
      const [row] = await db.orm.em
        .fork()
        .execute<{ t: string; j: typeof doc }[]>('select ?::text as t, ?::jsonb as j', [
          text,
          JSON.stringify(doc),
        ]);
      expect(row!.t).toBe(text);
      expect(row!.j).toEqual(doc);
    }
  });
});
