import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { findPlain, type Plain } from '../../db/rows/plain-rows.js';
import { PrimedLoader } from '../../graphql/execution/primed-loader.js';
import { Branch } from './branches/branch.entity.js';
import { Member } from './members/member.entity.js';
import { Membership } from './members/membership.entity.js';
import { PartyGroup } from './branches/party-group.entity.js';
import { inGroupOrder } from './branches/group-order.js';
import { RoleAssignment } from './users/role-assignment.entity.js';
import { UserAccount } from './users/user-account.entity.js';

const byId = <T extends { id: string }>(rows: T[], ids: readonly string[]) => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};
const groupedBy = <T>(rows: T[], ids: readonly string[], key: (row: T) => string) => {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return ids.map((id) => map.get(id)!);
};

/**
 * The org module's batch loaders, on the request's scoped fork: one statement per kind of nested
 * field however long the list, and every load goes through the tenant filter (a parent in view
 * never lets a child out of view through).
 */
export function createOrgLoaders(em: EntityManager) {
  return {
    // Plain rows: these two fill the names of long lists (a ranking page is 500 members), which
    // prime them from their own statement.
    branch: new PrimedLoader<string, Plain<Branch> | null>(async (ids) =>
      byId(await findPlain(em, Branch, { id: { $in: [...ids] } }), ids),
    ),
    member: new PrimedLoader<string, Plain<Member> | null>(async (ids) =>
      byId(await findPlain(em, Member, { id: { $in: [...ids] } }), ids),
    ),
    partyGroup: new DataLoader<string, PartyGroup | null>(async (ids) =>
      byId(await em.find(PartyGroup, { id: { $in: [...ids] } }), ids),
    ),
    userAccount: new DataLoader<string, UserAccount | null>(async (ids) =>
      byId(await em.find(UserAccount, { id: { $in: [...ids] } }), ids),
    ),
    groupsOfBranch: new DataLoader<string, PartyGroup[]>(async (ids) =>
      groupedBy(
        inGroupOrder(await em.find(PartyGroup, { branchId: { $in: [...ids] } })),
        ids,
        (g) => g.branchId,
      ),
    ),
    membersOfGroup: new DataLoader<string, Member[]>(async (ids) =>
      groupedBy(
        await em.find(
          Member,
          { groupId: { $in: [...ids] }, active: true },
          { orderBy: { name: 'asc' } },
        ),
        ids,
        (m) => m.groupId!,
      ),
    ),
    membershipsOfMember: new DataLoader<string, Membership[]>(async (ids) =>
      groupedBy(
        await em.find(
          Membership,
          { memberId: { $in: [...ids] } },
          { orderBy: { fromMonth: 'asc' } },
        ),
        ids,
        (m) => m.memberId,
      ),
    ),
    rolesOfUser: new DataLoader<string, RoleAssignment[]>(async (ids) =>
      groupedBy(
        await em.find(RoleAssignment, { userId: { $in: [...ids] } }, { orderBy: { role: 'asc' } }),
        ids,
        (r) => r.userId,
      ),
    ),
  };
}
