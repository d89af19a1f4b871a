import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../test/factories/demo-lookup.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { Member } from '../modules/org/member.entity.js';
import { Membership } from '../modules/org/membership.entity.js';
import { scopeOfActor } from './actor-scope.js';
import { scopedEntityManager } from './scoped-entity-manager.js';
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
});
