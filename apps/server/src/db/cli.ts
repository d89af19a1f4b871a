import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../config.js';
import { evidenceStorage } from '../modules/evidence/evidence-storage.js';
import { migrateDatabase, provisionDatabase } from './database.js';
import pg from 'pg';
import { withClient } from './connection/with-client.js';
import {
  describeReport,
  verifyAuditChains,
  type ChainReport,
} from '../modules/audit/audit-verify.js';
import { distributionPlan } from './citus-plan.js';
import { ormConfig } from './orm-config.js';
import { writeMigrationIndex } from './migration-index.js';
import { createScratchDatabase, findPostgresServer } from './postgres/postgres-server.js';
import { todayInChina } from '../modules/calendar/clock.js';
import { demoScope } from './seed/demo-calendar.js';
import { analyzeDatabase, databaseIsEmpty, seedDemo } from './seed/seed-if-empty.js';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Runs `fn` against a scratch database holding every current migration; drops it afterwards. */
async function withMigratedScratch<T>(fn: (orm: MikroORM) => Promise<T>): Promise<T> {
  const server = await findPostgresServer();
  const scratch = await createScratchDatabase(server.adminUrl, 'jifen_diff');
  try {
    const orm = await MikroORM.init(ormConfig(scratch.url, { pool: 2 }));
    try {
      await orm.migrator.up();
      return await fn(orm);
    } finally {
      await orm.close(true);
    }
  } finally {
    await scratch.drop();
    await server.stop();
  }
}

const command = process.argv[2];
const name = process.argv[3];
switch (command) {
  case 'migration:create': {
    const result = await withMigratedScratch((orm) =>
      orm.migrator.create(migrationsDir, false, false, name),
    );
    if (!result.fileName) {
      console.log('No changes: the entities match the migrations.');
    } else {
      writeMigrationIndex();
      console.log(`Created ${path.join('src/db/migrations', result.fileName)}`);
    }
    break;
  }
  case 'migration:check': {
    const needed = await withMigratedScratch((orm) => orm.migrator.checkSchema());
    if (needed) {
      console.error(
        'Migrations have drifted from the entities: run `pnpm db:migration:create <name>` and commit it.',
      );
      process.exit(1);
    }
    console.log('Migrations match the entities.');
    break;
  }
  case 'migrate':
  case 'seed': {
    const config = loadConfig();
    const db = await provisionDatabase(config, console.log);
    try {
      const applied = await migrateDatabase(
        db.ownerUrl,
        config.APP_DB_ROLE,
        config.APP_DB_PASSWORD,
      );
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
      if (command === 'seed') {
        if (!(await databaseIsEmpty(db.ownerUrl))) {
          console.log('The database already holds a bureau: nothing seeded.');
        } else {
          const orm = await MikroORM.init(ormConfig(db.appUrl));
          console.log(
            'Seeded:',
            await seedDemo(orm, {
              evidence: evidenceStorage(config.DATA_DIR),
              scope: demoScope(config.SEED_DEMO ?? 'full', config.JIFEN_TODAY ?? todayInChina()),
            }),
          );
          await orm.close(true);
          await analyzeDatabase(db.ownerUrl);
        }
      }
    } finally {
      await db.stop();
    }
    break;
  }
  case 'audit:verify': {
    // As the owner: the app role sees one bureau at a time, the check walks them all.
    const config = loadConfig();
    const db = await provisionDatabase(config, console.log);
    const client = new pg.Client({ connectionString: db.ownerUrl });
    let reports: ChainReport[];
    try {
      await client.connect();
      reports = await verifyAuditChains(client);
    } finally {
      await client.end();
      await db.stop();
    }
    if (reports.length === 0) console.log('No audit entries yet.');
    for (const report of reports) console.log(describeReport(report));
    // Explicitly: an exit hook of the embedded PostgreSQL package would otherwise exit with 0.
    if (reports.some((r) => !r.ok)) process.exit(1);
    break;
  }
  case 'citus:plan': {
    // The catalog of DATABASE_URL when set, else of a scratch database holding every migration.
    const config = loadConfig();
    const plan = config.DATABASE_URL
      ? await withClient(config.DATABASE_URL, distributionPlan)
      : await withMigratedScratch((orm) =>
          withClient(orm.config.get('clientUrl')!, distributionPlan),
        );
    if (plan.problems.length) {
      console.error(
        `Not distributable by bureau_id:\n${plan.problems.map((p) => `  ${p}`).join('\n')}`,
      );
      process.exit(1);
    }
    console.log(
      [
        '-- Citus placement of the Jifen schema (docs/scale-out.md), from the live catalog.',
        `-- Reference tables (a copy on every node): ${plan.reference.join(', ')}.`,
        `-- Left on the coordinator: ${plan.coordinatorOnly.join(', ')}.`,
        `-- Distributed by bureau_id and co-located: ${plan.distributed.length} tables.`,
        'create extension if not exists citus;',
        ...plan.statements,
      ].join('\n'),
    );
    break;
  }
  default:
    console.error(
      'usage: cli.ts migrate | seed | migration:create <name> | migration:check | audit:verify | citus:plan',
    );
    process.exit(2);
}
