import type { Dictionary, EntityManager, FilterDef } from '@mikro-orm/core';
import type { TenantScope } from './tenant-scope.js';

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
    const scope = args as TenantScope;
    if (!entityName) return {};
    const meta = em.getMetadata().getByClassName(entityName, false);
    if (!meta) return {};
    if (meta.tableName === 'bureau') return { id: scope.bureauId };
    if (!meta.properties['bureauId']) return {};
    const cond: Dictionary = { bureauId: scope.bureauId };
    const branchColumn = meta.properties['branchId'];
    if (branchColumn && scope.branchIds !== 'all') {
      const inScope = { branchId: { $in: [...scope.branchIds] } };
      // A nullable branch means a bureau-wide row (e.g. a role that spans branches).
      if (branchColumn.nullable) cond['$or'] = [inScope, { branchId: null }];
      else Object.assign(cond, inScope);
    }
    return cond;
  },
};
