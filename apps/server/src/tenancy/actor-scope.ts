import type { Actor } from '../auth/actor.js';
import type { TenantScope } from './tenant-scope.js';

/** Committee and analyst roles span their bureau's branches; branch roles see the branches they hold. */
export function scopeOfActor(actor: Actor): TenantScope {
  const spansBranches = actor.roles.some((r) => r.branchId === null);
  return {
    bureauId: actor.bureauId,
    branchIds: spansBranches
      ? 'all'
      : [...new Set(actor.roles.map((r) => r.branchId).filter((id): id is string => id !== null))],
  };
}
