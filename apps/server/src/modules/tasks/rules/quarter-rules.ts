import { Role } from '../../../auth/roles.js';
import { effectiveQuarterState } from '../../assessments/notices/publication.service.js';
import { MemberConfirmation } from '../../assessments/quarter/member-confirmation.entity.js';
import { QuarterAssessment } from '../../assessments/quarter/quarter-assessment.entity.js';
import { ConfirmationState, QuarterState } from '../../assessments/quarter/quarter-machines.js';
import {
  lastDayOfMonth,
  quarterLabel,
  quarterMonths,
} from '../../assessments/quarter/quarter-period.js';
import { DeadlineKey } from '../deadlines/task-deadlines.js';
import { quartersEnded } from '../task-periods.js';
import { TaskKind } from '../task.types.js';
import { memberNames } from './member-names.js';
import { counted, dueAfter, type RuleContext, type RuleItem, type TaskRule } from './rule.js';

const quarterEnd = (year: number, quarter: number) =>
  lastDayOfMonth(quarterMonths(year, quarter).at(-1)!);

const labels = (year: number, quarter: number) => ({
  labelZh: quarterLabel(year, quarter),
  labelEn: `Q${quarter} ${year}`,
});

const link = (year: number, quarter: number) => `/quarterly-review?year=${year}&quarter=${quarter}`;

/** The ended quarters of the branches, with their assessment when one was started. */
async function endedQuarters(ctx: RuleContext, branchIds: readonly string[]) {
  const ended = await quartersEnded(ctx.em, ctx.today);
  if (ended.length === 0) return [];
  const rows = await ctx.em.find(QuarterAssessment, {
    branchId: { $in: [...branchIds] },
    year: { $in: [...new Set(ended.map((q) => q.year))] },
  });
  const byKey = new Map(rows.map((q) => [`${q.branchId}|${q.year}|${q.quarter}`, q]));
  return branchIds.flatMap((branchId) =>
    ended.map(({ year, quarter }) => ({
      branchId,
      year,
      quarter,
      assessment: byKey.get(`${branchId}|${year}|${quarter}`) ?? null,
    })),
  );
}

/** 支部书记: quarters that have ended and whose review has not started. */
export const quartersToStart: TaskRule = {
  kind: TaskKind.QUARTERS_TO_START,
  roles: [Role.SECRETARY],
  scope: 'branch',
  menuKey: 'quarterlyReview',
  link: '/quarterly-review',
  label: (n) => ({
    zh: `${n} 个季度待开始考评`,
    en: `${counted(n, 'quarterly review', 'quarterly reviews')} to start`,
  }),
  async collect(ctx, branchIds) {
    const quarters = await endedQuarters(ctx, branchIds);
    return quarters
      .filter((q) => !q.assessment || q.assessment.state === QuarterState.OPEN)
      .map((q): RuleItem => ({
        ref: `${q.year}-Q${q.quarter}`,
        branchId: q.branchId,
        ...labels(q.year, q.quarter),
        dueOn: dueAfter(ctx, quarterEnd(q.year, q.quarter), DeadlineKey.QUARTER_START),
        link: link(q.year, q.quarter),
      }));
  },
};

/** 支部书记: reviews under way, to be signed once every member has answered. */
export const quartersToSign: TaskRule = {
  kind: TaskKind.QUARTERS_TO_SIGN,
  roles: [Role.SECRETARY],
  scope: 'branch',
  menuKey: 'quarterlyReview',
  link: '/quarterly-review',
  label: (n) => ({ zh: `${n} 个季度待签字`, en: `${counted(n, 'quarter', 'quarters')} to sign` }),
  async collect(ctx, branchIds) {
    const rows = await ctx.em.find(QuarterAssessment, {
      branchId: { $in: [...branchIds] },
      state: QuarterState.UNDER_REVIEW,
    });
    return rows.map((q) => ({
      ref: q.id,
      branchId: q.branchId,
      ...labels(q.year, q.quarter),
      dueOn: dueAfter(ctx, quarterEnd(q.year, q.quarter), DeadlineKey.QUARTER_SIGN),
      link: link(q.year, q.quarter),
    }));
  },
};

/** 支部书记: signed quarters not yet put on public notice. */
export const quartersToPublish: TaskRule = {
  kind: TaskKind.QUARTERS_TO_PUBLISH,
  roles: [Role.SECRETARY],
  scope: 'branch',
  menuKey: 'quarterlyReview',
  link: '/quarterly-review',
  label: (n) => ({
    zh: `${n} 个季度待公示`,
    en: `${counted(n, 'signed quarter', 'signed quarters')} to publish`,
  }),
  async collect(ctx, branchIds) {
    const rows = await ctx.em.find(QuarterAssessment, {
      branchId: { $in: [...branchIds] },
      state: QuarterState.SIGNED,
    });
    return rows
      .filter((q) => effectiveQuarterState(q, ctx.today) === QuarterState.SIGNED)
      .map((q) => ({
        ref: q.id,
        branchId: q.branchId,
        ...labels(q.year, q.quarter),
        dueOn: dueAfter(
          ctx,
          q.signedAt ?? quarterEnd(q.year, q.quarter),
          DeadlineKey.QUARTER_PUBLISH,
        ),
        link: link(q.year, q.quarter),
      }));
  },
};

/**
 * 支部书记: members of a review under way who have not answered yet — the panel follows them
 * up or records their answer given in person. Counts down as members confirm.
 */
export const confirmationsOutstanding: TaskRule = {
  kind: TaskKind.CONFIRMATIONS_OUTSTANDING,
  roles: [Role.SECRETARY],
  scope: 'branch',
  remind: false,
  menuKey: 'quarterlyReview',
  link: '/quarterly-review',
  label: (n) => ({
    zh: `${n} 名党员尚未确认`,
    en: `${counted(n, 'member', 'members')} yet to confirm`,
  }),
  async collect(ctx, branchIds) {
    const quarters = await ctx.em.find(QuarterAssessment, {
      branchId: { $in: [...branchIds] },
      state: QuarterState.UNDER_REVIEW,
    });
    if (quarters.length === 0) return [];
    const pending = await ctx.em.find(MemberConfirmation, {
      assessmentId: { $in: quarters.map((q) => q.id) },
      state: ConfirmationState.PENDING,
    });
    const names = await memberNames(
      ctx,
      pending.map((c) => c.memberId),
    );
    const quarterOf = new Map(quarters.map((q) => [q.id, q]));
    return pending.map((c) => {
      const q = quarterOf.get(c.assessmentId)!;
      return {
        ref: c.id,
        branchId: q.branchId,
        labelZh: `${quarterLabel(q.year, q.quarter)}：${names.get(c.memberId) ?? ''}`,
        labelEn: `Q${q.quarter} ${q.year}: ${names.get(c.memberId) ?? ''}`,
        dueOn: dueAfter(ctx, q.reviewStartedAt ?? ctx.today, DeadlineKey.CONFIRMATION),
        link: link(q.year, q.quarter),
      };
    });
  },
};
