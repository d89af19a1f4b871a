import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import { requireRole } from '../../auth/permissions.js';
import { Role } from '../../auth/roles.js';
import { BadInputError, ConflictError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { evidenceOfBranch } from '../evidence/evidence.service.js';
import { Member } from '../org/members/member.entity.js';
import { withBureauWideAccess } from '../../tenancy/bureau-wide-access.js';
import {
  periodsOfMonth,
  refreshScoreSummaries,
} from '../scores/summaries/score-summaries.service.js';
import { checkMonth, loadSheetContext } from './sheet/monthly-sheet.service.js';
import { periodLock } from './period-lock.js';
import type { RecordViolationInput } from './sessions.inputs.js';
import { Violation } from './violation.entity.js';

/** A finding is the branch committee's: its members, the secretary or the scorekeeper recording it. */
const FINDERS: readonly Role[] = [
  Role.COMMITTEE_ADMIN,
  Role.SECRETARY,
  Role.BRANCH_COMMITTEE,
  Role.SCOREKEEPER,
];

/**
 * Records (or corrects) a member's breaches of an item in a month with the branch committee's
 * decision and its evidence; the same cell the monthly sheet edits, under the same version.
 */
export async function recordViolation(
  em: EntityManager,
  actor: Actor,
  input: RecordViolationInput,
): Promise<Violation> {
  const grant = requireRole(actor, FINDERS, input.branchId);
  const year = checkMonth(input.month, 'input.month');
  if (!Number.isInteger(input.count) || input.count < 0 || input.count > 10) {
    throw new BadInputError('次数应为 0 到 10', 'The count must be from 0 to 10', 'input.count');
  }
  if (!input.decision.trim()) {
    throw new BadInputError(
      '请填写支部委员会的决定',
      'The branch committee’s decision is required',
      'input.decision',
    );
  }
  if (input.decidedOn != null && !/^\d{4}-\d{2}-\d{2}$/.test(input.decidedOn)) {
    throw new BadInputError(
      '日期格式应为 YYYY-MM-DD',
      'The date must look like YYYY-MM-DD',
      'input.decidedOn',
    );
  }
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [
      `sheet:${input.branchId}:${input.month}`,
    ]);
    await periodLock.assertMonthsOpen(tx, input.branchId, [input.month], 'input.month');
    const context = await withBureauWideAccess(tx, (wide) =>
      loadSheetContext(wide, input.branchId, input.month, 'input.month'),
    );
    if (!context.members.some((m) => m.id === input.memberId)) {
      throw new BadInputError(
        '该党员不在本支部本月的名册中',
        'This member is not on the branch roster for the month',
        'input.memberId',
      );
    }
    const column = context.columns.find(
      (c) => c.itemCode === input.itemCode && c.kind === 'breach',
    );
    if (!column) {
      throw new BadInputError(
        `项目 ${input.itemCode} 不是本年度方案中的违反或扣分项目`,
        `${input.itemCode} is not a conduct or violation item of the year's scheme`,
        'input.itemCode',
      );
    }
    const evidence = await evidenceOfBranch(
      tx,
      input.evidenceId,
      input.branchId,
      'input.evidenceId',
    );
    const existing = await tx.findOne(Violation, {
      memberId: input.memberId,
      month: input.month,
      itemCode: input.itemCode,
    });
    if ((existing?.version ?? 0) !== input.expectedVersion) {
      throw new ConflictError(
        '该记录已被他人修改，请刷新后重试',
        'Someone else changed this record; reload and try again',
        {
          currentVersion: existing?.version ?? 0,
          currentCount: existing?.count ?? 0,
        },
      );
    }
    const before = existing
      ? { count: existing.count, note: existing.note, decision: existing.decision }
      : null;
    const values = {
      count: input.count,
      note: input.note?.trim() || null,
      decision: input.decision.trim(),
      decidedOn: input.decidedOn ?? null,
      evidence,
      evidenceId: evidence?.id ?? null,
    };
    const row =
      existing ??
      tx.create(Violation, {
        bureauId: actor.bureauId,
        branch: context.branch,
        branchId: context.branch.id,
        member: tx.getReference(Member, [actor.bureauId, input.memberId]),
        memberId: input.memberId,
        month: input.month,
        itemCode: input.itemCode,
        createdById: actor.userId,
        ...values,
      });
    if (existing) Object.assign(existing, values, { updatedById: actor.userId });
    await tx.flush();
    await recordAudit(
      tx,
      actor.bureauId,
      { userId: actor.userId, role: grant.role },
      {
        operation: 'ledger.recordViolation',
        entityName: 'Violation',
        entityId: row.id,
        branchId: row.branchId,
        before,
        after: {
          memberId: input.memberId,
          month: input.month,
          itemCode: input.itemCode,
          ...values,
          evidence: undefined,
        },
      },
    );
    await refreshScoreSummaries(tx, year, [input.memberId], periodsOfMonth(input.month));
    return row;
  });
}
