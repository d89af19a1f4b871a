import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../auth/roles.js';

/** What waits for someone; each kind is one rule in rules/. */
export enum TaskKind {
  DECLARATIONS_TO_DECIDE = 'declarationsToDecide',
  DISPUTES_TO_DECIDE = 'disputesToDecide',
  MONTHS_TO_RECORD = 'monthsToRecord',
  QUARTERS_TO_START = 'quartersToStart',
  QUARTERS_TO_SIGN = 'quartersToSign',
  QUARTERS_TO_PUBLISH = 'quartersToPublish',
  CONFIRMATIONS_OUTSTANDING = 'confirmationsOutstanding',
  OBJECTIONS_TO_DECIDE = 'objectionsToDecide',
  WARNING_CASES_DUE = 'warningCasesDue',
  CONFIRMATIONS_TO_GIVE = 'confirmationsToGive',
  OBJECTION_WINDOWS = 'objectionWindows',
  MEASURES_TO_COMPLETE = 'measuresToComplete',
  BRANCH_ITEMS_TO_APPROVE = 'branchItemsToApprove',
  ANNUAL_RESULTS_TO_APPROVE = 'annualResultsToApprove',
  SPOT_CHECK_FINDINGS = 'spotCheckFindings',
  SPOT_CHECK_ANSWERS = 'spotCheckAnswers',
  BRANCH_OVERDUE_STEPS = 'branchOverdueSteps',
}
registerEnumType(TaskKind, { name: 'TaskKind', description: '待办种类' });

/** One thing to do: a declaration, a month, a quarter, a case … with its own due date. */
@ObjectType('TaskItem', { description: '一项待办', simpleResolvers: true })
export class TaskItem {
  /** The record the item is about (declaration, quarter, case …), or a month 'YYYY-MM'. */
  @Field(() => String)
  ref!: string;

  @Field(() => String)
  labelZh!: string;

  @Field(() => String)
  labelEn!: string;

  @Field(() => String, { nullable: true, description: '截止日 (YYYY-MM-DD, 按工作日计算)' })
  dueOn!: string | null;

  @Field(() => Boolean, { description: '已逾期' })
  overdue!: boolean;

  @Field(() => String, { description: '办理页面 (应用内路径)' })
  link!: string;
}

/** What waits for a person in one role in one branch (or bureau-wide), counted. */
@ObjectType('Task', { description: '某一角色在某支部的一类待办', simpleResolvers: true })
export class Task {
  @Field(() => TaskKind)
  kind!: TaskKind;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: '所属支部 (机关党委的待办为空)' })
  branchId!: string | null;

  @Field(() => String, { nullable: true })
  branchName!: string | null;

  @Field(() => String, { description: '如「1 项待确认」' })
  labelZh!: string;

  @Field(() => String)
  labelEn!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  overdueCount!: number;

  @Field(() => String, { nullable: true, description: '最早的截止日' })
  dueOn!: string | null;

  @Field(() => Boolean)
  overdue!: boolean;

  @Field(() => String, { description: '办理页面 (应用内路径)' })
  link!: string;

  /**
   * A branch's step the committee follows up (支部逾期环节): listed for it, done by the branch,
   * so counted neither in its total nor in a menu badge.
   */
  @Field(() => Boolean, { description: '跟进项：由支部办理、机关党委跟进，不计入待办数与菜单角标' })
  followUp!: boolean;

  /** The menu entry the task belongs to, for its badge (the web's navigation key). */
  @Field(() => String, { description: '所属菜单项 (用于菜单角标)' })
  menuKey!: string;

  @Field(() => [TaskItem])
  items!: TaskItem[];
}

@ObjectType('TaskList', { description: '当前账号的待办 (按角色和支部)', simpleResolvers: true })
export class TaskList {
  @Field(() => [Task])
  tasks!: Task[];

  @Field(() => Int, { description: '待办总数' })
  total!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => String, { description: '计算日期 (中国日期)' })
  today!: string;
}

/** What each kind of item is, as a reminder or the committee's overdue list names it. */
export const TASK_KIND_LABELS: Record<TaskKind, { zh: string; en: string }> = {
  [TaskKind.DECLARATIONS_TO_DECIDE]: { zh: '个人申报待审核', en: 'Declaration to decide' },
  [TaskKind.DISPUTES_TO_DECIDE]: { zh: '申报异议待处理', en: 'Disputed declaration to decide' },
  [TaskKind.MONTHS_TO_RECORD]: { zh: '台账待登记', en: 'Month to record' },
  [TaskKind.QUARTERS_TO_START]: { zh: '季度考评待开始', en: 'Quarterly review to start' },
  [TaskKind.QUARTERS_TO_SIGN]: { zh: '季度考评待签字', en: 'Quarter to sign' },
  [TaskKind.QUARTERS_TO_PUBLISH]: { zh: '季度结果待公示', en: 'Quarter to publish' },
  [TaskKind.CONFIRMATIONS_OUTSTANDING]: { zh: '党员尚未确认', en: 'Member yet to confirm' },
  [TaskKind.OBJECTIONS_TO_DECIDE]: { zh: '异议待处理', en: 'Objection to decide' },
  [TaskKind.WARNING_CASES_DUE]: { zh: '预警待约谈或整改', en: 'Warning case step due' },
  [TaskKind.CONFIRMATIONS_TO_GIVE]: { zh: '积分记录待确认', en: 'Record to confirm' },
  [TaskKind.OBJECTION_WINDOWS]: { zh: '公示期内可提出异议', en: 'Notice open to objections' },
  [TaskKind.MEASURES_TO_COMPLETE]: {
    zh: '整改措施待完成',
    en: 'Rectification measure to carry out',
  },
  [TaskKind.BRANCH_ITEMS_TO_APPROVE]: { zh: '支部自选项目待审批', en: 'Branch item to approve' },
  [TaskKind.ANNUAL_RESULTS_TO_APPROVE]: { zh: '年度结果待审定', en: 'Annual result to approve' },
  [TaskKind.SPOT_CHECK_FINDINGS]: { zh: '抽查问题待答复', en: 'Spot-check finding to answer' },
  [TaskKind.SPOT_CHECK_ANSWERS]: { zh: '抽查答复待关闭', en: 'Spot-check answer to close' },
  [TaskKind.BRANCH_OVERDUE_STEPS]: { zh: '支部逾期环节', en: 'Overdue branch step' },
};
