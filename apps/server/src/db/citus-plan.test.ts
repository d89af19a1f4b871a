import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { distributionPlan } from './citus-plan.js';

/**
 * Citus distributes a table by one column and needs it in every primary key, unique key, unique
 * index and foreign key of the table. Ours is bureau_id: this walks the migrated catalog, as
 * `pnpm citus:plan` does, and fails on every table or constraint that would stop
 * `create_distributed_table(…, 'bureau_id')`, so the schema stays distributable as it grows.
 */
let db: TestDatabase;
let client: pg.Client;
beforeAll(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.ownerUrl });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await db.close();
});

describe('every table can be placed on a Citus cluster distributed by bureau', () => {
  it('has bureau_id in every key of every tenant table, and no stray table', async () => {
    const plan = await distributionPlan(client);
    expect(plan.problems).toEqual([]);
    expect(plan.distributed).toEqual(
      expect.arrayContaining(['branch', 'member', 'user_account', 'auth_session', 'audit_entry']),
    );
    expect(plan.reference.sort()).toEqual(['bureau', 'login_failure', 'login_name']);
    expect(plan.coordinatorOnly).toEqual(['mikro_orm_migrations']);
  });

  it('emits one statement a table, reference tables first, a foreign key target before its source', async () => {
    const plan = await distributionPlan(client);
    expect(plan.statements).toHaveLength(
      plan.reference.length + plan.distributed.length + 2 * plan.deferredKeys.length,
    );
    expect(plan.statements[0]).toMatch(/^select create_reference_table\('\w+'\);$/);
    const first = plan.distributed[0];
    expect(plan.statements).toContain(`select create_distributed_table('${first}', 'bureau_id');`);
    expect(plan.statements).toContain(
      `select create_distributed_table('member', 'bureau_id', colocate_with => '${first}');`,
    );
    const { rows } = await client.query<{ name: string; source: string; target: string }>(`
      select conname as name, conrelid::regclass::text as source, confrelid::regclass::text as target
      from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`);
    const position = (t: string) => plan.distributed.indexOf(t);
    const deferred = new Set(plan.deferredKeys.map((k) => k.name));
    for (const { name, source, target } of rows)
      if (
        !deferred.has(name) &&
        source !== target &&
        position(source) >= 0 &&
        position(target) >= 0
      )
        expect(position(target), `${target} before ${source}`).toBeLessThan(position(source));
    // A key in a cycle (party group ↔ member) is dropped before distributing and added back after.
    expect(plan.deferredKeys.length).toBeGreaterThan(0);
    const at = (prefix: string) => plan.statements.findIndex((s) => s.startsWith(prefix));
    for (const key of plan.deferredKeys) {
      const dropped = plan.statements.indexOf(
        `alter table ${key.table} drop constraint ${key.name};`,
      );
      const added = plan.statements.indexOf(
        `alter table ${key.table} add constraint ${key.name} ${key.definition};`,
      );
      expect(dropped).toBeGreaterThanOrEqual(0);
      expect(dropped).toBeLessThan(at('select create_distributed_table'));
      expect(added).toBeGreaterThan(
        plan.statements.findLastIndex((s) => s.includes('create_distributed_table')),
      );
    }
  });

  it('names what a new table gets wrong', async () => {
    await client.query('begin');
    try {
      await client.query(`
        create table citus_probe (bureau_id uuid not null, id uuid primary key, code text unique,
          other_bureau uuid, member_id uuid,
          constraint citus_probe_member foreign key (other_bureau, member_id) references member (bureau_id, id));
        create table citus_stray (id int primary key);`);
      const problems = (await distributionPlan(client)).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          'citus_probe: primary key (id) lacks bureau_id',
          expect.stringMatching(
            /^citus_probe\.citus_probe_code_key: unique \(code\) lacks bureau_id$/,
          ),
          expect.stringMatching(
            /^citus_probe\.citus_probe_member: foreign key \(other_bureau, member_id\)/,
          ),
          'citus_stray: no bureau_id and not a documented global table',
        ]),
      );
    } finally {
      await client.query('rollback');
    }
  });
});
