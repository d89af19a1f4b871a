import { findRuleKind } from '@jifen/scoring';
import { ref, type EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import { BRANCH_READERS, BRANCH_RECORDERS, requireRole } from '../../auth/permissions.js';
import { BadInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { evidenceOfBranch } from '../evidence/evidence.service.js';
import { Member } from '../org/members/member.entity.js';
import { withBureauWideAccess } from '../../tenancy/bureau-wide-access.js';
import {
  membersOfYear,
  periodsOfMonth,
  refreshScoreSummaries,
} from '../scores/summaries/score-summaries.service.js';
import { Attendance } from './attendance.entity.js';
import { BranchSession } from './branch-session.entity.js';
import { checkMonth, loadSheetContext, type SheetContext } from './sheet/monthly-sheet.service.js';
import { periodLock } from './period-lock.js';
import type { RecordSessionInput, UpdateSessionInput } from './sessions.inputs.js';

const SESSION = { zh: '支部活动', en: 'Session' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(date: string, field: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (
    !DATE.test(date) ||
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== date
  ) {
    throw new BadInputError('日期格式应为 YYYY-MM-DD', 'The date must look like YYYY-MM-DD', field);
  }
  return date.slice(0, 7);
}

/** The branch-month a session write touches, checked: scheme in force, open, item held per session. */
async function sessionMonth(
  tx: EntityManager,
  branchId: string,
  month: string,
  itemCode: string | null,
  field: string,
) {
  checkMonth(month, field);
  await periodLock.assertMonthsOpen(tx, branchId, [month], field);
  const context = await withBureauWideAccess(tx, (wide) =>
    loadSheetContext(wide, branchId, month, field),
  );
  if (itemCode !== null) {
    const item = context.scheme.compiled.scheme.sections.base.categories
      .flatMap((c) => c.items)
      .find((i) => i.code === itemCode);
    if (!item || findRuleKind(item.rule.kind)?.ledger.cell !== 'attendance') {
      throw new BadInputError(
        `项目 ${itemCode} 不是本年度方案中按次签到的项目`,
        `${itemCode} is not a per-session item of the year's scheme`,
        'input.itemCode',
      );
    }
  }
  return context;
}

/** Members of the branch's month whose scores a session moves (what was attainable changed). */
async function refreshBranchMonth(tx: EntityManager, context: SheetContext): Promise<void> {
  const ids = await withBureauWideAccess(tx, (wide) =>
    membersOfYear(wide, context.year, context.branch.id, {
      from: context.month,
      to: context.month,
    }),
  );
  await refreshScoreSummaries(tx, context.year, ids, periodsOfMonth(context.month));
}

/** The sessions a branch held (支部大会, 党课, 党小组会, 主题党日, 集中学习 …) and who signed in. */
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
  ) {}

  list(branchId: string, month: string): Promise<BranchSession[]> {
    requireRole(this.actor, BRANCH_READERS, branchId);
    checkMonth(month);
    return this.em.find(
      BranchSession,
      { branchId, month },
      { orderBy: { date: 'asc', id: 'asc' } },
    );
  }

  async record(input: RecordSessionInput): Promise<BranchSession> {
    const grant = requireRole(this.actor, BRANCH_RECORDERS, input.branchId);
    const month = checkDate(input.date, 'input.date');
    if (!input.topic.trim())
      throw new BadInputError('请填写主题', 'A topic is required', 'input.topic');
    return this.em.transactional(async (tx) => {
      const context = await sessionMonth(tx, input.branchId, month, input.itemCode, 'input.date');
      const roster = new Set(context.members.map((m) => m.id));
      const attendees = [...new Set(input.attendeeIds)];
      attendees.forEach((id, i) => {
        if (!roster.has(id)) {
          throw new BadInputError(
            '该党员不在本支部本月的名册中',
            'This member is not on the branch roster for the month',
            `input.attendeeIds[${i}]`,
          );
        }
      });
      const evidence = await evidenceOfBranch(
        tx,
        input.evidenceId,
        input.branchId,
        'input.evidenceId',
      );
      const session = tx.create(BranchSession, {
        bureauId: this.actor.bureauId,
        branch: context.branch,
        branchId: context.branch.id,
        itemCode: input.itemCode,
        date: input.date,
        month,
        topic: input.topic.trim(),
        evidence,
        evidenceId: evidence?.id ?? null,
        createdById: this.actor.userId,
      });
      for (const memberId of attendees) {
        tx.create(Attendance, {
          bureauId: this.actor.bureauId,
          branch: context.branch,
          branchId: context.branch.id,
          session,
          sessionId: session.id,
          member: tx.getReference(Member, [this.actor.bureauId, memberId]),
          memberId,
          month,
          createdById: this.actor.userId,
        });
      }
      await tx.flush();
      await recordAudit(
        tx,
        this.actor.bureauId,
        { userId: this.actor.userId, role: grant.role },
        {
          operation: 'ledger.recordSession',
          entityName: 'BranchSession',
          entityId: session.id,
          branchId: session.branchId,
          after: {
            itemCode: session.itemCode,
            date: session.date,
            topic: session.topic,
            evidenceId: session.evidenceId,
            attendees,
          },
        },
      );
      await refreshBranchMonth(tx, context);
      return session;
    });
  }

  async update(input: UpdateSessionInput): Promise<BranchSession> {
    return this.em.transactional(async (tx) => {
      const session = await this.find(tx, input.id, input.expectedVersion);
      const grant = requireRole(this.actor, BRANCH_RECORDERS, session.branchId);
      const before = { date: session.date, topic: session.topic, evidenceId: session.evidenceId };
      if (input.date != null && checkDate(input.date, 'input.date') !== session.month) {
        throw new BadInputError(
          '只能改为同月内的日期；跨月请删除后重新记录',
          'The date must stay in the same month',
          'input.date',
        );
      }
      const context = await sessionMonth(tx, session.branchId, session.month, null, 'input.id');
      if (input.topic != null) {
        if (!input.topic.trim())
          throw new BadInputError('请填写主题', 'A topic is required', 'input.topic');
        session.topic = input.topic.trim();
      }
      if (input.date != null) session.date = input.date;
      if (input.evidenceId !== undefined) {
        const evidence = await evidenceOfBranch(
          tx,
          input.evidenceId,
          session.branchId,
          'input.evidenceId',
        );
        session.evidence = evidence ? ref(evidence) : null;
        session.evidenceId = evidence?.id ?? null;
      }
      session.updatedById = this.actor.userId;
      await tx.flush();
      await recordAudit(
        tx,
        this.actor.bureauId,
        { userId: this.actor.userId, role: grant.role },
        {
          operation: 'ledger.updateSession',
          entityName: 'BranchSession',
          entityId: session.id,
          branchId: session.branchId,
          before,
          after: { date: session.date, topic: session.topic, evidenceId: session.evidenceId },
        },
      );
      await refreshBranchMonth(tx, context);
      return session;
    });
  }

  /** Removes a session recorded by mistake, with its sign-ins; the audit log keeps what it was. */
  async remove(id: string, expectedVersion: number): Promise<boolean> {
    return this.em.transactional(async (tx) => {
      const session = await this.find(tx, id, expectedVersion);
      const grant = requireRole(this.actor, BRANCH_RECORDERS, session.branchId);
      const context = await sessionMonth(tx, session.branchId, session.month, null, 'id');
      const attendance = await tx.find(Attendance, { sessionId: session.id });
      const before = {
        itemCode: session.itemCode,
        date: session.date,
        topic: session.topic,
        attendees: attendance.filter((a) => a.present).map((a) => a.memberId),
      };
      tx.remove(attendance);
      tx.remove(session);
      await tx.flush();
      await recordAudit(
        tx,
        this.actor.bureauId,
        { userId: this.actor.userId, role: grant.role },
        {
          operation: 'ledger.deleteSession',
          entityName: 'BranchSession',
          entityId: id,
          branchId: context.branch.id,
          before,
        },
      );
      await refreshBranchMonth(tx, context);
      return true;
    });
  }

  private async find(
    tx: EntityManager,
    id: string,
    expectedVersion: number,
  ): Promise<BranchSession> {
    const session = await tx.findOne(BranchSession, { id });
    if (!session) throw new NotFoundError(SESSION, 'input.id');
    if (session.version !== expectedVersion) {
      throw new ConflictError(
        '该活动已被他人修改，请刷新后重试',
        'Someone else changed this session; reload and try again',
        {
          currentVersion: session.version,
        },
      );
    }
    return session;
  }
}
