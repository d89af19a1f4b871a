import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import { Role } from '../../auth/roles.js';
import { Branch } from '../../modules/org/branches/branch.entity.js';
import { Member } from '../../modules/org/members/member.entity.js';
import { Membership } from '../../modules/org/members/membership.entity.js';
import { RoleAssignment } from '../../modules/org/users/role-assignment.entity.js';
import { UserAccount } from '../../modules/org/users/user-account.entity.js';

/** The seeded roster and its users, read once, with the lookups every part of the ledger needs. */
export type DemoContext = Awaited<ReturnType<typeof demoContext>>;

/** A count of what the ledger seeded, for the start-up log. */
export type LedgerCounts = {
  sessions: number;
  attendance: number;
  quotas: number;
  duties: number;
  violations: number;
  declarations: number;
};

export async function demoContext(em: EntityManager, bureauId: string) {
  const branches = await em.find(Branch, {}, { orderBy: { sortOrder: 'asc' } });
  // Ids are random UUIDs, so nothing that feeds the seeded random numbers may be ordered by
  // one: the same member must draw the same numbers on every run and machine.
  const branchOrder = new Map(branches.map((b, i) => [b.id, i]));
  const members = (await em.find(Member, {})).sort(
    (a, b) =>
      branchOrder.get(a.branchId)! - branchOrder.get(b.branchId)! ||
      a.name.localeCompare(b.name, 'zh-CN') ||
      (a.joinedOn ?? '').localeCompare(b.joinedOn ?? '') ||
      (a.position ?? '').localeCompare(b.position ?? ''),
  );
  const memberships = await em.find(Membership, {}, { orderBy: { fromMonth: 'asc' } });
  const users = await em.find(UserAccount, {}, { orderBy: { loginName: 'asc' } });
  const grants = await em.find(RoleAssignment, {});
  // The committee's administrator records the bureau's own steps (login names may carry a prefix).
  const adminGrant = grants.find((g) => g.role === Role.COMMITTEE_ADMIN && g.branchId === null);
  const admin = users.find((u) => u.id === adminGrant?.userId) ?? users[0]!;
  const holder = (branchId: string, role: Role) =>
    grants.find((g) => g.branchId === branchId && g.role === role)?.userId;
  const recorderOf = (branchId: string) =>
    holder(branchId, Role.SCOREKEEPER) ?? holder(branchId, Role.SECRETARY) ?? admin.id;
  const secretaryOf = (branchId: string) => holder(branchId, Role.SECRETARY) ?? admin.id;
  const committeeMemberOf = (branchId: string) =>
    holder(branchId, Role.BRANCH_COMMITTEE) ?? secretaryOf(branchId);
  /** A user acting with the roles they hold, as a request of theirs would. */
  const actorOf = (userId: string): Actor => {
    const user = users.find((u) => u.id === userId)!;
    return {
      userId,
      bureauId,
      sessionId: 'demo-seed',
      displayName: user.displayName,
      memberId: user.memberId ?? null,
      roles: grants
        .filter((g) => g.userId === userId)
        .map((g) => ({ role: g.role, branchId: g.branchId ?? null })),
      mustChangePassword: false,
    };
  };
  const branchOfMonth = (memberId: string, m: string) =>
    memberships.find(
      (s) => s.memberId === memberId && s.fromMonth <= m && (!s.toMonth || s.toMonth >= m),
    )?.branchId;
  return {
    em,
    bureauId,
    branches,
    members,
    users,
    grants,
    admin,
    recorderOf,
    secretaryOf,
    committeeMemberOf,
    actorOf,
    branchOfMonth,
    branchRef: (id: string) => em.getReference(Branch, [bureauId, id]),
    memberRef: (id: string) => em.getReference(Member, [bureauId, id]),
    userOfMember: (memberId: string) => users.find((u) => u.memberId === memberId)?.id ?? admin.id,
    /** Members of a branch in a month of `year`. */
    rosterOf: (branchId: string, month: string) =>
      members.filter((mem) => branchOfMonth(mem.id, month) === branchId),
  };
}

/** Month and day keys of one year. */
export function yearKeys(year: number) {
  const month = (m: number) => `${year}-${String(m).padStart(2, '0')}`;
  const day = (m: number, d: number) => `${month(m)}-${String(d).padStart(2, '0')}`;
  return { month, day };
}
