import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { demoLookup, type DemoLookup } from '../../test/factories/demo-lookup.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { inReadTransaction } from '../db/connection/read-transaction.js';
import {
  bureauWideRead,
  installBureauWideReads,
  readBureauWide,
  type BureauWideRead,
} from './bureau-wide-read.js';
import { scopedEntityManager } from './scoped-entity-manager.js';

/**
 * Reads kept as database functions (bureau-wide-read.ts): each crosses the branch wall for its
 * own statement and nothing more, and migrating installs exactly the reads the code declares.
 */
let db: TestDatabase;
let demo: DemoLookup;
let owner: pg.Client;

const install = (reads: BureauWideRead[], now?: Date) => installBureauWideReads(owner, reads, now);
const oidOf = async (name: string) =>
  (
    await db.ownerQuery<{ oid: number }>(
      `select oid from pg_proc where proname = $1 and pronamespace = current_schema()::regnamespace`,
      [name],
    )
  ).map((r) => r.oid);

// The roles of the bureau, in every branch: one branch's scope sees its own alone.
const ROLES = bureauWideRead(
  'test_roles_read',
  ['uuid'],
  `select json_build_object('roles', count(*), 'branches', count(distinct branch_id))
     from role_assignment where bureau_id = $1`,
);
// A read that tries to write.
const WRITES = bureauWideRead(
  'test_writing_read',
  ['uuid'],
  `with gone as (delete from role_assignment where bureau_id = $1 returning 1)
   select json_build_object('deleted', count(*)) from gone`,
);

beforeAll(async () => {
  db = await createTestDatabase({ template: 'two-bureaus' });
  demo = await demoLookup(db);
  owner = new pg.Client({ connectionString: db.ownerUrl });
  await owner.connect();
  await install([ROLES, WRITES]);
});
afterAll(async () => {
  await owner.end();
  await db.close();
});

const asBranch = () =>
  scopedEntityManager(db.orm, { bureauId: demo.bureauId, branchIds: [demo.branch('BGS').id] });

describe('a read kept as a database function', () => {
  it('reads every branch of the bureau for its statement, and the scope sees its own after it', async () => {
    const [all] = await db.ownerQuery<{ roles: string; branches: string }>(
      `select count(*) as roles, count(distinct branch_id) as branches
         from role_assignment where bureau_id = $1`,
      [demo.bureauId],
    );
    const { read, after } = await inReadTransaction(asBranch(), async (tx) => ({
      read: await readBureauWide<{ roles: number; branches: number }>(tx, ROLES, [demo.bureauId]),
      after: await tx.execute<{ branches: string }[]>(
        'select count(distinct branch_id) as branches from role_assignment',
      ),
    }));
    expect(read).toEqual({ roles: Number(all!.roles), branches: Number(all!.branches) });
    expect(Number(all!.branches)).toBeGreaterThan(1);
    expect(Number(after[0]!.branches)).toBe(1);
  });

  it('keeps the bureau wall: another bureau named in its arguments reads nothing', async () => {
    const [other] = await db.ownerQuery<{ id: string }>(
      'select id from bureau where id <> $1 limit 1',
      [demo.bureauId],
    );
    const read = await inReadTransaction(asBranch(), (tx) =>
      readBureauWide<{ roles: number }>(tx, ROLES, [other!.id]),
    );
    expect(read).toEqual({ roles: 0, branches: 0 });
  });

  it('may not write', async () => {
    const before = await db.ownerQuery('select 1 from role_assignment where bureau_id = $1', [
      demo.bureauId,
    ]);
    await expect(
      inReadTransaction(asBranch(), (tx) => readBureauWide(tx, WRITES, [demo.bureauId])),
    ).rejects.toThrow(/data-modifying|non-volatile/);
    const after = await db.ownerQuery('select 1 from role_assignment where bureau_id = $1', [
      demo.bureauId,
    ]);
    expect(after.length).toBe(before.length);
  });

  it('installs a changed read beside the old one, which old processes call for a day more', async () => {
    const [kept] = await oidOf(ROLES.functionName);
    expect(kept).toBeDefined();
    await install([ROLES, WRITES]);
    expect(await oidOf(ROLES.functionName)).toEqual([kept]);

    const changed = bureauWideRead(
      ROLES.name,
      ['uuid', 'int'],
      `select json_build_object('n', $2)`,
    );
    expect(changed.functionName).not.toBe(ROLES.functionName);
    const deployed = new Date();
    await install([changed, WRITES], deployed);
    const read = <T>(r: BureauWideRead, values: unknown[]) =>
      inReadTransaction(asBranch(), (tx) => readBureauWide<T>(tx, r, values));
    expect(await read(changed, [demo.bureauId, 7])).toEqual({ n: 7 });
    // A process of the deploy before still reads as it did.
    expect(await read<{ roles: number }>(ROLES, [demo.bureauId])).toMatchObject({
      roles: expect.any(Number),
    });

    const hours = (h: number) => new Date(deployed.getTime() + h * 3600_000);
    await install([changed, WRITES], hours(23));
    expect(await oidOf(ROLES.functionName)).toEqual([kept]);
    // A deploy rolled back declares it again: it stays, however long after.
    await install([ROLES, changed, WRITES], hours(23.5));
    await install([ROLES, changed, WRITES], hours(48));
    expect(await oidOf(ROLES.functionName)).toEqual([kept]);
    // Superseded once more: dropped a day after that.
    await install([changed, WRITES], hours(48));
    // A function of the schema not installed as a read is left alone.
    await db.ownerQuery(`create function test_plain() returns int language sql as 'select 1'`);
    await install([changed, WRITES], hours(48 + 23));
    expect(await oidOf(ROLES.functionName)).toEqual([kept]);
    await install([changed, WRITES], hours(48 + 25));
    expect(await oidOf(ROLES.functionName)).toEqual([]);
    expect(await oidOf(changed.functionName)).toHaveLength(1);
    expect(await oidOf('test_plain')).toHaveLength(1);
    await install([ROLES, WRITES]);
  });
});
