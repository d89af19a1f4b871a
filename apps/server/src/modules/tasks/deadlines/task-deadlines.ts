import { registerEnumType } from 'type-graphql';

/**
 * Each step's due date, in working days on the bureau's calendar (statutory holidays and the
 * committee's amendments count as rest days). Defaults follow the plan where it names a period
 * (公示 5 个工作日) and are otherwise the bureau's to set (`setTaskSettings`).
 */
export enum DeadlineKey {
  DECLARATION_DECISION = 'declarationDecision',
  DISPUTE_DECISION = 'disputeDecision',
  MONTH_RECORDING = 'monthRecording',
  QUARTER_START = 'quarterStart',
  QUARTER_SIGN = 'quarterSign',
  QUARTER_PUBLISH = 'quarterPublish',
  CONFIRMATION = 'confirmation',
  OBJECTION_DECISION = 'objectionDecision',
  INTERVIEW = 'interview',
  BRANCH_ITEM_APPROVAL = 'branchItemApproval',
  ANNUAL_APPROVAL = 'annualApproval',
  SPOT_CHECK_ANSWER = 'spotCheckAnswer',
  SPOT_CHECK_CLOSE = 'spotCheckClose',
}
registerEnumType(DeadlineKey, { name: 'DeadlineKey', description: '待办期限 (工作日)' });

export type Deadlines = Record<DeadlineKey, number>;

type DeadlineDef = { days: number; zh: string; en: string };

export const DEADLINE_DEFS: Record<DeadlineKey, DeadlineDef> = {
  [DeadlineKey.DECLARATION_DECISION]: {
    days: 10,
    zh: '记分员审核个人申报（自提交之日起）',
    en: 'Scorekeeper decides a declaration (from its submission)',
  },
  [DeadlineKey.DISPUTE_DECISION]: {
    days: 10,
    zh: '支委会处理申报异议（自提出之日起）',
    en: 'Branch committee decides a disputed declaration (from the dispute)',
  },
  [DeadlineKey.MONTH_RECORDING]: {
    days: 5,
    zh: '记分员登记当月台账（自月末起）',
    en: "Scorekeeper records the month's ledger (from the month's end)",
  },
  [DeadlineKey.QUARTER_START]: {
    days: 5,
    zh: '开始季度考评（自季度末起）',
    en: "Start the quarterly review (from the quarter's end)",
  },
  [DeadlineKey.QUARTER_SIGN]: {
    days: 15,
    zh: '支部书记签字（自季度末起）',
    en: "Secretary signs the quarter (from the quarter's end)",
  },
  [DeadlineKey.QUARTER_PUBLISH]: {
    days: 3,
    zh: '签字后公示（自签字之日起）',
    en: 'Publish the signed quarter (from signing)',
  },
  [DeadlineKey.CONFIRMATION]: {
    days: 5,
    zh: '党员核对确认季度记录（自开始考评起）',
    en: 'Members confirm their quarter record (from the start of the review)',
  },
  [DeadlineKey.OBJECTION_DECISION]: {
    days: 5,
    zh: '处理异议（自提出之日起）',
    en: 'Decide an objection (from when it was raised)',
  },
  [DeadlineKey.INTERVIEW]: {
    days: 20,
    zh: '预警约谈（自预警之日起）',
    en: 'Interview a warned member (from the warning)',
  },
  [DeadlineKey.BRANCH_ITEM_APPROVAL]: {
    days: 10,
    zh: '机关党委审批支部自选项目（自申报之日起）',
    en: 'Committee approves a branch-chosen item (from its proposal)',
  },
  [DeadlineKey.ANNUAL_APPROVAL]: {
    days: 10,
    zh: '机关党委审定年度结果（自上报之日起）',
    en: 'Committee approves an annual result (from its submission)',
  },
  [DeadlineKey.SPOT_CHECK_ANSWER]: {
    days: 10,
    zh: '支部答复抽查问题（自登记问题之日起）',
    en: 'Branch answers a spot-check finding (from the finding)',
  },
  [DeadlineKey.SPOT_CHECK_CLOSE]: {
    days: 10,
    zh: '机关党委关闭抽查问题（自支部答复之日起）',
    en: "Committee closes a spot-check finding (from the branch's answer)",
  },
};

export const DEFAULT_DEADLINES: Deadlines = Object.fromEntries(
  Object.entries(DEADLINE_DEFS).map(([key, def]) => [key, def.days]),
) as Deadlines;

/** The longest a setting may be: a quarter's worth of working days. */
export const MAX_DEADLINE_DAYS = 60;

/** The bureau's settings over the defaults; unknown keys in a stored row are ignored. */
export function mergeDeadlines(
  stored: Partial<Record<string, number>> | null | undefined,
): Deadlines {
  const merged = { ...DEFAULT_DEADLINES };
  for (const key of Object.values(DeadlineKey)) {
    const value = stored?.[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1) merged[key] = value;
  }
  return merged;
}
