import type { EntityManager } from '@mikro-orm/postgresql';
import { monthsOfYear, quarterOfMonth } from '@jifen/scoring';
import type { Actor } from '../../../auth/actor.js';
import {
  BRANCH_READERS,
  BRANCH_RECORDERS,
  holdsRole,
  requireRole,
} from '../../../auth/permissions.js';
import { BadInputError, ConflictError, NotFoundError } from '../../../graphql/errors.js';
import { withBureauWideAccess } from '../../../tenancy/bureau-wide-access.js';
import { isProvisional, judgedPeriods } from '../../assessments/judged-periods.js';
import { recordAudit } from '../../audit/audit.service.js';
import { todayInChina } from '../../calendar/clock.js';
import { Branch } from '../../org/branches/branch.entity.js';
import {
  membersOfYear,
  refreshScoreSummaries,
} from '../../scores/summaries/score-summaries.service.js';
import { checkMonth } from '../sheet/monthly-sheet.service.js';
import { RecordedMonth } from '../recorded-month.entity.js';
import { recordedMonths } from './recorded-through.js';
import type { BranchRecordedMonths } from './recorded-months.types.js';

const BRANCH = { zh: '支部', en: 'Branch' };

/** The month before `month` (`YYYY-MM`), or null for January. */
function previousMonth(month: string): string | null {
  const m = Number(month.slice(5, 7));
  return m === 1 ? null : `${month.slice(0, 4)}-${String(m - 1).padStart(2, '0')}`;
}

async function branchOf(em: EntityManager, branchId: string): Promise<Branch> {
  const branch = await em.findOne(Branch, { id: branchId });
  if (!branch) throw new NotFoundError(BRANCH, 'branchId');
  return branch;
}

/**
 * A branch's months of `year`: which are recorded (marked 已录入, or closed by a signed quarter)
 * and what the actor may do with each. Months are marked in order, so the recorded months of a
 * year run without a gap from the first one marked, and the last is the month scores count through.
 */
export async function branchRecordedMonths(
  em: EntityManager,
  actor: Actor,
  branchId: string,
  year: number,
): Promise<BranchRecordedMonths> {
  requireRole(actor, BRANCH_READERS, branchId);
  checkMonth(`${year}-01`, 'year');
  await branchOf(em, branchId);
  const rows = await recordedMonths(em, year, branchId);
  const marks = await em.find(RecordedMonth, {
    branchId,
    month: { $gte: `${year}-01`, $lte: `${year}-12` },
  });
  const judged = await withBureauWideAccess(em, (wide) => judgedPeriods(wide, year));
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const markedAt = new Map(marks.map((m) => [m.month, m.recordedAt]));
  const recordedThrough = rows.at(-1)?.month ?? null;
  const mayRecord = holdsRole(actor, BRANCH_RECORDERS, branchId);
  const thisMonth = todayInChina().slice(0, 7);
  return {
    branchId,
    year,
    recordedThrough,
    months: monthsOfYear(year).map((month) => {
      const row = byMonth.get(month);
      const before = previousMonth(month);
      const actions: string[] = [];
      if (mayRecord && !row && month < thisMonth) {
        // In order: the month before is recorded, or nothing earlier in the year is.
        if (recordedThrough === null || (before !== null && byMonth.has(before))) {
          actions.push('mark');
        }
      }
      const quarter = `q${quarterOfMonth(month)}`;
      if (
        mayRecord &&
        row?.marked &&
        !row.closed &&
        month === recordedThrough &&
        isProvisional(judged, branchId, quarter)
      ) {
        actions.push('unmark');
      }
      return {
        month,
        recorded: row !== undefined,
        closed: row?.closed ?? false,
        recordedAt: markedAt.get(month) ?? null,
        availableActions: actions,
      };
    }),
  };
}

/** Marks a branch's month 已录入: scores of the year in progress now count it. */
export async function markMonthRecorded(
  em: EntityManager,
  actor: Actor,
  branchId: string,
  month: string,
): Promise<BranchRecordedMonths> {
  const grant = requireRole(actor, BRANCH_RECORDERS, branchId);
  const year = checkMonth(month);
  await em.transactional(async (tx) => {
    const branch = await branchOf(tx, branchId);
    if (month >= todayInChina().slice(0, 7)) {
      throw new BadInputError(
        `${month} 尚未结束，月末之后才能标记为已录入`,
        `${month} has not ended yet: it can be marked recorded once it is over`,
        'month',
      );
    }
    // Serialises marks of one branch: two recorders cannot both pass the order check.
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`recorded:${branchId}`]);
    const rows = await recordedMonths(tx, year, branchId);
    if (rows.some((r) => r.month === month)) {
      throw new ConflictError(`${month} 已经是已录入状态`, `${month} is already recorded`, {
        month,
      });
    }
    const before = previousMonth(month);
    const last = rows.at(-1)?.month;
    if (last !== undefined && (before === null || !rows.some((r) => r.month === before))) {
      const next = previousMonth(month)!;
      throw new BadInputError(
        `请按月份顺序标记：先将 ${next} 标记为已录入`,
        `Months are marked in order: mark ${next} recorded first`,
        'month',
        { recordedThrough: last },
      );
    }
    const mark = tx.create(RecordedMonth, {
      bureauId: actor.bureauId,
      branch,
      branchId,
      month,
      recordedById: actor.userId,
    });
    await tx.flush();
    await recordAudit(
      tx,
      actor.bureauId,
      { userId: actor.userId, role: grant.role },
      {
        operation: 'ledger.markMonthRecorded',
        entityName: 'RecordedMonth',
        entityId: mark.id,
        branchId,
        after: { month },
      },
    );
    await refreshBranchMonth(tx, year, branchId, month);
  });
  return branchRecordedMonths(em, actor, branchId, year);
}

/** Takes back a month's 已录入 mark while its quarter is open: scores stop counting it. */
export async function unmarkMonthRecorded(
  em: EntityManager,
  actor: Actor,
  branchId: string,
  month: string,
): Promise<BranchRecordedMonths> {
  const grant = requireRole(actor, BRANCH_RECORDERS, branchId);
  const year = checkMonth(month);
  await em.transactional(async (tx) => {
    await branchOf(tx, branchId);
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`recorded:${branchId}`]);
    const rows = await recordedMonths(tx, year, branchId);
    const row = rows.find((r) => r.month === month);
    if (!row?.marked) {
      throw new BadInputError(
        `${month} 尚未标记为已录入`,
        `${month} is not marked recorded`,
        'month',
      );
    }
    const quarter = `q${quarterOfMonth(month)}`;
    const judged = await withBureauWideAccess(tx, (wide) => judgedPeriods(wide, year));
    if (row.closed || !isProvisional(judged, branchId, quarter)) {
      throw new ConflictError(
        `${month} 所在季度已签字，不能撤销已录入；如需更正请走更正流程`,
        `The quarter of ${month} is signed: its months stay recorded (changes need a correction)`,
        { month },
      );
    }
    const last = rows.at(-1)!.month;
    if (month !== last) {
      throw new BadInputError(
        `请先撤销更晚的月份（当前录入至 ${last}）`,
        `Unmark the later months first (recorded through ${last})`,
        'month',
        { recordedThrough: last },
      );
    }
    const mark = await tx.findOneOrFail(RecordedMonth, { branchId, month });
    const id = mark.id;
    tx.remove(mark);
    await tx.flush();
    await recordAudit(
      tx,
      actor.bureauId,
      { userId: actor.userId, role: grant.role },
      {
        operation: 'ledger.unmarkMonthRecorded',
        entityName: 'RecordedMonth',
        entityId: id,
        branchId,
        before: { month },
      },
    );
    await refreshBranchMonth(tx, year, branchId, month);
  });
  return branchRecordedMonths(em, actor, branchId, year);
}

/** Rescores the members the branch's month counts for (the year and its quarters). */
export async function refreshBranchMonth(
  tx: EntityManager,
  year: number,
  branchId: string,
  month: string,
): Promise<void> {
  const ids = await withBureauWideAccess(tx, (wide) =>
    membersOfYear(wide, year, branchId, { from: month, to: `${year}-12` }),
  );
  await refreshScoreSummaries(tx, year, ids);
}
