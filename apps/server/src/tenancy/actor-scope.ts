import type { Actor } from '../auth/actor.js';
import { READ_ONLY_ROLES } from '../auth/roles.js';
import type { TenantScope } from './tenant-scope.js';

/**
 * Committee and analyst roles span their bureau's branches; branch roles see the branches they
 * hold. Writing follows the same rule over the roles that may write (all but the analyst's).
 */
export function scopeOfActor(actor: Actor): TenantScope {
  const branchesOf = (grants: Actor['roles']): readonly string[] | 'all' =>
    grants.some((g) => g.branchId === null)
      ? 'all'
      : [...new Set(grants.map((g) => g.branchId).filter((id): id is string => id !== null))];
  return {
    bureauId: actor.bureauId,
    branchIds: branchesOf(actor.roles),
    // An API token reads only, whatever its owner's roles: the database refuses its writes too.
    writeBranchIds: actor.readOnly
      ? []
      : branchesOf(actor.roles.filter((g) => !READ_ONLY_ROLES.has(g.role))),
  };
}
