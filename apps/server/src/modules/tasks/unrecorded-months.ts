import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../db/rows/sql-arrays.js';

/**
 * Months of `months` each branch has not recorded yet: the one place the rule lives until the
 * ledger keeps its own "recorded" marker. A month counts as recorded once its period is closed
 * (quarter signed, year approved) or the scorekeeper has entered any 学习强国/每日一题 or dues
 * cell for it; a month in which the branch had no member is not expected at all.
 *
 * Raw SQL on the caller's fork: it runs in the request's transaction, under row-level security.
 */
export async function unrecordedMonths(
  em: EntityManager,
  branchIds: readonly string[],
  months: readonly string[],
): Promise<{ branchId: string; month: string }[]> {
  if (branchIds.length === 0 || months.length === 0) return [];
  const rows = await em.execute<{ branch_id: string; month: string }[]>(
    `select b.branch_id, m.month
       from unnest(?::uuid[]) as b(branch_id)
       cross join unnest(?::text[]) as m(month)
      where exists (select 1 from membership ms
                     where ms.branch_id = b.branch_id and ms.from_month <= m.month
                       and (ms.to_month is null or ms.to_month >= m.month))
        and not exists (select 1 from closed_period c
                         where c.branch_id = b.branch_id and c.month = m.month)
        and not exists (select 1 from quota_entry q
                         where q.branch_id = b.branch_id and q.month = m.month)
        and not exists (select 1 from duty_entry d
                         where d.branch_id = b.branch_id and d.month = m.month)
      order by b.branch_id, m.month`,
    // Array literals as text: the driver would expand a JS array into a list of parameters.
    [uuidArray(branchIds), `{${months.filter((m) => /^\d{4}-\d{2}$/.test(m)).join(',')}}`],
  );
  return rows.map((r) => ({ branchId: r.branch_id, month: r.month }));
}
