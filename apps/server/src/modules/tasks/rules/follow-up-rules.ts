import { Role } from '../../../auth/roles.js';
import { MemberConfirmation } from '../../assessments/quarter/member-confirmation.entity.js';
import { ObjectionState } from '../../assessments/notices/notice-machines.js';
import { NoticeObjection } from '../../assessments/notices/notice-objection.entity.js';
import { Publication, PublicationKind } from '../../assessments/notices/publication.entity.js';
import { QuarterAssessment } from '../../assessments/quarter/quarter-assessment.entity.js';
import { ConfirmationState } from '../../assessments/quarter/quarter-machines.js';
import { quarterLabel } from '../../assessments/quarter/quarter-period.js';
import { CaseState } from '../../outcomes/outcome-case-machine.js';
import { OutcomeCase } from '../../outcomes/outcome-case.entity.js';
import { RectificationMeasure } from '../../outcomes/rectification-measure.entity.js';
import { DeadlineKey } from '../deadlines/task-deadlines.js';
import { TaskKind } from '../task.types.js';
import { memberNames } from './member-names.js';
import { counted, dueAfter, type RuleItem, type TaskRule } from './rule.js';

/**
 * 支部书记: objections waiting for the branch committee's decision — members' objections raised
 * during a review, and objections to a published list during its notice.
 */
export const objectionsToDecide: TaskRule = {
  kind: TaskKind.OBJECTIONS_TO_DECIDE,
  roles: [Role.SECRETARY],
  scope: 'branch',
  menuKey: 'quarterlyReview',
  link: '/quarterly-review',
  label: (n) => ({
    zh: `${n} 项异议待处理`,
    en: `${counted(n, 'objection', 'objections')} to decide`,
  }),
  async collect(ctx, branchIds) {
    const inBranches = { branchId: { $in: [...branchIds] } };
    const [review, notice] = await Promise.all([
      ctx.em.find(MemberConfirmation, { ...inBranches, state: ConfirmationState.OBJECTED }),
      ctx.em.find(NoticeObjection, { ...inBranches, state: ObjectionState.RAISED }),
    ]);
    const [quarters, publications, names] = await Promise.all([
      review.length
        ? ctx.em.find(QuarterAssessment, { id: { $in: review.map((c) => c.assessmentId) } })
        : [],
      notice.length
        ? ctx.em.find(Publication, { id: { $in: notice.map((o) => o.publicationId) } })
        : [],
      memberNames(
        ctx,
        [...review, ...notice].map((r) => r.memberId),
      ),
    ]);
    const quarterOf = new Map(quarters.map((q) => [q.id, q]));
    const publicationOf = new Map(publications.map((p) => [p.id, p]));
    const items: RuleItem[] = [];
    for (const c of review) {
      const q = quarterOf.get(c.assessmentId);
      if (!q) continue;
      items.push({
        ref: c.id,
        branchId: c.branchId,
        labelZh: `${quarterLabel(q.year, q.quarter)}考评：${names.get(c.memberId) ?? ''}的异议`,
        labelEn: `Q${q.quarter} ${q.year} review: objection by ${names.get(c.memberId) ?? ''}`,
        dueOn: dueAfter(ctx, c.respondedAt ?? ctx.today, DeadlineKey.OBJECTION_DECISION),
        link: `/quarterly-review?year=${q.year}&quarter=${q.quarter}`,
      });
    }
    for (const o of notice) {
      const p = publicationOf.get(o.publicationId);
      if (!p) continue;
      const quarter = p.kind === PublicationKind.QUARTER;
      items.push({
        ref: o.id,
        branchId: o.branchId,
        labelZh: `${quarter ? quarterLabel(p.year, p.quarter) : `${p.year}年度`}公示：关于${names.get(o.memberId) ?? ''}的异议`,
        labelEn: `${quarter ? `Q${p.quarter} ${p.year}` : `${p.year}`} notice: objection about ${names.get(o.memberId) ?? ''}`,
        dueOn: dueAfter(ctx, o.raisedAt, DeadlineKey.OBJECTION_DECISION),
        link: quarter
          ? `/quarterly-review?year=${p.year}&quarter=${p.quarter}`
          : `/annual-evaluation?year=${p.year}`,
      });
    }
    return items;
  },
};

/** 支部书记: warning cases with an interview to hold or rectification measures falling due. */
export const warningCasesDue: TaskRule = {
  kind: TaskKind.WARNING_CASES_DUE,
  roles: [Role.SECRETARY],
  scope: 'branch',
  menuKey: 'warnings',
  link: '/warnings',
  label: (n) => ({
    zh: `${n} 个预警待约谈或整改`,
    en: `${counted(n, 'warning case', 'warning cases')} with steps due`,
  }),
  async collect(ctx, branchIds) {
    const cases = await ctx.em.find(OutcomeCase, {
      branchId: { $in: [...branchIds] },
      state: { $ne: CaseState.CLOSED },
    });
    if (cases.length === 0) return [];
    const [measures, names] = await Promise.all([
      ctx.em.find(RectificationMeasure, {
        caseId: { $in: cases.map((c) => c.id) },
        doneOn: null,
      }),
      memberNames(
        ctx,
        cases.map((c) => c.memberId),
      ),
    ]);
    const nextMeasure = new Map<string, string>();
    for (const m of measures) {
      const known = nextMeasure.get(m.caseId);
      if (!known || m.deadline < known) nextMeasure.set(m.caseId, m.deadline);
    }
    return cases.map((c) => {
      const name = names.get(c.memberId) ?? '';
      const interview = c.state === CaseState.OPEN;
      return {
        ref: c.id,
        branchId: c.branchId,
        // The kind already says it is a warning: the item names the step, whose and which year's.
        labelZh: interview ? `约谈${name}（${c.year}年度）` : `${name}的整改（${c.year}年度）`,
        labelEn: interview
          ? `interview ${name} (${c.year} results)`
          : `rectification by ${name} (${c.year} results)`,
        dueOn: interview
          ? dueAfter(ctx, c.openedAt, DeadlineKey.INTERVIEW)
          : (nextMeasure.get(c.id) ?? null),
        link: `/warnings?year=${c.year}`,
      };
    });
  },
};
