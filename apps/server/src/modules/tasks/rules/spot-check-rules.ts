import { Role } from '../../../auth/roles.js';
import { monthLabel } from '../../assessments/quarter/quarter-period.js';
import { SpotCheckItem } from '../../supervision/spot-check-item.entity.js';
import { FindingState } from '../../supervision/spot-check-machine.js';
import { DeadlineKey } from '../deadlines/task-deadlines.js';
import { TaskKind } from '../task.types.js';
import { counted, dueAfter, type RuleContext, type TaskRule } from './rule.js';

/** What a finding is about, as the check recorded it when it was drawn. */
function labelOf(item: SpotCheckItem) {
  const who = item.recorded.memberName ? `（${item.recorded.memberName}）` : '';
  const whoEn = item.recorded.memberName ? ` (${item.recorded.memberName})` : '';
  return {
    zh: `${monthLabel(item.month).zh} ${item.recorded.itemNameZh}${who}：${item.findingNote ?? ''}`,
    en: `${item.month} ${item.recorded.itemNameEn}${whoEn}: ${item.findingNote ?? ''}`,
  };
}

async function itemsIn(ctx: RuleContext, state: FindingState, branchIds?: readonly string[]) {
  return ctx.em.find(
    SpotCheckItem,
    { state, ...(branchIds ? { branchId: { $in: [...branchIds] } } : {}) },
    { orderBy: { checkedAt: 'asc' } },
  );
}

/**
 * 支部书记 (and the branch committee, who may answer too): discrepancies a spot check found in the
 * branch's records, waiting for its explanation or correction.
 */
export const spotCheckFindings: TaskRule = {
  kind: TaskKind.SPOT_CHECK_FINDINGS,
  roles: [Role.SECRETARY, Role.BRANCH_COMMITTEE],
  scope: 'branch',
  menuKey: 'spotCheckFollowUps',
  link: '/spot-check/follow-ups',
  committeeLink: '/spot-check',
  label: (n) => ({
    zh: `${n} 个抽查问题待答复`,
    en: `${counted(n, 'spot-check finding', 'spot-check findings')} to answer`,
  }),
  async collect(ctx, branchIds) {
    const rows = await itemsIn(ctx, FindingState.FOLLOW_UP, branchIds);
    return rows.map((item) => {
      const label = labelOf(item);
      return {
        ref: item.id,
        branchId: item.branchId,
        labelZh: label.zh,
        labelEn: label.en,
        dueOn: item.checkedAt ? dueAfter(ctx, item.checkedAt, DeadlineKey.SPOT_CHECK_ANSWER) : null,
        link: '/spot-check/follow-ups',
      };
    });
  },
};

/** 机关党委: branches' answers to spot-check findings, to close. */
export const spotCheckAnswersToClose: TaskRule = {
  kind: TaskKind.SPOT_CHECK_ANSWERS,
  roles: [Role.COMMITTEE_ADMIN],
  scope: 'bureau',
  menuKey: 'spotCheck',
  link: '/spot-check',
  label: (n) => ({
    zh: `${n} 个抽查答复待关闭`,
    en: `${counted(n, 'spot-check answer', 'spot-check answers')} to close`,
  }),
  async collect(ctx) {
    const rows = await itemsIn(ctx, FindingState.ANSWERED);
    return rows.map((item) => {
      const label = labelOf(item);
      return {
        ref: item.id,
        branchId: item.branchId,
        labelZh: label.zh,
        labelEn: label.en,
        dueOn: item.answeredAt
          ? dueAfter(ctx, item.answeredAt, DeadlineKey.SPOT_CHECK_CLOSE)
          : null,
        link: '/spot-check',
      };
    });
  },
};
