import type { EntityManager } from '@mikro-orm/postgresql';
import type { Label } from '../../graphql/locale.js';
import { ClosedPeriod } from '../ledger/closed-period.entity.js';
import { RecordedMonth } from '../ledger/recorded-month.entity.js';
import { refreshBranchMonth } from '../ledger/recorded-months/recorded-months.service.js';
import { Branch } from '../org/branches/branch.entity.js';
import { Correction } from './corrections/correction.entity.js';
import { CorrectionState } from './corrections/correction-machine.js';

/**
 * The ledger's closed months are driven from here (ledger/period-lock.ts reads them): signing a
 * quarter or approving a year closes its months for the branch; a correction reopens the months it
 * names until it is applied or withdrawn.
 */
export async function closeMonths(
  tx: EntityManager,
  bureauId: string,
  branchId: string,
  months: readonly string[],
  reason: Label,
  closedById: string,
): Promise<void> {
  const existing = new Set(
    (await tx.find(ClosedPeriod, { branchId, month: { $in: [...months] } })).map((c) => c.month),
  );
  const branch = tx.getReference(Branch, [bureauId, branchId]);
  for (const month of months) {
    if (existing.has(month)) continue;
    tx.create(ClosedPeriod, {
      bureauId,
      branch,
      branchId,
      month,
      reason: reason.zh,
      reasonEn: reason.en,
      closedById,
    });
  }
  // A closed month is recorded, and stays so while a correction reopens it.
  const marked = new Set(
    (await tx.find(RecordedMonth, { branchId, month: { $in: [...months] } })).map((m) => m.month),
  );
  for (const month of months) {
    if (!marked.has(month)) tx.create(RecordedMonth, { bureauId, branch, branchId, month });
  }
  await tx.flush();
  // Signing or approving judges the period: its scores stop being provisional (and the year gets
  // its final outcome instead of a projection).
  const first = [...months].sort()[0];
  if (first) await refreshBranchMonth(tx, Number(first.slice(0, 4)), branchId, first);
}

/** Reopens months for a correction: their ledger rows take writes again. */
export async function reopenMonths(
  tx: EntityManager,
  branchId: string,
  months: readonly string[],
): Promise<void> {
  if (months.length === 0) return;
  await tx.nativeDelete(ClosedPeriod, { branchId, month: { $in: [...months] } });
}

/** Months of `months` that another open correction of the branch still holds open. */
export async function monthsHeldOpen(
  tx: EntityManager,
  branchId: string,
  exceptCorrectionId: string,
): Promise<Set<string>> {
  const open = await tx.find(Correction, {
    branchId,
    state: CorrectionState.OPEN,
    id: { $ne: exceptCorrectionId },
  });
  return new Set(open.flatMap((c) => c.months));
}
