import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../graphql/errors.js';
import { ClosedPeriod } from './closed-period.entity.js';

/**
 * Whether a branch's month still takes ledger writes. A signed quarter or an approved year closes
 * its months; a later change is a correction that reopens what it touches (the cycle's work).
 * Every ledger write asks this inside its transaction, before writing anything.
 */
export type PeriodLock = {
  /** Throws BAD_USER_INPUT naming `field` when any of the months is closed for the branch. */
  assertMonthsOpen(
    em: EntityManager,
    branchId: string,
    months: readonly string[],
    field: string,
  ): Promise<void>;
};

/** The lock as the `closed_period` table states it: one row per closed branch-month. */
export const closedPeriodLock: PeriodLock = {
  async assertMonthsOpen(em, branchId, months, field) {
    const unique = [...new Set(months)];
    if (unique.length === 0) return;
    const closed = await em.find(
      ClosedPeriod,
      { branchId, month: { $in: unique } },
      { orderBy: { month: 'asc' } },
    );
    const first = closed[0];
    if (first) {
      throw new BadInputError(
        `${first.month} 已关闭（${first.reason}），不能再修改；如需更正请走更正流程`,
        `${first.month} is closed (${first.reasonEn ?? first.reason}); changes need a correction`,
        field,
        { closedMonths: closed.map((c) => c.month) },
      );
    }
  },
};

/** The lock every ledger write uses. */
export const periodLock: PeriodLock = closedPeriodLock;
