import { ref } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../test/factories/demo-lookup.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { Branch } from '../modules/org/branches/branch.entity.js';
import { Member } from '../modules/org/members/member.entity.js';
import { PartyGroup } from '../modules/org/branches/party-group.entity.js';
import { UserAccount } from '../modules/org/users/user-account.entity.js';
import { scopedEntityManager } from './scoped-entity-manager.js';

let db: TestDatabase;
let demo: DemoLookup;
beforeAll(async () => {
  db = await createTestDatabase({ template: 'roster' });
  demo = await demoLookup(db);
});
afterAll(() => db.close());

const stored = async (id: string) =>
  (
    await db.ownerQuery<{ bureau_id: string; branch_id: string; group_id: string | null }>(
      'select bureau_id, branch_id, group_id from member where id = $1',
      [id],
    )
  )[0]!;

// Relations share bureau_id with the primary key; each must write only its own column.
describe('composite foreign keys sharing bureau_id', () => {
  it('moves a member to another branch and group in one flush, writing both columns', async () => {
    const [m] = await demo.members('CWC');
    const [group] = await demo.groups('BGS');
    const em = scopedEntityManager(db.orm, { bureauId: demo.bureauId, branchIds: 'all' });
    await em.transactional(async (tx) => {
      const member = await tx.findOneOrFail(Member, { id: m!.id });
      // As the services do: the relation and its read-only mirror together.
      member.branch = ref(await tx.findOneOrFail(Branch, { id: demo.branch('BGS').id }));
      member.branchId = demo.branch('BGS').id;
      member.group = ref(await tx.findOneOrFail(PartyGroup, { id: group!.id }));
      member.groupId = group!.id;
    });
    expect(await stored(m!.id)).toEqual({
      bureau_id: demo.bureauId,
      branch_id: demo.branch('BGS').id,
      group_id: group!.id,
    });
  });

  it('clears a nullable relation without touching bureau_id', async () => {
    const [m] = await demo.members('GWC');
    const em = scopedEntityManager(db.orm, { bureauId: demo.bureauId, branchIds: 'all' });
    await em.transactional(async (tx) => {
      const member = await tx.findOneOrFail(Member, { id: m!.id });
      member.group = null;
      member.groupId = null;
    });
    expect(await stored(m!.id)).toEqual({
      bureau_id: demo.bureauId,
      branch_id: demo.branch('GWC').id,
      group_id: null,
    });
  });

  it('fills the mirror of a row first met as a reference and loaded later', async () => {
    const em = scopedEntityManager(db.orm, { bureauId: demo.bureauId, branchIds: 'all' });
    const user = await em.findOneOrFail(UserAccount, { loginName: 'shuji1' });
    const member = await em.findOneOrFail(Member, { id: user.memberId! });
    expect(member.branchId).toBe(demo.branch('BGS').id);
    expect(member.groupId).toEqual(expect.any(String));
  });
});
