import type { Role } from '../graphql/graphql';
import type { MessageKey } from './i18n';

export type { Role };

export type RoleGrant = { role: Role; branchId: string | null };

/** Roles that span the bureau (no branch); every other role names one branch. */
export const BUREAU_ROLES: ReadonlySet<Role> = new Set<Role>(['COMMITTEE_ADMIN', 'ANALYST']);

/** Display order: bureau roles first, then the branch panel, then the member. */
export const ROLE_ORDER: readonly Role[] = [
  'COMMITTEE_ADMIN',
  'ANALYST',
  'SECRETARY',
  'BRANCH_COMMITTEE',
  'SCOREKEEPER',
  'GROUP_LEADER',
  'MEMBER',
];

export function roleLabelKey(role: Role): MessageKey {
  return `role.${role}`;
}

export function sortRoles<T extends { role: Role }>(grants: readonly T[]): T[] {
  return [...grants].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

export function hasBureauRole(grants: readonly RoleGrant[]): boolean {
  return grants.some((g) => BUREAU_ROLES.has(g.role));
}

/** The branches a person holds some branch role in, in first-seen order. */
export function branchIdsOf(grants: readonly RoleGrant[]): string[] {
  const ids: string[] = [];
  for (const g of grants) if (g.branchId && !ids.includes(g.branchId)) ids.push(g.branchId);
  return ids;
}

/** The roles held in one branch, plus the bureau roles (which hold everywhere). */
export function rolesIn(grants: readonly RoleGrant[], branchId: string | null): Set<Role> {
  const roles = new Set<Role>();
  for (const g of grants) {
    if (BUREAU_ROLES.has(g.role) || (branchId !== null && g.branchId === branchId)) {
      roles.add(g.role);
    }
  }
  return roles;
}
