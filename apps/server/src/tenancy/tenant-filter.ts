import type { Dictionary, EntityManager, FilterDef } from '@mikro-orm/core';
import { uuidArray } from '../db/rows/sql-arrays.js';
import { MissingTenantScopeError, type TenantScope } from './tenant-scope.js';

export const TENANT_FILTER = 'tenant';

/**
 * The ORM side of the walls: every query on a tenant-owned entity gets `bureau_id = ?` and, when the
 * entity carries a branch, `branch_id in (?)`. The filter takes arguments, so a fork without them
 * fails ("No arguments provided for filter") instead of reading every tenant.
 */
export const tenantFilter: FilterDef = {
  name: TENANT_FILTER,
  default: true,
  args: true,
  cond: (args: Dictionary, _type, em: EntityManager, _options, entityName?: string) => {
    if (!entityName) return {};
    const wall = tenantWall(args as TenantScope, em, entityName);
    if (!wall) return {};
    if (wall.bureauTable) return { id: wall.bureauId };
    const cond: Dictionary = { bureauId: wall.bureauId };
    if (wall.branchIds) {
      const inScope = { branchId: { $in: [...wall.branchIds] } };
      if (wall.nullableBranch) cond['$or'] = [inScope, { branchId: null }];
      else Object.assign(cond, inScope);
    }
    return cond;
  },
};

/** The walls one entity's rows stand behind for a scope: what the filter and `tenantSql` apply. */
type Wall = {
  bureauId: string;
  /** The `bureau` table itself: its own id is the wall. */
  bureauTable: boolean;
  /** The branches in scope, when the entity carries a branch and the scope does not span all. */
  branchIds: readonly string[] | null;
  /** A nullable branch means a bureau-wide row (e.g. a role that spans branches). */
  nullableBranch: boolean;
};

function tenantWall(scope: TenantScope, em: EntityManager, entityName: string): Wall | null {
  const meta = em.getMetadata().getByClassName(entityName, false);
  if (!meta) return null;
  if (meta.tableName === 'bureau')
    return { bureauId: scope.bureauId, bureauTable: true, branchIds: null, nullableBranch: false };
  if (!meta.properties['bureauId']) return null;
  const branchColumn = meta.properties['branchId'];
  return {
    bureauId: scope.bureauId,
    bureauTable: false,
    branchIds: branchColumn && scope.branchIds !== 'all' ? scope.branchIds : null,
    nullableBranch: Boolean(branchColumn?.nullable),
  };
}

/**
 * The tenant filter's condition on `alias` for a hand-written statement read through `em`, with
 * its parameters: the same walls from the same scope, for reads that skip the query builder.
 * Like the filter, it fails when the fork has no scope.
 */
export function tenantSql(
  em: EntityManager,
  entityName: string,
  alias: string,
): { sql: string; params: unknown[] } {
  const scope = em.getFilterParams<TenantScope>(TENANT_FILTER);
  if (!scope?.bureauId) throw new MissingTenantScopeError();
  const wall = tenantWall(scope, em, entityName);
  if (!wall) return { sql: 'true', params: [] };
  if (wall.bureauTable) return { sql: `${alias}.id = ?`, params: [wall.bureauId] };
  if (!wall.branchIds) return { sql: `${alias}.bureau_id = ?`, params: [wall.bureauId] };
  const inScope = `${alias}.branch_id = any(?::uuid[])`;
  return {
    sql: `${alias}.bureau_id = ? and ${wall.nullableBranch ? `(${inScope} or ${alias}.branch_id is null)` : inScope}`,
    params: [wall.bureauId, uuidArray(wall.branchIds)],
  };
}
