import { Role } from '../../../auth/roles.js';
import { lastDayOfMonth, monthLabel } from '../../assessments/quarter/quarter-period.js';
import { Declaration, DeclarationStatus } from '../../declarations/declaration.entity.js';
import { DeclarationEvent } from '../../declarations/declaration-event.entity.js';
import { monthsToExpect } from '../task-periods.js';
import { DeadlineKey } from '../deadlines/task-deadlines.js';
import { TaskKind } from '../task.types.js';
import { unrecordedMonths } from '../unrecorded-months.js';
import { counted, dueAfter, type TaskRule } from './rule.js';

/** 记分员: declarations submitted and not yet accepted or rejected. */
export const declarationsToDecide: TaskRule = {
  kind: TaskKind.DECLARATIONS_TO_DECIDE,
  roles: [Role.SCOREKEEPER],
  scope: 'branch',
  menuKey: 'declarationsInbox',
  link: '/declarations',
  label: (n) => ({
    zh: `${n} 项个人申报待审核`,
    en: `${counted(n, 'declaration', 'declarations')} to decide`,
  }),
  async collect(ctx, branchIds) {
    const rows = await ctx.em.find(
      Declaration,
      { branchId: { $in: [...branchIds] }, status: DeclarationStatus.SUBMITTED },
      {
        orderBy: { createdAt: 'asc' },
      },
    );
    return rows.map((d) => ({
      ref: d.id,
      branchId: d.branchId,
      labelZh: `${monthLabel(d.month).zh}：${d.description}`,
      labelEn: `${d.month}: ${d.description}`,
      dueOn: dueAfter(ctx, d.createdAt, DeadlineKey.DECLARATION_DECISION),
      link: '/declarations',
    }));
  },
};

/** 支委会: declarations a member disputed, due from the dispute. */
export const disputesToDecide: TaskRule = {
  kind: TaskKind.DISPUTES_TO_DECIDE,
  roles: [Role.SECRETARY, Role.BRANCH_COMMITTEE],
  scope: 'branch',
  menuKey: 'declarationsInbox',
  link: '/declarations',
  label: (n) => ({
    zh: `${n} 项申报异议待处理`,
    en: `${counted(n, 'disputed declaration', 'disputed declarations')} to decide`,
  }),
  async collect(ctx, branchIds) {
    const rows = await ctx.em.find(Declaration, {
      branchId: { $in: [...branchIds] },
      status: DeclarationStatus.DISPUTED,
    });
    if (rows.length === 0) return [];
    const events = await ctx.em.find(DeclarationEvent, {
      declarationId: { $in: rows.map((d) => d.id) },
      step: DeclarationStatus.DISPUTED,
    });
    const disputedAt = new Map<string, Date>();
    for (const e of events) {
      const seen = disputedAt.get(e.declarationId);
      if (!seen || seen < e.at) disputedAt.set(e.declarationId, e.at);
    }
    return rows.map((d) => ({
      ref: d.id,
      branchId: d.branchId,
      labelZh: `${monthLabel(d.month).zh}：${d.description}`,
      labelEn: `${d.month}: ${d.description}`,
      dueOn: dueAfter(ctx, disputedAt.get(d.id) ?? d.updatedAt, DeadlineKey.DISPUTE_DECISION),
      link: '/declarations',
    }));
  },
};

/** 记分员: months that ended and are not recorded yet (see unrecorded-months.ts). */
export const monthsToRecord: TaskRule = {
  kind: TaskKind.MONTHS_TO_RECORD,
  roles: [Role.SCOREKEEPER],
  scope: 'branch',
  menuKey: 'ledger',
  link: '/ledger',
  label: (n) => ({
    zh: `${n} 个月的台账未登记`,
    en: `${counted(n, 'month', 'months')} not yet recorded`,
  }),
  async collect(ctx, branchIds) {
    const months = await monthsToExpect(ctx.em, ctx.today);
    const missing = await unrecordedMonths(ctx.em, branchIds, months);
    return missing.map(({ branchId, month }) => ({
      ref: month,
      branchId,
      labelZh: `${monthLabel(month).zh}台账`,
      labelEn: `Ledger of ${month}`,
      dueOn: dueAfter(ctx, lastDayOfMonth(month), DeadlineKey.MONTH_RECORDING),
      link: `/ledger?month=${month}`,
    }));
  },
};
