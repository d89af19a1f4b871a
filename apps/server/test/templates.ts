import { MikroORM } from '@mikro-orm/postgresql';
import { migrateDatabase, withCredentials } from '../src/db/database.js';
import { ormConfig } from '../src/db/orm-config.js';
import { analyzeDatabase, seedDemo } from '../src/db/seed/seed-if-empty.js';
import { OTHER_BUREAU_OPTIONS } from './factories/other-bureau.js';
import {
  cloneDatabase,
  databaseUrl,
  TEST_APP_PASSWORD,
  TEST_APP_ROLE,
  templatesReady,
  touchTemplates,
  withAdmin,
  type TemplateName,
  type TemplateSet,
} from './template-admin.js';

async function seedInto(adminUrl: string, name: string, seed: (orm: MikroORM) => Promise<unknown>) {
  const url = withCredentials(databaseUrl(adminUrl, name), TEST_APP_ROLE, TEST_APP_PASSWORD);
  const orm = await MikroORM.init(ormConfig(url, { pool: 2 }));
  try {
    await seed(orm);
  } finally {
    await orm.close(true);
  }
  // With the statistics and visibility map production's autovacuum would have left: the plans tests see.
  await analyzeDatabase(databaseUrl(adminUrl, name));
}

/**
 * Builds the four templates: migrated as production migrates; the demo roster; the demo roster
 * with its scheme and ledger; and that plus a second bureau, for the walls between bureaus.
 * Concurrent runs of the same code build the set once (an advisory lock), and each template is
 * built under a scratch name and renamed into place, so no run ever clones a half-built one.
 */
export async function buildTemplates(adminUrl: string, names: TemplateSet): Promise<void> {
  const lock = new URL(adminUrl);
  await withAdmin(lock.toString(), async (locker) => {
    await locker.query('select pg_advisory_lock(hashtext($1))', [names.migrated]);
    try {
      if (await templatesReady(adminUrl, names)) return;
      const scratch = Object.fromEntries(
        Object.entries(names).map(([k, v]) => [k, `${v}_${process.pid}`]),
      ) as TemplateSet;
      await withAdmin(adminUrl, async (c) => {
        for (const name of [...Object.values(names), ...Object.values(scratch)])
          await c.query(`drop database if exists "${name}" with (force)`);
        await c.query(`create database "${scratch.migrated}"`);
      });
      // Marked as in use, so that another run's clean-up of stale sets leaves them alone.
      await touchTemplates(adminUrl, {
        ...scratch,
        roster: scratch.migrated,
        ledger: scratch.migrated,
        'two-bureaus': scratch.migrated,
      });
      await migrateDatabase(
        databaseUrl(adminUrl, scratch.migrated),
        TEST_APP_ROLE,
        TEST_APP_PASSWORD,
      );
      await cloneDatabase(adminUrl, scratch.migrated, scratch.roster);
      await cloneDatabase(adminUrl, scratch.migrated, scratch.ledger);
      await touchTemplates(adminUrl, { ...scratch, 'two-bureaus': scratch.ledger });
      await Promise.all([
        seedInto(adminUrl, scratch.roster, (orm) => seedDemo(orm, { ledger: false })),
        seedInto(adminUrl, scratch.ledger, (orm) => seedDemo(orm, { ledger: true })),
      ]);
      await cloneDatabase(adminUrl, scratch.ledger, scratch['two-bureaus']);
      await touchTemplates(adminUrl, scratch);
      await seedInto(adminUrl, scratch['two-bureaus'], (orm) =>
        seedDemo(orm, OTHER_BUREAU_OPTIONS),
      );
      await withAdmin(adminUrl, async (c) => {
        for (const key of Object.keys(names) as TemplateName[])
          await c.query(`alter database "${scratch[key]}" rename to "${names[key]}"`);
      });
      await touchTemplates(adminUrl, names);
    } finally {
      await locker.query('select pg_advisory_unlock(hashtext($1))', [names.migrated]);
    }
  });
}
