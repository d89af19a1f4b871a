import type { Role } from '../graphql/graphql';
import type { MessageKey } from './i18n';

export type { Role };

export type RoleGrant = { role: Role; branchId: string | null };

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

/** The branches a person holds some branch role in, in first-seen order. */
export function branchIdsOf(grants: readonly RoleGrant[]): string[] {
  const ids: string[] = [];
  for (const g of grants) if (g.branchId && !ids.includes(g.branchId)) ids.push(g.branchId);
  return ids;
}
