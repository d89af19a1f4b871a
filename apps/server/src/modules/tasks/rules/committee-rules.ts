import { Role } from '../../../auth/roles.js';
import { AnnualAssessment } from '../../assessments/annual/annual-assessment.entity.js';
import { AnnualState } from '../../assessments/annual/annual-machine.js';
import { BranchItemProposal, ProposalStatus } from '../../schemes/branch-item-proposal.entity.js';
import { DeadlineKey } from '../deadlines/task-deadlines.js';
import { TaskKind } from '../task.types.js';
import { counted, dueAfter, type TaskRule } from './rule.js';

/** 机关党委: branch-chosen items proposed and not yet decided. */
export const branchItemsToApprove: TaskRule = {
  kind: TaskKind.BRANCH_ITEMS_TO_APPROVE,
  roles: [Role.COMMITTEE_ADMIN],
  scope: 'bureau',
  menuKey: 'specialItems',
  link: '/special-items',
  label: (n) => ({
    zh: `${n} 个支部自选项目待审批`,
    en: `${counted(n, 'branch item', 'branch items')} to approve`,
  }),
  async collect(ctx) {
    const rows = await ctx.em.find(BranchItemProposal, { status: ProposalStatus.PROPOSED });
    return rows.map((p) => ({
      ref: p.id,
      branchId: p.branchId,
      labelZh: `${p.year}年 ${p.item.nameZh}`,
      labelEn: `${p.year} ${p.item.nameEn}`,
      dueOn: dueAfter(ctx, p.createdAt, DeadlineKey.BRANCH_ITEM_APPROVAL),
      link: `/special-items?year=${p.year}`,
    }));
  },
};

/** 机关党委: annual results submitted by branches, to approve or return. */
export const annualResultsToApprove: TaskRule = {
  kind: TaskKind.ANNUAL_RESULTS_TO_APPROVE,
  roles: [Role.COMMITTEE_ADMIN],
  scope: 'bureau',
  menuKey: 'annualApproval',
  link: '/annual-approval',
  label: (n) => ({
    zh: `${n} 个支部年度结果待审定`,
    en: `${counted(n, 'annual result', 'annual results')} to approve`,
  }),
  async collect(ctx) {
    const rows = await ctx.em.find(AnnualAssessment, { state: AnnualState.SUBMITTED });
    return rows.map((a) => ({
      ref: a.id,
      branchId: a.branchId,
      labelZh: `${a.year}年度考评结果`,
      labelEn: `${a.year} annual result`,
      dueOn: a.submittedAt ? dueAfter(ctx, a.submittedAt, DeadlineKey.ANNUAL_APPROVAL) : null,
      link: `/annual-approval?year=${a.year}`,
    }));
  },
};
