import { Role } from '../../../auth/roles.js';
import { MemberConfirmation } from '../../assessments/quarter/member-confirmation.entity.js';
import { Publication, PublicationKind } from '../../assessments/notices/publication.entity.js';
import { QuarterAssessment } from '../../assessments/quarter/quarter-assessment.entity.js';
import { ConfirmationState } from '../../assessments/quarter/quarter-machines.js';
import { quarterLabel } from '../../assessments/quarter/quarter-period.js';
import { CaseState } from '../../outcomes/outcome-case-machine.js';
import { OutcomeCase } from '../../outcomes/outcome-case.entity.js';
import { RectificationMeasure } from '../../outcomes/rectification-measure.entity.js';
import { DeadlineKey } from '../deadlines/task-deadlines.js';
import { TaskKind } from '../task.types.js';
import { counted, dueAfter, type TaskRule } from './rule.js';

/** 党员: own quarter records awaiting confirmation, due within the confirmation period. */
export const confirmationsToGive: TaskRule = {
  kind: TaskKind.CONFIRMATIONS_TO_GIVE,
  roles: [Role.MEMBER],
  scope: 'self',
  menuKey: 'confirm',
  link: '/my/confirm',
  label: (n) => ({ zh: `${n} 项待确认`, en: `${n} to confirm` }),
  async collect(ctx) {
    if (!ctx.members) return [];
    const pending = await ctx.em.find(MemberConfirmation, {
      ...(ctx.members === 'all' ? {} : { memberId: ctx.members }),
      state: ConfirmationState.PENDING,
    });
    if (pending.length === 0) return [];
    const quarters = await ctx.em.find(QuarterAssessment, {
      id: { $in: pending.map((c) => c.assessmentId) },
    });
    const quarterOf = new Map(quarters.map((q) => [q.id, q]));
    return pending.map((c) => {
      const q = quarterOf.get(c.assessmentId)!;
      return {
        ref: c.id,
        memberId: c.memberId,
        branchId: q.branchId,
        labelZh: `${quarterLabel(q.year, q.quarter)}积分记录`,
        labelEn: `Your record for Q${q.quarter} ${q.year}`,
        dueOn: dueAfter(ctx, q.reviewStartedAt ?? ctx.today, DeadlineKey.CONFIRMATION),
        link: '/my/confirm',
      };
    });
  },
};

/** 党员: lists on public notice in the member's branch, open to objections until the notice ends. */
export const objectionWindows: TaskRule = {
  kind: TaskKind.OBJECTION_WINDOWS,
  roles: [Role.MEMBER],
  scope: 'branch',
  menuKey: 'confirm',
  link: '/my/confirm',
  label: (n) => ({
    zh: `${n} 项公示可提出异议`,
    en: `${counted(n, 'notice', 'notices')} open to objections`,
  }),
  async collect(ctx, branchIds) {
    const open = await ctx.em.find(Publication, {
      branchId: { $in: [...branchIds] },
      noticeEndsOn: { $gte: ctx.today },
    });
    // Open until the end of its last day; a later list of the same period replaces an earlier one.
    const latest = new Map<string, number>();
    for (const p of open) {
      const key = `${p.branchId}|${p.kind}|${p.year}|${p.quarter}`;
      latest.set(key, Math.max(latest.get(key) ?? 0, p.number));
    }
    return open
      .filter((p) => p.number === latest.get(`${p.branchId}|${p.kind}|${p.year}|${p.quarter}`))
      .map((p) => {
        const quarter = p.kind === PublicationKind.QUARTER;
        return {
          ref: p.id,
          branchId: p.branchId,
          labelZh: `${quarter ? quarterLabel(p.year, p.quarter) : `${p.year}年度`}积分公示`,
          labelEn: `${quarter ? `Q${p.quarter} ${p.year}` : `${p.year}`} notice`,
          // The day the notice ends is the last day to object.
          dueOn: p.noticeEndsOn,
          link: '/my/confirm',
        };
      });
  },
};

/**
 * 党员: the rectification measures agreed for one's own warning case, each due by its deadline;
 * an item goes once the branch records the measure done.
 */
export const measuresToComplete: TaskRule = {
  kind: TaskKind.MEASURES_TO_COMPLETE,
  roles: [Role.MEMBER],
  scope: 'self',
  menuKey: 'myScores',
  link: '/my/scores',
  label: (n) => ({
    zh: `${n} 项整改措施待完成`,
    en: `${counted(n, 'rectification measure', 'rectification measures')} to carry out`,
  }),
  async collect(ctx) {
    if (!ctx.members) return [];
    const cases = await ctx.em.find(OutcomeCase, {
      ...(ctx.members === 'all' ? {} : { memberId: ctx.members }),
      state: CaseState.RECTIFYING,
    });
    if (cases.length === 0) return [];
    const caseOf = new Map(cases.map((c) => [c.id, c]));
    const measures = await ctx.em.find(
      RectificationMeasure,
      { caseId: { $in: [...caseOf.keys()] }, doneOn: null },
      { orderBy: { deadline: 'asc', position: 'asc' } },
    );
    return measures.map((m) => {
      const c = caseOf.get(m.caseId)!;
      return {
        ref: m.id,
        memberId: c.memberId,
        branchId: c.branchId,
        labelZh: `${m.description}（${c.year}年度预警的整改）`,
        labelEn: `${m.description} (rectification after the ${c.year} results)`,
        dueOn: m.deadline,
        link: '/my/scores',
      };
    });
  },
};
