import { registerEnumType } from 'type-graphql';
import { defineMachine } from '../state-machine.js';

/** 年度评议 of one branch (plan 六(三)): evaluation, re-review, submission, approval, publication. */
export enum AnnualState {
  OPEN = 'open',
  EVALUATION = 'evaluation',
  REVIEWED = 'reviewed',
  SUBMITTED = 'submitted',
  APPROVED = 'approved',
  RETURNED = 'returned',
  PUBLISHED = 'published',
}
registerEnumType(AnnualState, { name: 'AnnualState', description: '年度考评状态' });

export type AnnualAction =
  | 'startEvaluation'
  | 'completeReview'
  | 'revise'
  | 'submit'
  | 'approve'
  | 'return'
  | 'publish'
  | 'republish';

const notSubmitted = {
  zh: '支部尚未上报本年度结果，不能审核',
  en: 'The branch has not submitted the year',
};

export const annualMachine = defineMachine<AnnualState, AnnualAction>('annual', {
  subject: { zh: '本年度考评', en: "The year's assessment" },
  states: {
    [AnnualState.OPEN]: { zh: '未开始', en: 'not started' },
    [AnnualState.EVALUATION]: { zh: '民主评议中', en: 'in evaluation' },
    [AnnualState.REVIEWED]: { zh: '支委会已复核', en: 'reviewed by the branch committee' },
    [AnnualState.SUBMITTED]: { zh: '已报机关党委', en: 'submitted to the committee' },
    [AnnualState.APPROVED]: { zh: '机关党委已审核通过', en: 'approved' },
    [AnnualState.RETURNED]: { zh: '机关党委已退回', en: 'returned to the branch' },
    [AnnualState.PUBLISHED]: { zh: '已公示', en: 'published' },
  },
  path: [
    AnnualState.OPEN,
    AnnualState.EVALUATION,
    AnnualState.REVIEWED,
    AnnualState.SUBMITTED,
    AnnualState.APPROVED,
    AnnualState.PUBLISHED,
  ],
  // A returned year is shown at the committee's step it failed.
  setbacks: { [AnnualState.RETURNED]: AnnualState.APPROVED },
  actions: {
    startEvaluation: {
      from: [AnnualState.OPEN],
      to: AnnualState.EVALUATION,
      label: { zh: '开始民主评议', en: 'start the evaluation' },
    },
    completeReview: {
      from: [AnnualState.EVALUATION],
      to: AnnualState.REVIEWED,
      label: { zh: '完成支委会复核', en: 'complete the re-review' },
    },
    // Back to the grades and the re-review: before submitting, or after the committee returned it.
    revise: {
      from: [AnnualState.REVIEWED, AnnualState.RETURNED],
      to: AnnualState.EVALUATION,
      label: { zh: '退回修改', en: 'reopen for revision' },
    },
    submit: {
      from: [AnnualState.REVIEWED],
      to: AnnualState.SUBMITTED,
      label: { zh: '上报机关党委', en: 'submit it' },
    },
    approve: {
      from: [AnnualState.SUBMITTED],
      to: AnnualState.APPROVED,
      label: { zh: '审核通过', en: 'approve it' },
    },
    return: {
      from: [AnnualState.SUBMITTED],
      to: AnnualState.RETURNED,
      label: { zh: '退回支部', en: 'return it' },
    },
    publish: {
      from: [AnnualState.APPROVED],
      to: AnnualState.PUBLISHED,
      label: { zh: '公示', en: 'publish it' },
    },
    republish: {
      from: [AnnualState.PUBLISHED],
      to: AnnualState.PUBLISHED,
      label: { zh: '公示更正结果', en: 'publish the corrected list' },
    },
  },
  refusals: {
    submit: {
      [AnnualState.EVALUATION]: {
        zh: '支委会尚未完成复核，不能上报',
        en: 'The branch committee has not completed its re-review',
      },
      [AnnualState.SUBMITTED]: {
        zh: '本年度已上报，不能重复上报',
        en: 'The year is already submitted',
      },
    },
    approve: {
      [AnnualState.OPEN]: notSubmitted,
      [AnnualState.EVALUATION]: notSubmitted,
      [AnnualState.REVIEWED]: notSubmitted,
      [AnnualState.RETURNED]: notSubmitted,
      [AnnualState.APPROVED]: {
        zh: '本年度已审核通过，不能重复审核',
        en: 'The year is already approved',
      },
      [AnnualState.PUBLISHED]: {
        zh: '本年度已审核通过并公示',
        en: 'The year is approved and published',
      },
    },
    return: {
      [AnnualState.APPROVED]: {
        zh: '本年度已审核通过，不能退回；如需修改请提出更正',
        en: 'The year is approved; change it through a correction',
      },
    },
    publish: {
      [AnnualState.SUBMITTED]: {
        zh: '机关党委尚未审核通过，不能公示',
        en: 'The committee has not approved the year',
      },
      [AnnualState.PUBLISHED]: {
        zh: '本年度结果已公示，不能重复公示',
        en: 'The year is already published',
      },
    },
  },
});
