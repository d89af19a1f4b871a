import type { Actor } from '../../auth/actor.js';
import { holdsRole, requireRole } from '../../auth/permissions.js';
import { Role } from '../../auth/roles.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, NotFoundError } from '../../graphql/errors.js';
import { Branch } from '../org/branches/branch.entity.js';

/**
 * Who may take each step of the cycle (plan 六): the secretary signs and publishes, the branch
 * committee decides disputes and re-reviews, the assessment panel records members' answers, the
 * committee approves years and corrects approved ones. Every check names the branch touched.
 */
export const CYCLE_ROLES = {
  /** 积分考评小组: secretary (chair), branch committee members, group leaders. */
  panel: [Role.SECRETARY, Role.BRANCH_COMMITTEE, Role.GROUP_LEADER],
  /** 支部委员会: decides objections, re-reviews the year, records grades. */
  branchCommittee: [Role.SECRETARY, Role.BRANCH_COMMITTEE],
  secretary: [Role.SECRETARY],
  committee: [Role.COMMITTEE_ADMIN],
  /** Publishing an approved year: the branch or the committee. */
  yearPublisher: [Role.SECRETARY, Role.COMMITTEE_ADMIN],
  /** Correcting a signed quarter. */
  quarterCorrector: [Role.SECRETARY, Role.COMMITTEE_ADMIN],
  /** Everyone who reads a branch's whole assessment (members read their own and the notices). */
  readers: [
    Role.COMMITTEE_ADMIN,
    Role.ANALYST,
    Role.SECRETARY,
    Role.BRANCH_COMMITTEE,
    Role.SCOREKEEPER,
    Role.GROUP_LEADER,
  ],
  /** Anyone in the branch may object to a notice (党员群众监督); the analyst writes nothing. */
  objectors: [
    Role.COMMITTEE_ADMIN,
    Role.SECRETARY,
    Role.BRANCH_COMMITTEE,
    Role.SCOREKEEPER,
    Role.GROUP_LEADER,
    Role.MEMBER,
  ],
} as const satisfies Record<string, readonly Role[]>;

export type CycleDuty = keyof typeof CYCLE_ROLES;

/** Throws FORBIDDEN unless the actor holds a role of `duty` for `branchId`; returns the role used. */
export function requireDuty(actor: Actor, duty: CycleDuty, branchId: string): Role {
  const roles = CYCLE_ROLES[duty];
  requireRole(actor, roles, branchId);
  return roleUsed(actor, roles, branchId);
}

/** The role under which the actor acts there, for the audit entry. */
export function roleUsed(actor: Actor, roles: readonly Role[], branchId: string): Role {
  const grant = actor.roles.find(
    (g) => roles.includes(g.role) && (g.branchId === null || g.branchId === branchId),
  );
  return grant?.role ?? roles[0]!;
}

export function canReadBranch(actor: Actor, branchId: string): boolean {
  return holdsRole(actor, CYCLE_ROLES.readers, branchId);
}

/** The member acting on their own record, or the panel recording it for them. */
export function requireSelfOrDuty(
  actor: Actor,
  memberId: string,
  duty: CycleDuty,
  branchId: string,
): { role: Role | 'self'; onBehalf: boolean } {
  if (actor.memberId === memberId) return { role: 'self', onBehalf: false };
  if (holdsRole(actor, CYCLE_ROLES[duty], branchId)) {
    return { role: roleUsed(actor, CYCLE_ROLES[duty], branchId), onBehalf: true };
  }
  throw new ForbiddenError(
    '只能核对确认本人的记录（考评小组可代为登记党员当面确认的结果）',
    'Members confirm their own record; the panel may record a member’s answer given in person',
  );
}

/** The branch named in an input, if the actor's bureau has it (a committee role spans only its own). */
export async function requireBranch(em: EntityManager, branchId: string): Promise<Branch> {
  const branch = await em.findOne(Branch, { id: branchId });
  if (!branch) throw new NotFoundError({ zh: '党支部', en: 'Branch' }, 'branchId');
  return branch;
}
