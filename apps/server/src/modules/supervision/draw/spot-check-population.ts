import type { EntityManager } from '@mikro-orm/postgresql';
import { SpotCheckItemKind } from '../spot-check-kind.js';
import type { Candidate } from './stratified-sample.js';

/** A record of the period that may be drawn, with what its item row needs. */
export type PopulationRecord = Candidate & {
  kind: SpotCheckItemKind;
  id: string;
  memberId: string | null;
  month: string;
  itemCode: string;
};

/**
 * Everything recorded in the months that a check may draw: filled ledger cells (quota values,
 * dues, breaches), sessions held, and declarations that count. Only ids and keys are read (one
 * statement), inside the caller's transaction and its row-level security.
 */
export async function loadPopulation(
  tx: EntityManager,
  bureauId: string,
  fromMonth: string,
  toMonth: string,
): Promise<PopulationRecord[]> {
  const period = `bureau_id = ? and month between ? and ?`;
  const rows = await tx.execute<
    {
      kind: string;
      id: string;
      branch_id: string;
      member_id: string | null;
      month: string;
      item_code: string;
    }[]
  >(
    `select 'quota_entry' as kind, id, branch_id, member_id, month, item_code from quota_entry
       where ${period} and value is not null
     union all
     select 'duty_entry', id, branch_id, member_id, month, item_code from duty_entry
       where ${period} and status is not null
     union all
     select 'violation', id, branch_id, member_id, month, item_code from violation
       where ${period} and count > 0
     union all
     select 'session', id, branch_id, null, month, item_code from branch_session
       where ${period}
     union all
     select 'declaration', id, branch_id, member_id, month, item_code from declaration
       where ${period} and counted_points is not null
         and status in ('accepted', 'upheld', 'overturned')`,
    Array.from({ length: 5 }, () => [bureauId, fromMonth, toMonth]).flat(),
  );
  return rows.map((r) => ({
    kind: r.kind as SpotCheckItemKind,
    id: r.id,
    key: `${r.kind}:${r.id}`,
    branchId: r.branch_id,
    memberId: r.member_id,
    month: r.month,
    itemCode: r.item_code,
  }));
}
