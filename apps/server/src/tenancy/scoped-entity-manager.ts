import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from './tenant-filter.js';
import { sessionVariables, type TenantScope } from './tenant-scope.js';

/**
 * The one way to get an entity manager for tenant data: a fresh fork with the tenant filter's
 * parameters and the RLS session variables set from the same scope. Without a scope the fork
 * still exists (log-in needs it) but any tenant-owned query on it throws.
 */
export function scopedEntityManager(orm: MikroORM, scope: TenantScope | null): EntityManager {
  const em = orm.em.fork({ clear: true });
  if (scope) applyScope(em, scope);
  return em;
}

/** Sets (or narrows) the scope of a fork that has no open transaction. */
export function applyScope(em: EntityManager, scope: TenantScope): void {
  em.setFilterParams(TENANT_FILTER, scope);
  em.setSessionContext({ variables: sessionVariables(scope) });
}
