import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError } from '../graphql/errors.js';
import type { Actor, RoleGrant } from './actor.js';
import { Role, ROLE_LABELS } from './roles.js';

/** What a service needs to act for someone: the request's scoped fork and who is asking. */
export type Acting = { em: EntityManager; actor: Actor };

/**
 * The actor's grant among `roles` that covers `branchId` (a bureau-wide grant counts for every
 * branch), preferring the earlier role in `roles`; pass `branchId` null to ask for a bureau grant.
 */
export function grantFor(
  actor: Actor,
  roles: readonly Role[],
  branchId: string | null,
): RoleGrant | null {
  for (const role of roles) {
    const grant = actor.roles.find(
      (g) =>
        g.role === role && (g.branchId === null || (branchId !== null && g.branchId === branchId)),
    );
    if (grant) return grant;
  }
  return null;
}

export function holdsRole(actor: Actor, roles: readonly Role[], branchId: string | null): boolean {
  return grantFor(actor, roles, branchId) !== null;
}

/** Throws FORBIDDEN unless the actor holds one of `roles` there; returns the grant (for the audit log). */
export function requireRole(
  actor: Actor,
  roles: readonly Role[],
  branchId: string | null,
): RoleGrant {
  const grant = grantFor(actor, roles, branchId);
  if (!grant) {
    throw new ForbiddenError(
      `当前账号没有执行此操作的权限（需要：${roles.map((r) => ROLE_LABELS[r].zh).join('、')}）`,
      `Your account may not do this (needs one of: ${roles.map((r) => ROLE_LABELS[r].en).join(', ')})`,
    );
  }
  return grant;
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
/**
 * Who may try a draft scheme on members' real records: the committee and analysts anywhere in the
 * bureau, a secretary on their own branch's members.
 */
export const SCHEME_TRIERS: readonly Role[] = [Role.COMMITTEE_ADMIN, Role.ANALYST, Role.SECRETARY];
/** Who may run a bureau-wide what-if (a bureau grant of one of these, never a branch's). */
export const BUREAU_WIDE_TRIERS: readonly Role[] = [Role.COMMITTEE_ADMIN, Role.ANALYST];
/** Roles a secretary may grant and revoke inside their own branch (the secretary is the committee's to appoint). */
export const SECRETARY_GRANTABLE: readonly Role[] = [
  Role.BRANCH_COMMITTEE,
  Role.SCOREKEEPER,
  Role.GROUP_LEADER,
  Role.MEMBER,
];
