import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { demoLookup, type DemoLookup } from '../../test/factories/demo-lookup.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { sessionVariables, type TenantScope } from './tenant-scope.js';

/**
 * The branch wall of the row-level security policies (row-level-security.ts), in each form a scope
 * takes: every branch ('*'), a list of branches, none (''). Role assignments are aimed at because
 * they have both branch rows and bureau-wide rows (a committee role has no branch).
 */
let db: TestDatabase;
let demo: DemoLookup;
let app: pg.Client;
beforeAll(async () => {
  db = await createTestDatabase({ template: 'roster' });
  demo = await demoLookup(db);
  app = new pg.Client({ connectionString: db.appUrl });
  await app.connect();
});
afterAll(async () => {
  await app.end();
  await db.close();
});

/** Runs `sql` as the app role under `scope`, in a transaction rolled back afterwards. */
async function asApp<R extends pg.QueryResultRow>(
  scope: Omit<TenantScope, 'bureauId'>,
  sql: string,
  params: unknown[] = [],
) {
  await app.query('begin');
  try {
    for (const [name, value] of Object.entries(
      sessionVariables({ bureauId: demo.bureauId, ...scope }),
    ))
      await app.query('select set_config($1, $2, true)', [name, value]);
    return await app.query<R>(sql, params);
  } finally {
    await app.query('rollback');
  }
}

const ownerCount = async (where: string, params: unknown[] = []) =>
  Number(
    (
      await db.ownerQuery<{ n: string }>(
        `select count(*) as n from role_assignment where bureau_id = $1 and ${where}`,
        [demo.bureauId, ...params],
      )
    )[0]!.n,
  );
const seen = async (scope: Omit<TenantScope, 'bureauId'>) =>
  Number(
    (await asApp<{ n: string }>(scope, 'select count(*) as n from role_assignment')).rows[0]!.n,
  );

describe('the branch wall', () => {
  it('reads every branch, the listed branches, or none, with bureau-wide rows always', async () => {
    const office = demo.branch('BGS').id;
    const other = demo.branch('ZCC').id;
    const bureauWide = await ownerCount('branch_id is null');
    expect(bureauWide).toBeGreaterThan(0);
    expect(await seen({ branchIds: 'all' })).toBe(await ownerCount('true'));
    expect(await seen({ branchIds: [office] })).toBe(
      bureauWide + (await ownerCount('branch_id = $2', [office])),
    );
    expect(await seen({ branchIds: [office, other] })).toBe(
      bureauWide + (await ownerCount('branch_id = any($2::uuid[])', [[office, other]])),
    );
    expect(await seen({ branchIds: [] })).toBe(bureauWide);
  });

  it('writes the listed branches only, and nothing with an empty write scope', async () => {
    const office = demo.branch('BGS').id;
    const touch = (writeBranchIds: TenantScope['writeBranchIds']) =>
      asApp({ branchIds: 'all', writeBranchIds }, 'delete from role_assignment');
    expect((await touch([office])).rowCount).toBe(await ownerCount('branch_id = $2', [office]));
    expect((await touch([])).rowCount).toBe(0);
    expect((await touch('all')).rowCount).toBe(await ownerCount('true'));
  });

  it('reads the session once a statement, not for every row', async () => {
    const plan = (
      await asApp<{ 'QUERY PLAN': string }>(
        { branchIds: [demo.branch('BGS').id] },
        'explain select count(*) from role_assignment',
      )
    ).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    expect(plan).toMatch(/InitPlan/);
    const rowFilter = plan.split('\n').find((line) => /Filter: .*branch_id/.test(line));
    expect(rowFilter).toBeDefined();
    expect(rowFilter).not.toMatch(/current_setting\('app\.branch_ids'/);
  });
});
