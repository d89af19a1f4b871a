import type { AbstractSqlDriver } from '@mikro-orm/postgresql';
import type { Migration } from '@mikro-orm/migrations';
import type { TestDatabase } from './test-database.js';

type MigrationClass = new (...args: ConstructorParameters<typeof Migration>) => Migration;

/** Runs one migration's `up` or `down` on a test database, as the owner, statement by statement. */
export async function runMigration(
  db: TestDatabase,
  Kind: MigrationClass,
  direction: 'up' | 'down',
): Promise<void> {
  const migration = new Kind(db.orm.em.getDriver() as unknown as AbstractSqlDriver, db.orm.config);
  await migration[direction]();
  for (const sql of migration.getQueries()) await db.ownerQuery(sql as string);
}
