import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from '../../tenancy/tenant-filter.js';
import type { TenantScope } from '../../tenancy/tenant-scope.js';

/**
 * Which periods of `year` are judged, per branch: a quarter once signed (then published, closed),
 * a year once approved (then published). Everything else is provisional: its figures may change.
 * Keys are `branchId|q1` … `branchId|q4` and `branchId|year`.
 */
export async function judgedPeriods(em: EntityManager, year: number): Promise<Set<string>> {
  const bureauId = em.getFilterParams<TenantScope>(TENANT_FILTER)!.bureauId;
  const rows = await em.execute<{ key: string }[]>(
    `select branch_id || '|q' || quarter as key from quarter_assessment
       where bureau_id = ? and year = ? and state in ('signed', 'published', 'closed')
     union all
     select branch_id || '|year' from annual_assessment
       where bureau_id = ? and year = ? and state in ('approved', 'published')`,
    [bureauId, year, bureauId, year],
  );
  return new Set(rows.map((r) => r.key));
}

/** Whether the period (`year`, `q1` … `q4`) of the branch is provisional. */
export function isProvisional(judged: ReadonlySet<string>, branchId: string, period: string) {
  return !judged.has(`${branchId}|${period}`);
}
