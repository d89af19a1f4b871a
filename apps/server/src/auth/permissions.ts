import { ForbiddenError } from '../graphql/errors.js';
import type { Actor } from './actor.js';
import { Role } from './roles.js';

/**
 * True when the actor holds one of `roles` for `branchId` (a bureau-wide grant of a committee role
 * counts for every branch). Pass `branchId` null to ask for a bureau-level grant.
 */
export function holdsRole(actor: Actor, roles: readonly Role[], branchId: string | null): boolean {
  return actor.roles.some(
    (g) =>
      roles.includes(g.role) &&
      (g.branchId === null || (branchId !== null && g.branchId === branchId)),
  );
}

/** Throws FORBIDDEN unless the actor holds one of `roles` there. */
export function requireRole(actor: Actor, roles: readonly Role[], branchId: string | null): void {
  if (!holdsRole(actor, roles, branchId)) {
    throw new ForbiddenError(
      `当前账号没有执行此操作的权限（需要：${roles.join('、')}）`,
      `Your account may not do this (needs one of: ${roles.join(', ')})`,
    );
  }
}

export const COMMITTEE: readonly Role[] = [Role.COMMITTEE_ADMIN];
export const BRANCH_MANAGERS: readonly Role[] = [Role.COMMITTEE_ADMIN, Role.SECRETARY];
export const BRANCH_RECORDERS: readonly Role[] = [
  Role.COMMITTEE_ADMIN,
  Role.SECRETARY,
  Role.BRANCH_COMMITTEE,
  Role.SCOREKEEPER,
];
export const BRANCH_READERS: readonly Role[] = [
  ...BRANCH_RECORDERS,
  Role.GROUP_LEADER,
  Role.ANALYST,
];
