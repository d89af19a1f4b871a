import type { EntityManager } from '@mikro-orm/postgresql';
import type { MonthKey } from '@jifen/scoring';
import { TENANT_FILTER } from '../../../tenancy/tenant-filter.js';
import type { TenantScope } from '../../../tenancy/tenant-scope.js';

/** A branch-month that counts as recorded, and why: marked 已录入, or closed by a signed period. */
export type RecordedRow = { branchId: string; month: MonthKey; marked: boolean; closed: boolean };

/**
 * The recorded months of `year` in the bureau (or one branch): those marked 已录入 and those
 * closed by a signed quarter or an approved year. Read as the caller's fork allows (scores read
 * bureau-wide: a transferred member is scored through each branch's months).
 */
export async function recordedMonths(
  em: EntityManager,
  year: number,
  branchId?: string,
): Promise<RecordedRow[]> {
  const bureauId = em.getFilterParams<TenantScope>(TENANT_FILTER)!.bureauId;
  const branch = branchId ? 'and branch_id = ?' : '';
  const range = [`${year}-01`, `${year}-12`];
  const params = (extra: string[]) => [bureauId, ...range, ...extra];
  const rows = await em.execute<
    { branch_id: string; month: string; marked: boolean; closed: boolean }[]
  >(
    `select branch_id, month, bool_or(marked) as marked, bool_or(closed) as closed from (
       select branch_id, month, true as marked, false as closed from recorded_month
         where bureau_id = ? and month between ? and ? ${branch}
       union all
       select branch_id, month, false, true from closed_period
         where bureau_id = ? and month between ? and ? ${branch}
     ) r group by branch_id, month order by branch_id, month`,
    [...params(branchId ? [branchId] : []), ...params(branchId ? [branchId] : [])],
  );
  return rows.map((r) => ({
    branchId: r.branch_id,
    month: r.month,
    marked: r.marked,
    closed: r.closed,
  }));
}

/**
 * Per branch, the last month of `year` it has recorded: the as-of month of every score of the
 * year while it is in progress. A branch with nothing recorded is absent (nothing is scored).
 */
export async function recordedThrough(
  em: EntityManager,
  year: number,
): Promise<Record<string, MonthKey>> {
  const through: Record<string, MonthKey> = {};
  for (const row of await recordedMonths(em, year)) {
    const last = through[row.branchId];
    if (last === undefined || row.month > last) through[row.branchId] = row.month;
  }
  return through;
}
