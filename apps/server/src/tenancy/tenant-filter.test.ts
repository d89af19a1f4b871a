import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../test/factories/demo-lookup.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { Member } from '../modules/org/members/member.entity.js';
import { Membership } from '../modules/org/members/membership.entity.js';
import { scopeOfActor } from './actor-scope.js';
import { scopedEntityManager } from './scoped-entity-manager.js';
import { tenantSql } from './tenant-filter.js';
import { MissingTenantScopeError } from './tenant-scope.js';
import { selectPlain } from '../db/rows/plain-rows.js';
import { RoleAssignment } from '../modules/org/users/role-assignment.entity.js';
import { Role } from '../auth/roles.js';

let db: TestDatabase;
let demo: DemoLookup;
beforeAll(async () => {
  db = await createTestDatabase({ template: 'roster' });
  demo = await demoLookup(db);
});
afterAll(() => db.close());

describe('the ORM wall', () => {
  it('fails a query with no scope instead of returning everything', async () => {
    const em = scopedEntityManager(db.orm, null);
    await expect(em.find(Member, {})).rejects.toThrow(/No arguments provided for filter/);
  });

  it('still sees nothing without a scope when the filter is switched off: RLS answers', async () => {
    const em = scopedEntityManager(db.orm, null);
    expect(await em.find(Member, {}, { filters: false })).toEqual([]);
  });

  it('shows a branch scope its branch only, even with the filter off', async () => {
    const bgs = demo.branch('BGS').id;
    const em = scopedEntityManager(db.orm, { bureauId: demo.bureauId, branchIds: [bgs] });
    const members = await em.find(Member, {});
    expect(new Set(members.map((m) => m.branchId))).toEqual(new Set([bgs]));
    const unfiltered = await em.find(Membership, {}, { filters: false });
    expect(new Set(unfiltered.map((m) => m.branchId))).toEqual(new Set([bgs]));
  });

  it('gives the analyst a bureau-wide read scope and an empty write scope', () => {
    const scope = scopeOfActor({
      userId: 'u',
      bureauId: 'b',
      sessionId: 's',
      displayName: '',
      memberId: null,
      roles: [
        { role: Role.ANALYST, branchId: null },
        { role: Role.MEMBER, branchId: 'x' },
      ],
      mustChangePassword: false,
    });
    expect(scope).toEqual({ bureauId: 'b', branchIds: 'all', writeBranchIds: ['x'] });
  });

  it('refuses an analyst-scoped write in the database itself', async () => {
    const [m] = await demo.members('BGS');
    const em = scopedEntityManager(db.orm, {
      bureauId: demo.bureauId,
      branchIds: 'all',
      writeBranchIds: [],
    });
    await expect(
      em.transactional(async (tx) => {
        const member = await tx.findOneOrFail(Member, { id: m!.id });
        member.name = '分析员改的';
      }),
    ).rejects.toThrow(/row-level security/);
    const [row] = await db.ownerQuery<{ name: string }>('select name from member where id = $1', [
      m!.id,
    ]);
    expect(row!.name).toBe(m!.name);
  });

  it('walls hand-written reads (selectPlain) exactly as the filter walls the ORM, and fails with no scope', async () => {
    const bgs = demo.branch('BGS').id;
    const scoped = scopedEntityManager(db.orm, { bureauId: demo.bureauId, branchIds: [bgs] });
    const byFilter = await scoped.find(Member, {}, { orderBy: { id: 'asc' } });
    const bySql = await selectPlain(
      scoped,
      Member,
      'm',
      { sql: 'true', params: [] },
      { orderBy: 'm.id' },
    );
    expect(bySql.map((m) => m.id)).toEqual(byFilter.map((m) => m.id));
    expect(new Set(bySql.map((m) => m.branchId))).toEqual(new Set([bgs]));
    // A nullable branch: the bureau-wide rows (committee and analyst roles) are inside the wall.
    const roles = await selectPlain(scoped, RoleAssignment, 'r', { sql: 'true', params: [] });
    expect(roles.some((r) => r.branchId === null)).toBe(true);
    expect(roles.every((r) => r.branchId === null || r.branchId === bgs)).toBe(true);
    await expect(
      selectPlain(scopedEntityManager(db.orm, null), Member, 'm', { sql: 'true', params: [] }),
    ).rejects.toThrow(MissingTenantScopeError);
  });

  it('says the same walls in SQL on its own, without row-level security behind it', async () => {
    const bgs = demo.branch('BGS').id;
    const scoped = scopedEntityManager(db.orm, { bureauId: demo.bureauId, branchIds: [bgs] });
    const wall = tenantSql(scoped, 'Member', 'm');
    let n = 0;
    // The owner reads past row-level security: only the condition walls these rows.
    const rows = await db.ownerQuery<{ branch_id: string; bureau_id: string }>(
      `select m.branch_id, m.bureau_id from member m where ${wall.sql.replace(/\?/g, () => `$${++n}`)}`,
      wall.params,
    );
    const all = await db.ownerQuery<{ n: string }>('select count(*) as n from member');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(Number(all[0]!.n));
    expect(new Set(rows.map((r) => r.branch_id))).toEqual(new Set([bgs]));
    expect(new Set(rows.map((r) => r.bureau_id))).toEqual(new Set([demo.bureauId]));
  });
});
