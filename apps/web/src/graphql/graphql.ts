/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 年度考评状态 */
export type AnnualState =
  'APPROVED' | 'EVALUATION' | 'OPEN' | 'PUBLISHED' | 'RETURNED' | 'REVIEWED' | 'SUBMITTED';

/** 年度考评的一步 */
export type AnnualStepKind =
  'APPROVED' | 'PUBLISHED' | 'RETURNED' | 'REVIEWED' | 'REVISED' | 'SUBMITTED';

export type AnswerSpotCheckInput = {
  /** 答复说明 */
  answer: string;
  /** 已提出的更正 (已关闭期间的记录有误时) */
  correctionId?: string | number | null | undefined;
  itemId: string | number;
};

/** 有效 / 已吊销 / 已过期 */
export type ApiTokenStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

/** 审计日志筛选: 未填的条件不限 */
export type AuditFilterInput = {
  /** 操作人 (用户账号) */
  actorUserId?: string | number | null | undefined;
  /** 支部 (支部书记只能查本支部) */
  branchId?: string | number | null | undefined;
  /** 对象编号 */
  entityId?: string | null | undefined;
  /** 对象类型, 如 Member */
  entityName?: string | null | undefined;
  /** 自 (含) */
  from?: string | null | undefined;
  /** 操作, 如 member.update */
  operation?: string | null | undefined;
  /** 至 (含) */
  to?: string | null | undefined;
};

export type CalendarDayInput = {
  /** YYYY-MM-DD */
  date: string;
  kind: CalendarDayKind;
  /** 调整原因, 如 "2027 年元旦 (国办发明电〔2026〕X 号)" */
  note: string;
};

/** 放假 / 上班 */
export type CalendarDayKind = 'HOLIDAY' | 'WORKDAY';

/** 预警处置状态 */
export type CaseState = 'CLOSED' | 'INTERVIEWED' | 'OPEN' | 'RECTIFYING';

/** 修改本人密码 */
export type ChangeMyPasswordInput = {
  currentPassword: string;
  /** 8 位以上, 含字母和数字 */
  newPassword: string;
};

export type CloseSpotCheckInput = {
  itemId: string | number;
  /** 关闭意见 */
  note?: string | null | undefined;
};

/** 本人确认 / 代为登记 / 当面确认 */
export type ConfirmationMethod = 'IN_PERSON' | 'ON_BEHALF' | 'SELF';

/** 党员确认状态 */
export type ConfirmationState = 'CONFIRMED' | 'OBJECTED' | 'PENDING' | 'RESOLVED';

/** 更正状态 */
export type CorrectionState = 'APPLIED' | 'OPEN' | 'WITHDRAWN';

/** 新建只读 API 令牌 */
export type CreateApiTokenInput = {
  /** 有效天数, 1–365 */
  expiresInDays: number;
  /** 名称 (用途), 1–60 字 */
  name: string;
  /** 分析员账号; 省略为本人 (管理员可为分析员账号创建) */
  userId?: string | number | null | undefined;
};

/** 新增党员 (含从局外转入): 同时建立自 fromMonth 起的组织关系 */
export type CreateMemberInput = {
  /** 出生日期 YYYY-MM-DD */
  birthDate?: string | null | undefined;
  branchId: string | number;
  /** 在本支部的起始月份 YYYY-MM */
  fromMonth: string;
  /** 转正日期 YYYY-MM-DD (预备党员不填) */
  fullMemberOn?: string | null | undefined;
  /** 性别 */
  gender?: MemberGender | null | undefined;
  groupId?: string | number | null | undefined;
  /** 入党日期 YYYY-MM-DD */
  joinedOn: string;
  name: string;
  /** 联系电话: 11 位手机号或带区号的固定电话 */
  phone?: string | null | undefined;
  /** 职务 */
  position?: string | null | undefined;
  /** 默认正式党员 */
  status?: MemberStatus | null | undefined;
};

/** 新建用户账号 */
export type CreateUserInput = {
  displayName: string;
  loginName: string;
  /** 对应的党员 (如本人是党员) */
  memberId?: string | number | null | undefined;
  /** 首次登录时须修改密码 (默认是) */
  mustChangePassword?: boolean | null | undefined;
  /** 初始密码: 8 位以上, 含字母和数字 */
  password: string;
};

/** 依据: 周末规则 / 国务院节假日安排 / 机关党委调整 */
export type DaySource = 'AMENDMENT' | 'STATUTORY' | 'WEEKLY';

export type DeadlineInput = {
  days: number;
  key: DeadlineKey;
};

/** 待办期限 (工作日) */
export type DeadlineKey =
  | 'ANNUAL_APPROVAL'
  | 'BRANCH_ITEM_APPROVAL'
  | 'CONFIRMATION'
  | 'DECLARATION_DECISION'
  | 'DISPUTE_DECISION'
  | 'INTERVIEW'
  | 'MONTH_RECORDING'
  | 'OBJECTION_DECISION'
  | 'QUARTER_PUBLISH'
  | 'QUARTER_SIGN'
  | 'QUARTER_START'
  | 'SPOT_CHECK_ANSWER'
  | 'SPOT_CHECK_CLOSE';

/** 记分员采纳或不采纳申报 */
export type DecideDeclarationInput = {
  accept: boolean;
  expectedVersion: number;
  id: string | number;
  /** 采纳的分值 (空: 申报分值) */
  points?: string | null | undefined;
  /** 理由 */
  reason: string;
};

export type DeclarationFilter = {
  branchId?: string | number | null | undefined;
  memberId?: string | number | null | undefined;
  status?: DeclarationStatus | null | undefined;
  year: number;
};

/** 已申报 / 已采纳 / 未采纳 / 有异议 / 维持原决定 / 改变原决定 */
export type DeclarationStatus =
  'ACCEPTED' | 'DISPUTED' | 'OVERTURNED' | 'REJECTED' | 'SUBMITTED' | 'UPHELD';

/** 党员对记分员的决定提出异议 */
export type DisputeDeclarationInput = {
  expectedVersion: number;
  id: string | number;
  reason: string;
};

export type DrawSpotCheckInput = {
  /** 起始月份 YYYY-MM */
  fromMonth: string;
  /** 抽样种子; 不填则随机生成并保存 */
  seed?: string | null | undefined;
  /** 抽样比例, 0–1 (与数量二选一) */
  share?: number | null | undefined;
  /** 抽样数量 (与比例二选一) */
  size?: number | null | undefined;
  /** 抽查名称 */
  title: string;
  /** 截止月份 YYYY-MM (同一年度) */
  toMonth: string;
};

export type EvaluationGradeInput = {
  /** 方案中的等次代码, 如 excellent / qualified */
  grade: string;
  memberId: string | number;
  note?: string | null | undefined;
};

/** 待核查 / 核查无误 / 待支部答复 / 待机关党委关闭 / 已关闭 */
export type FindingState = 'ANSWERED' | 'CLOSED' | 'CONFIRMED' | 'FOLLOW_UP' | 'PENDING';

/** 民主评议 / 预备党员日常表现 */
export type GradeBasis = 'DAILY_PERFORMANCE' | 'DEMOCRATIC_EVALUATION';

/** 分配角色: 局级角色不填支部, 支部角色必须填支部 */
export type GrantRoleInput = {
  branchId?: string | number | null | undefined;
  role: Role;
  userId: string | number;
};

export type InterviewInput = {
  caseId: string | number;
  causes: string;
  /** YYYY-MM-DD */
  interviewedOn: string;
  record: string;
};

/** 考核表记录方式: 签到 / 数值 / 缴纳状态 / 违反次数 / 个人申报 */
export type LedgerCellKind = 'attendance' | 'breach' | 'declaration' | 'duty' | 'quota';

/** 试算说明的一行与现行方案相比: 相同、分值变化、草稿新增、草稿没有 */
export type LineChange =
  /** 仅草稿有 */
  | 'ADDED'
  /** 分值或说明变化 */
  | 'CHANGED'
  /** 仅现行方案有 */
  | 'REMOVED'
  /** 相同 */
  | 'SAME';

export type MeasureDoneInput = {
  doneOn: string;
  measureId: string | number;
  note: string;
};

export type MeasureInput = {
  /** YYYY-MM-DD */
  deadline: string;
  description: string;
};

/** 性别: 男 / 女 */
export type MemberGender = 'FEMALE' | 'MALE';

/** 正式党员 / 预备党员 */
export type MemberStatus = 'FULL' | 'PROBATIONARY';

export type NoticeObjectionInput = {
  content: string;
  /** 对谁的结果有异议 */
  memberId: string | number;
  publicationId: string | number;
};

/** 公示状态 */
export type NoticeState = 'CLOSED' | 'OPEN';

export type ObjectionDecisionInput = {
  decision: string;
  objectionId: string | number;
  /** true 异议成立 (将开启更正), false 异议不成立 */
  uphold: boolean;
};

/** 公示异议状态 */
export type ObjectionState = 'DISMISSED' | 'RAISED' | 'UPHELD';

/** 年度得分所在区间 */
export type OutcomeBand =
  'INCENTIVE' | 'NONE' | 'PRIORITY_CANDIDATE' | 'RED_WARNING' | 'YELLOW_WARNING';

/** 待审批 / 已批准 / 未批准 */
export type ProposalStatus = 'APPROVED' | 'PROPOSED' | 'REJECTED';

/** 季度 / 年度公示 */
export type PublicationKind = 'QUARTER' | 'YEAR';

export type QuarterKeyInput = {
  branchId: string | number;
  /** 1–4 */
  quarter: number;
  year: number;
};

/** 党员核对确认 (或提出异议) */
export type QuarterRecordResponseInput = {
  /** true 确认, false 提出异议 */
  agree: boolean;
  assessmentId: string | number;
  /** 本人; 考评小组可代为登记党员当面确认的结果 */
  memberId: string | number;
  objection?: string | null | undefined;
};

/** 季度考评状态 */
export type QuarterState = 'CLOSED' | 'OPEN' | 'PUBLISHED' | 'SIGNED' | 'UNDER_REVIEW';

/** 转正: 预备党员转为正式党员 */
export type RecordFullMembershipInput = {
  /** 转正日期 YYYY-MM-DD: 不早于入党日期, 不晚于今天 */
  date: string;
  memberId: string | number;
};

/** 转出本局: lastMonth 为在本支部的最后一个月 */
export type RecordMemberLeavingInput = {
  /** YYYY-MM */
  lastMonth: string;
  memberId: string | number;
};

/** 记录支部举办的一次活动及签到 */
export type RecordSessionInput = {
  /** 签到的党员 */
  attendeeIds: Array<string | number>;
  branchId: string | number;
  /** YYYY-MM-DD */
  date: string;
  /** 签到表 (先上传佐证材料) */
  evidenceId?: string | number | null | undefined;
  /** 按次计分的项目编码, e.g. party-lecture */
  itemCode: string;
  topic: string;
};

/** 重置密码: 服务端生成一次性密码, 解除锁定并结束该用户所有会话; 用户下次登录须修改 */
export type ResetUserPasswordInput = {
  id: string | number;
};

/** 支部委员会对异议作出决定 */
export type ResolveDeclarationDisputeInput = {
  expectedVersion: number;
  id: string | number;
  /** 改为采纳时的分值 (空: 申报分值) */
  points?: string | null | undefined;
  reason: string;
  /** true: 维持记分员的决定; false: 改变 */
  upheld: boolean;
};

/** 角色 */
export type Role =
  | 'ANALYST'
  | 'BRANCH_COMMITTEE'
  | 'COMMITTEE_ADMIN'
  | 'GROUP_LEADER'
  | 'MEMBER'
  | 'SCOREKEEPER'
  | 'SECRETARY';

/** 名册导入: Excel (.xlsx) 文件内容的 base64 */
export type RosterImportInput = {
  /** “所在支部”为空的行归入此支部 */
  branchId?: string | number | null | undefined;
  fileBase64: string;
  /** 新增党员在本支部的起始月份 YYYY-MM; 默认本月 */
  fromMonth?: string | null | undefined;
};

/** 新增 / 修改 / 不变 */
export type RosterRowAction = 'CREATE' | 'UNCHANGED' | 'UPDATE';

/** 方案编辑器的输入方式: 数值 / 文字 / 开关 / 定额目标 (当月天数或固定数) */
export type RuleFieldInput = 'boolean' | 'decimal' | 'target' | 'text';

/** 计分规则类型 (积分计算包中登记) */
export type RuleKind =
  | 'attendance'
  | 'conduct'
  | 'declaration'
  | 'monthlyDuty'
  | 'monthlyQuota'
  | 'quarterlySession'
  | 'violation';

export type SaveMonthlySheetInput = {
  branchId: string | number;
  cells: Array<SheetCellInput>;
  /** 客户端生成的唯一键: 重试同一次保存只生效一次 */
  idempotencyKey: string;
  /** YYYY-MM */
  month: string;
};

/** 试算所用的方案: 已保存的方案 (schemeId) 或未保存的定义 (definition), 二选一 */
export type SchemeDraftInput = {
  /** 编辑器中尚未保存的方案定义 */
  definition?: unknown;
  schemeId?: string | number | null | undefined;
};

/** 新方案的来源: 2021 年默认方案或上一年度方案 */
export type SchemeSource = 'DEFAULT_2021' | 'PREVIOUS_YEAR';

/** 草稿 / 已发布 / 已被新版本取代 */
export type SchemeStatus = 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED';

export type ScoreListFilter = {
  branchId?: string | number | null | undefined;
  groupId?: string | number | null | undefined;
  /** 仅全年: 已审定年度按结果区间, 暂定年度按预计区间 (行的 provisional 与 projectionBand 说明是哪一种) */
  outcome?: OutcomeBand | null | undefined;
  /** 1–4; 空: 全年 */
  quarter?: number | null | undefined;
  year: number;
};

/** 应用的页面 */
export type Screen =
  | 'ANALYTICS'
  | 'ANNUAL_APPROVAL'
  | 'ANNUAL_EVALUATION'
  | 'AUDIT'
  | 'CALENDAR'
  | 'CONFIRM'
  | 'DECLARATIONS_INBOX'
  | 'DECLARE'
  | 'LEDGER'
  | 'MY_SCORES'
  | 'OVERVIEW'
  | 'QUARTERLY_REVIEW'
  | 'ROSTER'
  | 'SCHEME'
  | 'SESSIONS'
  | 'SPECIAL_ITEMS'
  | 'SPOT_CHECK'
  | 'SPOT_CHECK_FOLLOW_UPS'
  | 'TASK_SETTINGS'
  | 'USERS'
  | 'WARNINGS';

export type SheetCellInput = {
  /** 读取时的 version (无记录为 0) */
  expectedVersion: number;
  itemCode: string;
  memberId: string | number;
  /** 违反记录: 支部委员会的决定 */
  note?: string | null | undefined;
  /** 按次计分项目: 活动编号 */
  sessionId?: string | number | null | undefined;
  /** 空: 清除该格 */
  value?: string | null | undefined;
};

export type SheetImportInput = {
  branchId: string | number;
  /** 导出后填写的考核表 (.xlsx), base64 */
  contentBase64: string;
  /** 导入时必填: 重试只生效一次 */
  idempotencyKey?: string | null | undefined;
  /** YYYY-MM */
  month: string;
};

export type SpotCheckFindingInput = {
  /** true: 发现问题, 转支部答复; false: 核查无误 */
  discrepancy: boolean;
  itemId: string | number;
  /** 发现的问题 (有问题时必填) */
  note?: string | null | undefined;
};

/** 定额记录 / 党费记录 / 违纪违规记录 / 支部活动及签到表 / 已采纳的个人申报 */
export type SpotCheckItemKind =
  'DECLARATION' | 'DUTY_ENTRY' | 'QUOTA_ENTRY' | 'SESSION' | 'VIOLATION';

/** 统计范围; 支部只能是当前账号可查看的支部 */
export type StatisticsFilter = {
  /** 空: 可查看的全部支部 */
  branchIds?: Array<string | number> | null | undefined;
  groupIds?: Array<string | number> | null | undefined;
  /** 党员类别 (当前) */
  memberStatuses?: Array<MemberStatus> | null | undefined;
  /** 1–12 (月度只有基础分) */
  month?: number | null | undefined;
  /** 1–4 */
  quarter?: number | null | undefined;
  year: number;
};

/** 个人申报特色分项目 */
export type SubmitDeclarationInput = {
  /** 申报内容 */
  description: string;
  /** 佐证材料 (先上传) */
  evidenceId: string | number;
  /** 特色分项目编码 */
  itemCode: string;
  /** 记分员代为登记时填写; 本人申报时留空 */
  memberId?: string | number | null | undefined;
  /** YYYY-MM */
  month: string;
  /** 申报分值 (空: 按项目单位分值) */
  points?: string | null | undefined;
};

/** 待办种类 */
export type TaskKind =
  | 'ANNUAL_RESULTS_TO_APPROVE'
  | 'BRANCH_ITEMS_TO_APPROVE'
  | 'BRANCH_OVERDUE_STEPS'
  | 'CONFIRMATIONS_OUTSTANDING'
  | 'CONFIRMATIONS_TO_GIVE'
  | 'DECLARATIONS_TO_DECIDE'
  | 'DISPUTES_TO_DECIDE'
  | 'MONTHS_TO_RECORD'
  | 'OBJECTIONS_TO_DECIDE'
  | 'OBJECTION_WINDOWS'
  | 'QUARTERS_TO_PUBLISH'
  | 'QUARTERS_TO_SIGN'
  | 'QUARTERS_TO_START'
  | 'SPOT_CHECK_ANSWERS'
  | 'SPOT_CHECK_FINDINGS'
  | 'WARNING_CASES_DUE';

export type TaskSettingsInput = {
  deadlines?: Array<DeadlineInput> | null | undefined;
  webhookEnabled?: boolean | null | undefined;
  /** 推送地址 (http/https); 空字符串为清除 */
  webhookUrl?: string | null | undefined;
};

/** 组织关系转接 (局内): month 起属于转入支部, 之前的月份仍属原支部 */
export type TransferMemberInput = {
  memberId: string | number;
  /** 在转入支部的第一个月 YYYY-MM */
  month: string;
  toBranchId: string | number;
  /** 转入支部的党小组 */
  toGroupId?: string | number | null | undefined;
};

/** 修改党员信息: 未提供的字段保持不变, 显式 null 清空; 调整支部请用 transferMember */
export type UpdateMemberInput = {
  /** 出生日期 YYYY-MM-DD */
  birthDate?: string | null | undefined;
  fullMemberOn?: string | null | undefined;
  /** 性别 */
  gender?: MemberGender | null | undefined;
  groupId?: string | number | null | undefined;
  id: string | number;
  joinedOn?: string | null | undefined;
  name?: string | null | undefined;
  /** 联系电话: 11 位手机号或带区号的固定电话 */
  phone?: string | null | undefined;
  position?: string | null | undefined;
  status?: MemberStatus | null | undefined;
};

export type UpdateSessionInput = {
  /** 同月内的日期 YYYY-MM-DD */
  date?: string | null | undefined;
  evidenceId?: string | number | null | undefined;
  expectedVersion: number;
  id: string | number;
  topic?: string | null | undefined;
};

/** 修改用户账号: 未提供的字段保持不变; 停用后其会话立即失效 */
export type UpdateUserInput = {
  disabled?: boolean | null | undefined;
  displayName?: string | null | undefined;
  id: string | number;
  memberId?: string | number | null | undefined;
};

export type UploadEvidenceInput = {
  branchId: string | number;
  /** 文件内容, base64, 至多 3 MB */
  contentBase64: string;
  fileName: string;
  /** image/jpeg, image/png, application/pdf … */
  mimeType: string;
};

/** 当前账号可进行的操作 */
export type ViewerAction = 'RECORD_SESSION';

/** 黄色 / 红色预警 */
export type WarningLevel = 'RED' | 'YELLOW';

/** 已完成 / 当前 / 被退回 / 未到 */
export type WorkflowStepStatus = 'CURRENT' | 'DONE' | 'SETBACK' | 'WAITING';

export type ViewerFieldsFragment = {
  userId: string;
  bureauId: string;
  bureauName: string;
  displayName: string;
  memberId: string | null;
  mustChangePassword: boolean;
  today: string;
  roles: Array<{ role: Role; branchId: string | null }>;
  screens: Array<{
    screen: Screen;
    branchScoped: boolean;
    allBranches: boolean;
    branchIds: Array<string>;
  }>;
  actions: Array<{ action: ViewerAction; allBranches: boolean; branchIds: Array<string> }>;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    userId: string;
    bureauId: string;
    bureauName: string;
    displayName: string;
    memberId: string | null;
    mustChangePassword: boolean;
    today: string;
    roles: Array<{ role: Role; branchId: string | null }>;
    screens: Array<{
      screen: Screen;
      branchScoped: boolean;
      allBranches: boolean;
      branchIds: Array<string>;
    }>;
    actions: Array<{ action: ViewerAction; allBranches: boolean; branchIds: Array<string> }>;
  } | null;
};

export type BranchesQueryVariables = Exact<{ [key: string]: never }>;

export type BranchesQuery = {
  branches: Array<{ id: string; name: string; code: string; sortOrder: number }>;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type MyTasksQueryVariables = Exact<{ [key: string]: never }>;

export type MyTasksQuery = {
  myTasks: {
    total: number;
    overdue: number;
    today: string;
    tasks: Array<{
      kind: TaskKind;
      role: Role;
      branchId: string | null;
      branchName: string | null;
      labelZh: string;
      labelEn: string;
      count: number;
      overdueCount: number;
      dueOn: string | null;
      overdue: boolean;
      link: string;
      menuKey: string;
      items: Array<{
        ref: string;
        labelZh: string;
        labelEn: string;
        dueOn: string | null;
        overdue: boolean;
        link: string;
      }>;
    }>;
  };
};

export type MyNotificationsQueryVariables = Exact<{ [key: string]: never }>;

export type MyNotificationsQuery = {
  myNotifications: {
    unread: number;
    items: Array<{
      id: string;
      kind: TaskKind;
      labelZh: string;
      labelEn: string;
      dueOn: string | null;
      overdue: boolean;
      link: string;
      createdAt: string;
      readAt: string | null;
    }>;
  };
};

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type DeclarationFieldsFragment = {
  id: string;
  branchId: string;
  memberId: string;
  month: string;
  itemCode: string;
  description: string;
  declaredPoints: string | null;
  countedPoints: string | null;
  evidenceId: string | null;
  status: DeclarationStatus;
  statusLabel: string;
  availableActions: Array<string>;
  scorekeeperAccepted: boolean | null;
  lastReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  member: { id: string; name: string } | null;
  events: Array<{
    id: string;
    step: DeclarationStatus;
    stepLabel: string;
    at: string;
    actorRole: string | null;
    actorName: string | null;
    reason: string | null;
    points: string | null;
  }>;
};

export type UploadEvidenceMutationVariables = Exact<{
  input: UploadEvidenceInput;
}>;

export type UploadEvidenceMutation = {
  uploadEvidence: { id: string; fileName: string; mimeType: string; size: number };
};

export type PublicationFieldsFragment = {
  id: string;
  branchId: string;
  kind: PublicationKind;
  year: number;
  quarter: number;
  number: number;
  publishedOn: string;
  publishedAt: string;
  firstCountedDay: string;
  noticeEndsOn: string;
  noticeState: NoticeState;
  availableActions: Array<string>;
  provisionalYears: Array<number>;
  note: string | null;
  rows: Array<{
    memberId: string;
    name: string;
    total: string;
    base: string;
    special: string;
    evaluation: string | null;
    grade: string | null;
    band: string | null;
    revision: number;
  }>;
  objections: Array<{
    id: string;
    memberId: string;
    content: string;
    state: ObjectionState;
    stateLabel: string;
    decision: string | null;
    raisedAt: string;
    decidedAt: string | null;
  }>;
};

export type RaiseNoticeObjectionMutationVariables = Exact<{
  input: NoticeObjectionInput;
}>;

export type RaiseNoticeObjectionMutation = {
  raiseNoticeObjection: { id: string; state: ObjectionState };
};

export type DecideNoticeObjectionMutationVariables = Exact<{
  input: ObjectionDecisionInput;
}>;

export type DecideNoticeObjectionMutation = {
  decideNoticeObjection: {
    id: string;
    state: ObjectionState;
    decision: string | null;
    decidedAt: string | null;
  };
};

export type NoticeTermsQueryVariables = Exact<{
  publishedOn: string;
}>;

export type NoticeTermsQuery = { noticeWindow: { endsOn: string; workingDays: number } };

export type OutcomeBandsQueryVariables = Exact<{ [key: string]: never }>;

export type OutcomeBandsQuery = {
  outcomeBands: Array<{ band: OutcomeBand; code: string; labelZh: string; labelEn: string }>;
};

export type YearSchemesQueryVariables = Exact<{
  year: number;
}>;

export type YearSchemesQuery = {
  schemes: Array<{
    id: string;
    year: number;
    version: number;
    status: SchemeStatus;
    effectiveFromMonth: string;
    definition: unknown;
  }>;
};

export type ChangeMyPasswordMutationVariables = Exact<{
  input: ChangeMyPasswordInput;
}>;

export type ChangeMyPasswordMutation = { changeMyPassword: boolean };

export type ApiTokenOwnersQueryVariables = Exact<{ [key: string]: never }>;

export type ApiTokenOwnersQuery = {
  apiTokenOwners: Array<{ id: string; loginName: string; displayName: string }>;
};

export type ApiTokensQueryVariables = Exact<{
  userId?: string | number | null | undefined;
}>;

export type ApiTokensQuery = {
  apiTokens: Array<{
    id: string;
    name: string;
    prefix: string;
    status: ApiTokenStatus;
    statusLabel: string;
    createdAt: string;
    expiresAt: string;
    revokedAt: string | null;
  }>;
};

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;

export type CreateApiTokenMutation = {
  createApiToken: { token: string; apiToken: { id: string } };
};

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeApiTokenMutation = {
  revokeApiToken: {
    id: string;
    status: ApiTokenStatus;
    statusLabel: string;
    revokedAt: string | null;
  };
};

export type ScoreRankingQueryVariables = Exact<{
  filter: ScoreListFilter;
  first: number;
  after?: string | null | undefined;
}>;

export type ScoreRankingQuery = {
  scoreList: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        memberId: string;
        year: number;
        period: string;
        total: string;
        base: string;
        special: string;
        evaluation: string | null;
        outcomeBand: string | null;
        projectionBand: string | null;
        provisional: boolean;
        schemeVersion: number;
        asOf: string;
        member: {
          id: string;
          name: string;
          status: MemberStatus;
          group: { id: string; name: string } | null;
        } | null;
        branch: { id: string; name: string } | null;
      };
    }>;
  };
};

export type RankingGroupsQueryVariables = Exact<{
  branchId?: string | number | null | undefined;
}>;

export type RankingGroupsQuery = {
  partyGroups: Array<{ id: string; name: string; branchId: string }>;
};

export type AnnualResultsExportQueryVariables = Exact<{
  year: number;
  branchId?: string | number | null | undefined;
}>;

export type AnnualResultsExportQuery = {
  annualResultsExport: {
    fileName: string;
    mimeType: string;
    contentBase64: string;
    rowCount: number;
  };
};

export type AnalyticsBranchStatisticsQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;

export type AnalyticsBranchStatisticsQuery = {
  scoreStatistics: {
    minGroupSize: number;
    groups: Array<{
      suppressed: boolean;
      memberCount: number | null;
      key: { branchId: string | null; branchName: string | null };
      total: {
        mean: string | null;
        median: string | null;
        min: string | null;
        max: string | null;
      } | null;
      base: { mean: string | null } | null;
      special: { mean: string | null } | null;
      evaluation: { mean: string | null } | null;
      categories: Array<{
        code: string;
        nameZh: string;
        nameEn: string;
        score: { mean: string | null };
      }>;
      bands: Array<{ band: string; labelZh: string; labelEn: string; count: number }>;
    }>;
  };
};

export type AnnualBranchStatisticsQueryVariables = Exact<{
  year: number;
}>;

export type AnnualBranchStatisticsQuery = {
  scoreStatistics: {
    minGroupSize: number;
    groups: Array<{
      suppressed: boolean;
      memberCount: number | null;
      key: { branchId: string | null };
      total: { mean: string | null } | null;
      bands: Array<{ band: string; count: number }>;
    }>;
  };
};

export type AnnualFieldsFragment = {
  id: string;
  year: number;
  branchId: string;
  state: AnnualState;
  stateLabel: string;
  availableActions: Array<string>;
  revision: number;
  reviewedAt: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  publishedAt: string | null;
  noticeEndsOn: string | null;
  workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
  grades: Array<{
    id: string;
    memberId: string;
    grade: string;
    basis: GradeBasis;
    note: string | null;
  }>;
  scores: Array<{
    memberId: string;
    total: string;
    base: string;
    special: string;
    evaluation: string | null;
    grade: string | null;
    band: string | null;
    frozen: boolean;
    revision: number | null;
  }>;
  steps: Array<{
    id: string;
    kind: AnnualStepKind;
    kindLabel: string;
    at: string;
    reason: string | null;
  }>;
  publications: Array<{
    id: string;
    branchId: string;
    kind: PublicationKind;
    year: number;
    quarter: number;
    number: number;
    publishedOn: string;
    publishedAt: string;
    firstCountedDay: string;
    noticeEndsOn: string;
    noticeState: NoticeState;
    availableActions: Array<string>;
    provisionalYears: Array<number>;
    note: string | null;
    rows: Array<{
      memberId: string;
      name: string;
      total: string;
      base: string;
      special: string;
      evaluation: string | null;
      grade: string | null;
      band: string | null;
      revision: number;
    }>;
    objections: Array<{
      id: string;
      memberId: string;
      content: string;
      state: ObjectionState;
      stateLabel: string;
      decision: string | null;
      raisedAt: string;
      decidedAt: string | null;
    }>;
  }>;
};

export type AnnualAssessmentsQueryVariables = Exact<{
  year: number;
  branchId?: string | number | null | undefined;
}>;

export type AnnualAssessmentsQuery = {
  annualAssessments: Array<{
    id: string;
    year: number;
    branchId: string;
    state: AnnualState;
    stateLabel: string;
    availableActions: Array<string>;
    revision: number;
    reviewedAt: string | null;
    submittedAt: string | null;
    approvedAt: string | null;
    publishedAt: string | null;
    noticeEndsOn: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    grades: Array<{
      id: string;
      memberId: string;
      grade: string;
      basis: GradeBasis;
      note: string | null;
    }>;
    scores: Array<{
      memberId: string;
      total: string;
      base: string;
      special: string;
      evaluation: string | null;
      grade: string | null;
      band: string | null;
      frozen: boolean;
      revision: number | null;
    }>;
    steps: Array<{
      id: string;
      kind: AnnualStepKind;
      kindLabel: string;
      at: string;
      reason: string | null;
    }>;
    publications: Array<{
      id: string;
      branchId: string;
      kind: PublicationKind;
      year: number;
      quarter: number;
      number: number;
      publishedOn: string;
      publishedAt: string;
      firstCountedDay: string;
      noticeEndsOn: string;
      noticeState: NoticeState;
      availableActions: Array<string>;
      provisionalYears: Array<number>;
      note: string | null;
      rows: Array<{
        memberId: string;
        name: string;
        total: string;
        base: string;
        special: string;
        evaluation: string | null;
        grade: string | null;
        band: string | null;
        revision: number;
      }>;
      objections: Array<{
        id: string;
        memberId: string;
        content: string;
        state: ObjectionState;
        stateLabel: string;
        decision: string | null;
        raisedAt: string;
        decidedAt: string | null;
      }>;
    }>;
  }>;
};

export type AnnualStartActionsQueryVariables = Exact<{
  branchId: string | number;
  year: number;
}>;

export type AnnualStartActionsQuery = { annualStartActions: Array<string> };

export type AnnualMembersQueryVariables = Exact<{
  branchId?: string | number | null | undefined;
}>;

export type AnnualMembersQuery = {
  members: Array<{ id: string; name: string; status: MemberStatus; branchId: string }>;
};

export type StartAnnualEvaluationMutationVariables = Exact<{
  branchId: string | number;
  year: number;
}>;

export type StartAnnualEvaluationMutation = {
  startAnnualEvaluation: {
    id: string;
    year: number;
    branchId: string;
    state: AnnualState;
    stateLabel: string;
    availableActions: Array<string>;
    revision: number;
    reviewedAt: string | null;
    submittedAt: string | null;
    approvedAt: string | null;
    publishedAt: string | null;
    noticeEndsOn: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    grades: Array<{
      id: string;
      memberId: string;
      grade: string;
      basis: GradeBasis;
      note: string | null;
    }>;
    scores: Array<{
      memberId: string;
      total: string;
      base: string;
      special: string;
      evaluation: string | null;
      grade: string | null;
      band: string | null;
      frozen: boolean;
      revision: number | null;
    }>;
    steps: Array<{
      id: string;
      kind: AnnualStepKind;
      kindLabel: string;
      at: string;
      reason: string | null;
    }>;
    publications: Array<{
      id: string;
      branchId: string;
      kind: PublicationKind;
      year: number;
      quarter: number;
      number: number;
      publishedOn: string;
      publishedAt: string;
      firstCountedDay: string;
      noticeEndsOn: string;
      noticeState: NoticeState;
      availableActions: Array<string>;
      provisionalYears: Array<number>;
      note: string | null;
      rows: Array<{
        memberId: string;
        name: string;
        total: string;
        base: string;
        special: string;
        evaluation: string | null;
        grade: string | null;
        band: string | null;
        revision: number;
      }>;
      objections: Array<{
        id: string;
        memberId: string;
        content: string;
        state: ObjectionState;
        stateLabel: string;
        decision: string | null;
        raisedAt: string;
        decidedAt: string | null;
      }>;
    }>;
  };
};

export type RecordEvaluationGradesMutationVariables = Exact<{
  assessmentId: string | number;
  grades: Array<EvaluationGradeInput> | EvaluationGradeInput;
}>;

export type RecordEvaluationGradesMutation = {
  recordEvaluationGrades: Array<{ id: string; memberId: string; grade: string }>;
};

export type CompleteAnnualReviewMutationVariables = Exact<{
  assessmentId: string | number;
  note?: string | null | undefined;
}>;

export type CompleteAnnualReviewMutation = {
  completeAnnualReview: {
    id: string;
    year: number;
    branchId: string;
    state: AnnualState;
    stateLabel: string;
    availableActions: Array<string>;
    revision: number;
    reviewedAt: string | null;
    submittedAt: string | null;
    approvedAt: string | null;
    publishedAt: string | null;
    noticeEndsOn: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    grades: Array<{
      id: string;
      memberId: string;
      grade: string;
      basis: GradeBasis;
      note: string | null;
    }>;
    scores: Array<{
      memberId: string;
      total: string;
      base: string;
      special: string;
      evaluation: string | null;
      grade: string | null;
      band: string | null;
      frozen: boolean;
      revision: number | null;
    }>;
    steps: Array<{
      id: string;
      kind: AnnualStepKind;
      kindLabel: string;
      at: string;
      reason: string | null;
    }>;
    publications: Array<{
      id: string;
      branchId: string;
      kind: PublicationKind;
      year: number;
      quarter: number;
      number: number;
      publishedOn: string;
      publishedAt: string;
      firstCountedDay: string;
      noticeEndsOn: string;
      noticeState: NoticeState;
      availableActions: Array<string>;
      provisionalYears: Array<number>;
      note: string | null;
      rows: Array<{
        memberId: string;
        name: string;
        total: string;
        base: string;
        special: string;
        evaluation: string | null;
        grade: string | null;
        band: string | null;
        revision: number;
      }>;
      objections: Array<{
        id: string;
        memberId: string;
        content: string;
        state: ObjectionState;
        stateLabel: string;
        decision: string | null;
        raisedAt: string;
        decidedAt: string | null;
      }>;
    }>;
  };
};

export type ReviseYearMutationVariables = Exact<{
  assessmentId: string | number;
  reason: string;
}>;

export type ReviseYearMutation = {
  reviseYear: {
    id: string;
    year: number;
    branchId: string;
    state: AnnualState;
    stateLabel: string;
    availableActions: Array<string>;
    revision: number;
    reviewedAt: string | null;
    submittedAt: string | null;
    approvedAt: string | null;
    publishedAt: string | null;
    noticeEndsOn: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    grades: Array<{
      id: string;
      memberId: string;
      grade: string;
      basis: GradeBasis;
      note: string | null;
    }>;
    scores: Array<{
      memberId: string;
      total: string;
      base: string;
      special: string;
      evaluation: string | null;
      grade: string | null;
      band: string | null;
      frozen: boolean;
      revision: number | null;
    }>;
    steps: Array<{
      id: string;
      kind: AnnualStepKind;
      kindLabel: string;
      at: string;
      reason: string | null;
    }>;
    publications: Array<{
      id: string;
      branchId: string;
      kind: PublicationKind;
      year: number;
      quarter: number;
      number: number;
      publishedOn: string;
      publishedAt: string;
      firstCountedDay: string;
      noticeEndsOn: string;
      noticeState: NoticeState;
      availableActions: Array<string>;
      provisionalYears: Array<number>;
      note: string | null;
      rows: Array<{
        memberId: string;
        name: string;
        total: string;
        base: string;
        special: string;
        evaluation: string | null;
        grade: string | null;
        band: string | null;
        revision: number;
      }>;
      objections: Array<{
        id: string;
        memberId: string;
        content: string;
        state: ObjectionState;
        stateLabel: string;
        decision: string | null;
        raisedAt: string;
        decidedAt: string | null;
      }>;
    }>;
  };
};

export type SubmitYearMutationVariables = Exact<{
  assessmentId: string | number;
}>;

export type SubmitYearMutation = {
  submitYear: {
    id: string;
    year: number;
    branchId: string;
    state: AnnualState;
    stateLabel: string;
    availableActions: Array<string>;
    revision: number;
    reviewedAt: string | null;
    submittedAt: string | null;
    approvedAt: string | null;
    publishedAt: string | null;
    noticeEndsOn: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    grades: Array<{
      id: string;
      memberId: string;
      grade: string;
      basis: GradeBasis;
      note: string | null;
    }>;
    scores: Array<{
      memberId: string;
      total: string;
      base: string;
      special: string;
      evaluation: string | null;
      grade: string | null;
      band: string | null;
      frozen: boolean;
      revision: number | null;
    }>;
    steps: Array<{
      id: string;
      kind: AnnualStepKind;
      kindLabel: string;
      at: string;
      reason: string | null;
    }>;
    publications: Array<{
      id: string;
      branchId: string;
      kind: PublicationKind;
      year: number;
      quarter: number;
      number: number;
      publishedOn: string;
      publishedAt: string;
      firstCountedDay: string;
      noticeEndsOn: string;
      noticeState: NoticeState;
      availableActions: Array<string>;
      provisionalYears: Array<number>;
      note: string | null;
      rows: Array<{
        memberId: string;
        name: string;
        total: string;
        base: string;
        special: string;
        evaluation: string | null;
        grade: string | null;
        band: string | null;
        revision: number;
      }>;
      objections: Array<{
        id: string;
        memberId: string;
        content: string;
        state: ObjectionState;
        stateLabel: string;
        decision: string | null;
        raisedAt: string;
        decidedAt: string | null;
      }>;
    }>;
  };
};

export type ApproveYearMutationVariables = Exact<{
  assessmentId: string | number;
  comment?: string | null | undefined;
}>;

export type ApproveYearMutation = {
  approveYear: {
    id: string;
    year: number;
    branchId: string;
    state: AnnualState;
    stateLabel: string;
    availableActions: Array<string>;
    revision: number;
    reviewedAt: string | null;
    submittedAt: string | null;
    approvedAt: string | null;
    publishedAt: string | null;
    noticeEndsOn: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    grades: Array<{
      id: string;
      memberId: string;
      grade: string;
      basis: GradeBasis;
      note: string | null;
    }>;
    scores: Array<{
      memberId: string;
      total: string;
      base: string;
      special: string;
      evaluation: string | null;
      grade: string | null;
      band: string | null;
      frozen: boolean;
      revision: number | null;
    }>;
    steps: Array<{
      id: string;
      kind: AnnualStepKind;
      kindLabel: string;
      at: string;
      reason: string | null;
    }>;
    publications: Array<{
      id: string;
      branchId: string;
      kind: PublicationKind;
      year: number;
      quarter: number;
      number: number;
      publishedOn: string;
      publishedAt: string;
      firstCountedDay: string;
      noticeEndsOn: string;
      noticeState: NoticeState;
      availableActions: Array<string>;
      provisionalYears: Array<number>;
      note: string | null;
      rows: Array<{
        memberId: string;
        name: string;
        total: string;
        base: string;
        special: string;
        evaluation: string | null;
        grade: string | null;
        band: string | null;
        revision: number;
      }>;
      objections: Array<{
        id: string;
        memberId: string;
        content: string;
        state: ObjectionState;
        stateLabel: string;
        decision: string | null;
        raisedAt: string;
        decidedAt: string | null;
      }>;
    }>;
  };
};

export type ReturnYearMutationVariables = Exact<{
  assessmentId: string | number;
  reason: string;
}>;

export type ReturnYearMutation = {
  returnYear: {
    id: string;
    year: number;
    branchId: string;
    state: AnnualState;
    stateLabel: string;
    availableActions: Array<string>;
    revision: number;
    reviewedAt: string | null;
    submittedAt: string | null;
    approvedAt: string | null;
    publishedAt: string | null;
    noticeEndsOn: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    grades: Array<{
      id: string;
      memberId: string;
      grade: string;
      basis: GradeBasis;
      note: string | null;
    }>;
    scores: Array<{
      memberId: string;
      total: string;
      base: string;
      special: string;
      evaluation: string | null;
      grade: string | null;
      band: string | null;
      frozen: boolean;
      revision: number | null;
    }>;
    steps: Array<{
      id: string;
      kind: AnnualStepKind;
      kindLabel: string;
      at: string;
      reason: string | null;
    }>;
    publications: Array<{
      id: string;
      branchId: string;
      kind: PublicationKind;
      year: number;
      quarter: number;
      number: number;
      publishedOn: string;
      publishedAt: string;
      firstCountedDay: string;
      noticeEndsOn: string;
      noticeState: NoticeState;
      availableActions: Array<string>;
      provisionalYears: Array<number>;
      note: string | null;
      rows: Array<{
        memberId: string;
        name: string;
        total: string;
        base: string;
        special: string;
        evaluation: string | null;
        grade: string | null;
        band: string | null;
        revision: number;
      }>;
      objections: Array<{
        id: string;
        memberId: string;
        content: string;
        state: ObjectionState;
        stateLabel: string;
        decision: string | null;
        raisedAt: string;
        decidedAt: string | null;
      }>;
    }>;
  };
};

export type PublishYearMutationVariables = Exact<{
  assessmentId: string | number;
}>;

export type PublishYearMutation = {
  publishYear: {
    id: string;
    year: number;
    branchId: string;
    state: AnnualState;
    stateLabel: string;
    availableActions: Array<string>;
    revision: number;
    reviewedAt: string | null;
    submittedAt: string | null;
    approvedAt: string | null;
    publishedAt: string | null;
    noticeEndsOn: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    grades: Array<{
      id: string;
      memberId: string;
      grade: string;
      basis: GradeBasis;
      note: string | null;
    }>;
    scores: Array<{
      memberId: string;
      total: string;
      base: string;
      special: string;
      evaluation: string | null;
      grade: string | null;
      band: string | null;
      frozen: boolean;
      revision: number | null;
    }>;
    steps: Array<{
      id: string;
      kind: AnnualStepKind;
      kindLabel: string;
      at: string;
      reason: string | null;
    }>;
    publications: Array<{
      id: string;
      branchId: string;
      kind: PublicationKind;
      year: number;
      quarter: number;
      number: number;
      publishedOn: string;
      publishedAt: string;
      firstCountedDay: string;
      noticeEndsOn: string;
      noticeState: NoticeState;
      availableActions: Array<string>;
      provisionalYears: Array<number>;
      note: string | null;
      rows: Array<{
        memberId: string;
        name: string;
        total: string;
        base: string;
        special: string;
        evaluation: string | null;
        grade: string | null;
        band: string | null;
        revision: number;
      }>;
      objections: Array<{
        id: string;
        memberId: string;
        content: string;
        state: ObjectionState;
        stateLabel: string;
        decision: string | null;
        raisedAt: string;
        decidedAt: string | null;
      }>;
    }>;
  };
};

export type CommitteeFlagsQueryVariables = Exact<{
  year: number;
}>;

export type CommitteeFlagsQuery = {
  committeeFlags: Array<{ memberId: string; branchId: string; total: string; band: string }>;
};

export type AuditEntriesQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;

export type AuditEntriesQuery = {
  auditEntries: {
    total: number;
    entries: Array<{
      seq: number;
      at: string;
      operation: string;
      operationLabel: string;
      operationLabelEn: string;
      entityName: string;
      entityLabel: string;
      entityLabelEn: string;
      entityId: string | null;
      actorUserId: string | null;
      actorName: string | null;
      role: Role | null;
      branch: { id: string; name: string } | null;
      changes: Array<{
        field: string;
        label: string;
        labelEn: string;
        before: string | null;
        beforeEn: string | null;
        after: string | null;
        afterEn: string | null;
        changed: boolean;
      }>;
    }>;
  };
};

export type AuditFiltersQueryVariables = Exact<{ [key: string]: never }>;

export type AuditFiltersQuery = {
  auditCatalogue: {
    canVerifyChain: boolean;
    operations: Array<{ code: string; label: string; labelEn: string }>;
    entities: Array<{ code: string; label: string; labelEn: string }>;
  };
  branches: Array<{ id: string; name: string }>;
  users: Array<{ id: string; displayName: string; loginName: string }>;
};

export type AuditChainStatusQueryVariables = Exact<{ [key: string]: never }>;

export type AuditChainStatusQuery = {
  auditChainStatus: {
    ok: boolean;
    entries: number;
    brokenAt: number | null;
    reason: string | null;
    reasonEn: string | null;
    checkedAt: string;
  };
};

export type WorkingYearQueryVariables = Exact<{
  from: string;
  to: string;
  year: number;
}>;

export type WorkingYearQuery = {
  workingCalendar: Array<{
    date: string;
    working: boolean;
    source: DaySource;
    name: string | null;
    known: boolean;
  }>;
  calendarAmendments: Array<{
    id: string;
    date: string;
    kind: CalendarDayKind;
    note: string;
    updatedAt: string;
  }>;
};

export type SetCalendarDayMutationVariables = Exact<{
  input: CalendarDayInput;
}>;

export type SetCalendarDayMutation = { setCalendarDay: { id: string } };

export type RemoveCalendarAmendmentMutationVariables = Exact<{
  date: string;
}>;

export type RemoveCalendarAmendmentMutation = { removeCalendarAmendment: boolean };

export type MyQuartersQueryVariables = Exact<{
  year: number;
}>;

export type MyQuartersQuery = {
  quarterAssessments: Array<{
    id: string;
    year: number;
    quarter: number;
    branchId: string;
    state: QuarterState;
    stateLabel: string;
    noticeEndsOn: string | null;
    rows: Array<{
      memberId: string;
      changedSinceConfirmed: boolean;
      confirmationLabel: string;
      confirmation: {
        id: string;
        state: ConfirmationState;
        objection: string | null;
        resolution: string | null;
        respondedAt: string | null;
        resolvedAt: string | null;
      } | null;
      score: {
        total: string;
        base: string;
        special: string;
        frozen: boolean;
        lines: unknown;
      } | null;
    }>;
    publications: Array<{
      id: string;
      branchId: string;
      kind: PublicationKind;
      year: number;
      quarter: number;
      number: number;
      publishedOn: string;
      publishedAt: string;
      firstCountedDay: string;
      noticeEndsOn: string;
      noticeState: NoticeState;
      availableActions: Array<string>;
      provisionalYears: Array<number>;
      note: string | null;
      rows: Array<{
        memberId: string;
        name: string;
        total: string;
        base: string;
        special: string;
        evaluation: string | null;
        grade: string | null;
        band: string | null;
        revision: number;
      }>;
      objections: Array<{
        id: string;
        memberId: string;
        content: string;
        state: ObjectionState;
        stateLabel: string;
        decision: string | null;
        raisedAt: string;
        decidedAt: string | null;
      }>;
    }>;
  }>;
};

export type RespondToQuarterRecordMutationVariables = Exact<{
  input: QuarterRecordResponseInput;
}>;

export type RespondToQuarterRecordMutation = {
  respondToQuarterRecord: {
    id: string;
    state: ConfirmationState;
    objection: string | null;
    respondedAt: string | null;
  };
};

export type BranchDeclarationsQueryVariables = Exact<{
  filter: DeclarationFilter;
}>;

export type BranchDeclarationsQuery = {
  declarations: Array<{
    id: string;
    branchId: string;
    memberId: string;
    month: string;
    itemCode: string;
    description: string;
    declaredPoints: string | null;
    countedPoints: string | null;
    evidenceId: string | null;
    status: DeclarationStatus;
    statusLabel: string;
    availableActions: Array<string>;
    scorekeeperAccepted: boolean | null;
    lastReason: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    member: { id: string; name: string } | null;
    events: Array<{
      id: string;
      step: DeclarationStatus;
      stepLabel: string;
      at: string;
      actorRole: string | null;
      actorName: string | null;
      reason: string | null;
      points: string | null;
    }>;
  }>;
};

export type DecideDeclarationMutationVariables = Exact<{
  input: DecideDeclarationInput;
}>;

export type DecideDeclarationMutation = {
  decideDeclaration: {
    id: string;
    branchId: string;
    memberId: string;
    month: string;
    itemCode: string;
    description: string;
    declaredPoints: string | null;
    countedPoints: string | null;
    evidenceId: string | null;
    status: DeclarationStatus;
    statusLabel: string;
    availableActions: Array<string>;
    scorekeeperAccepted: boolean | null;
    lastReason: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    member: { id: string; name: string } | null;
    events: Array<{
      id: string;
      step: DeclarationStatus;
      stepLabel: string;
      at: string;
      actorRole: string | null;
      actorName: string | null;
      reason: string | null;
      points: string | null;
    }>;
  };
};

export type ResolveDeclarationDisputeMutationVariables = Exact<{
  input: ResolveDeclarationDisputeInput;
}>;

export type ResolveDeclarationDisputeMutation = {
  resolveDeclarationDispute: {
    id: string;
    branchId: string;
    memberId: string;
    month: string;
    itemCode: string;
    description: string;
    declaredPoints: string | null;
    countedPoints: string | null;
    evidenceId: string | null;
    status: DeclarationStatus;
    statusLabel: string;
    availableActions: Array<string>;
    scorekeeperAccepted: boolean | null;
    lastReason: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    member: { id: string; name: string } | null;
    events: Array<{
      id: string;
      step: DeclarationStatus;
      stepLabel: string;
      at: string;
      actorRole: string | null;
      actorName: string | null;
      reason: string | null;
      points: string | null;
    }>;
  };
};

export type MyDeclarationsQueryVariables = Exact<{
  filter: DeclarationFilter;
}>;

export type MyDeclarationsQuery = {
  declarations: Array<{
    id: string;
    branchId: string;
    memberId: string;
    month: string;
    itemCode: string;
    description: string;
    declaredPoints: string | null;
    countedPoints: string | null;
    evidenceId: string | null;
    status: DeclarationStatus;
    statusLabel: string;
    availableActions: Array<string>;
    scorekeeperAccepted: boolean | null;
    lastReason: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    member: { id: string; name: string } | null;
    events: Array<{
      id: string;
      step: DeclarationStatus;
      stepLabel: string;
      at: string;
      actorRole: string | null;
      actorName: string | null;
      reason: string | null;
      points: string | null;
    }>;
  }>;
};

export type SubmitDeclarationMutationVariables = Exact<{
  input: SubmitDeclarationInput;
}>;

export type SubmitDeclarationMutation = {
  submitDeclaration: {
    id: string;
    branchId: string;
    memberId: string;
    month: string;
    itemCode: string;
    description: string;
    declaredPoints: string | null;
    countedPoints: string | null;
    evidenceId: string | null;
    status: DeclarationStatus;
    statusLabel: string;
    availableActions: Array<string>;
    scorekeeperAccepted: boolean | null;
    lastReason: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    member: { id: string; name: string } | null;
    events: Array<{
      id: string;
      step: DeclarationStatus;
      stepLabel: string;
      at: string;
      actorRole: string | null;
      actorName: string | null;
      reason: string | null;
      points: string | null;
    }>;
  };
};

export type DisputeDeclarationMutationVariables = Exact<{
  input: DisputeDeclarationInput;
}>;

export type DisputeDeclarationMutation = {
  disputeDeclaration: {
    id: string;
    branchId: string;
    memberId: string;
    month: string;
    itemCode: string;
    description: string;
    declaredPoints: string | null;
    countedPoints: string | null;
    evidenceId: string | null;
    status: DeclarationStatus;
    statusLabel: string;
    availableActions: Array<string>;
    scorekeeperAccepted: boolean | null;
    lastReason: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    member: { id: string; name: string } | null;
    events: Array<{
      id: string;
      step: DeclarationStatus;
      stepLabel: string;
      at: string;
      actorRole: string | null;
      actorName: string | null;
      reason: string | null;
      points: string | null;
    }>;
  };
};

export type SheetFieldsFragment = {
  branchId: string;
  branchName: string;
  month: string;
  schemeId: string;
  schemeVersion: number;
  closed: boolean;
  closedReason: string | null;
  columns: Array<{
    key: string;
    kind: LedgerCellKind;
    section: string;
    categoryCode: string;
    categoryNameZh: string;
    categoryNameEn: string;
    itemCode: string;
    nameZh: string;
    nameEn: string;
    unitZh: string;
    unitEn: string;
    editable: boolean;
    sessionId: string | null;
    sessionDate: string | null;
    sessionTopic: string | null;
    max: number | null;
  }>;
  categories: Array<{ code: string; nameZh: string; nameEn: string }>;
  rows: Array<{
    memberId: string;
    memberName: string;
    groupId: string | null;
    base: string;
    special: string;
    total: string;
    cells: Array<{ key: string; value: string | null; version: number; recordId: string | null }>;
    categories: Array<{ code: string; score: string }>;
  }>;
  averages: {
    base: string;
    special: string;
    total: string;
    categories: Array<{ code: string; score: string }>;
  };
};

export type MonthlySheetLiveQueryVariables = Exact<{
  branchId: string | number;
  month: string;
  pending: Array<SheetCellInput> | SheetCellInput;
}>;

export type MonthlySheetLiveQuery = {
  monthlySheet: {
    rows: Array<{
      memberId: string;
      base: string;
      special: string;
      total: string;
      categories: Array<{ code: string; score: string }>;
    }>;
    averages: {
      base: string;
      special: string;
      total: string;
      categories: Array<{ code: string; score: string }>;
    };
  };
};

export type MonthlySheetQueryVariables = Exact<{
  branchId: string | number;
  month: string;
}>;

export type MonthlySheetQuery = {
  monthlySheet: {
    branchId: string;
    branchName: string;
    month: string;
    schemeId: string;
    schemeVersion: number;
    closed: boolean;
    closedReason: string | null;
    columns: Array<{
      key: string;
      kind: LedgerCellKind;
      section: string;
      categoryCode: string;
      categoryNameZh: string;
      categoryNameEn: string;
      itemCode: string;
      nameZh: string;
      nameEn: string;
      unitZh: string;
      unitEn: string;
      editable: boolean;
      sessionId: string | null;
      sessionDate: string | null;
      sessionTopic: string | null;
      max: number | null;
    }>;
    categories: Array<{ code: string; nameZh: string; nameEn: string }>;
    rows: Array<{
      memberId: string;
      memberName: string;
      groupId: string | null;
      base: string;
      special: string;
      total: string;
      cells: Array<{ key: string; value: string | null; version: number; recordId: string | null }>;
      categories: Array<{ code: string; score: string }>;
    }>;
    averages: {
      base: string;
      special: string;
      total: string;
      categories: Array<{ code: string; score: string }>;
    };
  };
};

export type SaveMonthlySheetMutationVariables = Exact<{
  input: SaveMonthlySheetInput;
}>;

export type SaveMonthlySheetMutation = {
  saveMonthlySheet: {
    applied: number;
    replayed: boolean;
    sheet: {
      branchId: string;
      branchName: string;
      month: string;
      schemeId: string;
      schemeVersion: number;
      closed: boolean;
      closedReason: string | null;
      columns: Array<{
        key: string;
        kind: LedgerCellKind;
        section: string;
        categoryCode: string;
        categoryNameZh: string;
        categoryNameEn: string;
        itemCode: string;
        nameZh: string;
        nameEn: string;
        unitZh: string;
        unitEn: string;
        editable: boolean;
        sessionId: string | null;
        sessionDate: string | null;
        sessionTopic: string | null;
        max: number | null;
      }>;
      categories: Array<{ code: string; nameZh: string; nameEn: string }>;
      rows: Array<{
        memberId: string;
        memberName: string;
        groupId: string | null;
        base: string;
        special: string;
        total: string;
        cells: Array<{
          key: string;
          value: string | null;
          version: number;
          recordId: string | null;
        }>;
        categories: Array<{ code: string; score: string }>;
      }>;
      averages: {
        base: string;
        special: string;
        total: string;
        categories: Array<{ code: string; score: string }>;
      };
    };
  };
};

export type MonthlySheetExcelQueryVariables = Exact<{
  branchId: string | number;
  month: string;
}>;

export type MonthlySheetExcelQuery = {
  monthlySheetExcel: { fileName: string; mimeType: string; contentBase64: string };
};

export type SheetImportPreviewQueryVariables = Exact<{
  input: SheetImportInput;
}>;

export type SheetImportPreviewQuery = {
  monthlySheetImportPreview: {
    ok: boolean;
    changes: Array<{
      cell: string;
      row: number;
      memberId: string;
      memberName: string;
      itemCode: string;
      sessionId: string | null;
      from: string | null;
      to: string | null;
      expectedVersion: number;
    }>;
    errors: Array<{
      cell: string;
      row: number;
      memberName: string | null;
      itemCode: string | null;
      messageZh: string;
      messageEn: string;
    }>;
  };
};

export type ImportMonthlySheetMutationVariables = Exact<{
  input: SheetImportInput;
}>;

export type ImportMonthlySheetMutation = {
  importMonthlySheet: {
    applied: number;
    replayed: boolean;
    sheet: {
      branchId: string;
      branchName: string;
      month: string;
      schemeId: string;
      schemeVersion: number;
      closed: boolean;
      closedReason: string | null;
      columns: Array<{
        key: string;
        kind: LedgerCellKind;
        section: string;
        categoryCode: string;
        categoryNameZh: string;
        categoryNameEn: string;
        itemCode: string;
        nameZh: string;
        nameEn: string;
        unitZh: string;
        unitEn: string;
        editable: boolean;
        sessionId: string | null;
        sessionDate: string | null;
        sessionTopic: string | null;
        max: number | null;
      }>;
      categories: Array<{ code: string; nameZh: string; nameEn: string }>;
      rows: Array<{
        memberId: string;
        memberName: string;
        groupId: string | null;
        base: string;
        special: string;
        total: string;
        cells: Array<{
          key: string;
          value: string | null;
          version: number;
          recordId: string | null;
        }>;
        categories: Array<{ code: string; score: string }>;
      }>;
      averages: {
        base: string;
        special: string;
        total: string;
        categories: Array<{ code: string; score: string }>;
      };
    };
  };
};

export type RecordedMonthsQueryVariables = Exact<{
  branchId: string | number;
  year: number;
}>;

export type RecordedMonthsQuery = {
  recordedMonths: {
    branchId: string;
    year: number;
    recordedThrough: string | null;
    months: Array<{
      month: string;
      recorded: boolean;
      closed: boolean;
      availableActions: Array<string>;
    }>;
  };
};

export type MarkMonthRecordedMutationVariables = Exact<{
  branchId: string | number;
  month: string;
}>;

export type MarkMonthRecordedMutation = {
  markMonthRecorded: {
    branchId: string;
    year: number;
    recordedThrough: string | null;
    months: Array<{
      month: string;
      recorded: boolean;
      closed: boolean;
      availableActions: Array<string>;
    }>;
  };
};

export type UnmarkMonthRecordedMutationVariables = Exact<{
  branchId: string | number;
  month: string;
}>;

export type UnmarkMonthRecordedMutation = {
  unmarkMonthRecorded: {
    branchId: string;
    year: number;
    recordedThrough: string | null;
    months: Array<{
      month: string;
      recorded: boolean;
      closed: boolean;
      availableActions: Array<string>;
    }>;
  };
};

export type LoginMutationVariables = Exact<{
  loginName: string;
  password: string;
}>;

export type LoginMutation = {
  login: {
    expiresAt: string;
    viewer: {
      userId: string;
      bureauId: string;
      bureauName: string;
      displayName: string;
      memberId: string | null;
      mustChangePassword: boolean;
      today: string;
      roles: Array<{ role: Role; branchId: string | null }>;
      screens: Array<{
        screen: Screen;
        branchScoped: boolean;
        allBranches: boolean;
        branchIds: Array<string>;
      }>;
      actions: Array<{ action: ViewerAction; allBranches: boolean; branchIds: Array<string> }>;
    };
  };
};

export type MemberPageQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;

export type MemberPageQuery = {
  member: {
    id: string;
    name: string;
    status: MemberStatus;
    position: string | null;
    active: boolean;
    joinedOn: string | null;
    fullMemberOn: string | null;
    gender: MemberGender | null;
    birthDate: string | null;
    phone: string | null;
    branchId: string;
    groupId: string | null;
    availableActions: Array<string>;
    memberships: Array<{
      id: string;
      fromMonth: string;
      toMonth: string | null;
      branch: { id: string; name: string };
    }>;
    year: { id: string; period: string; total: string; provisional: boolean; asOf: string } | null;
    q1: { id: string; period: string; total: string; provisional: boolean; asOf: string } | null;
    q2: { id: string; period: string; total: string; provisional: boolean; asOf: string } | null;
    q3: { id: string; period: string; total: string; provisional: boolean; asOf: string } | null;
    q4: { id: string; period: string; total: string; provisional: boolean; asOf: string } | null;
    group: { id: string; name: string } | null;
    branch: { id: string; name: string };
  };
};

export type MemberExplanationQueryVariables = Exact<{
  memberId: string | number;
  year: number;
  quarter?: number | null | undefined;
  month?: number | null | undefined;
}>;

export type MemberExplanationQuery = {
  memberScore: {
    memberId: string;
    year: number;
    quarter: number | null;
    month: number | null;
    total: { value: string };
    lines: Array<{
      section: string;
      kind: string;
      month: string | null;
      labelZh: string;
      labelEn: string;
      textZh: string;
      textEn: string;
      points: string;
    }>;
  };
};

export type MemberAuditQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
}>;

export type MemberAuditQuery = {
  auditEntries: {
    total: number;
    entries: Array<{
      seq: number;
      at: string;
      operation: string;
      operationLabel: string;
      operationLabelEn: string;
      actorName: string | null;
      changes: Array<{
        field: string;
        label: string;
        labelEn: string;
        before: string | null;
        beforeEn: string | null;
        after: string | null;
        afterEn: string | null;
        changed: boolean;
      }>;
    }>;
  };
};

export type MemberMonthsQueryVariables = Exact<{
  memberId: string | number;
  year: number;
}>;

export type MemberMonthsQuery = {
  memberScore: {
    memberId: string;
    year: number;
    asOf: string | null;
    months: Array<{
      month: string;
      branchId: string;
      base: string;
      categories: Array<{ code: string; nameZh: string; nameEn: string; value: string }>;
    }>;
  };
};

export type MemberDeclarationsQueryVariables = Exact<{
  filter: DeclarationFilter;
}>;

export type MemberDeclarationsQuery = {
  declarations: Array<{
    id: string;
    branchId: string;
    memberId: string;
    month: string;
    itemCode: string;
    description: string;
    declaredPoints: string | null;
    countedPoints: string | null;
    evidenceId: string | null;
    status: DeclarationStatus;
    statusLabel: string;
    availableActions: Array<string>;
    scorekeeperAccepted: boolean | null;
    lastReason: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    member: { id: string; name: string } | null;
    events: Array<{
      id: string;
      step: DeclarationStatus;
      stepLabel: string;
      at: string;
      actorRole: string | null;
      actorName: string | null;
      reason: string | null;
      points: string | null;
    }>;
  }>;
};

export type MemberOutcomeCasesQueryVariables = Exact<{
  year: number;
  memberId: string | number;
}>;

export type MemberOutcomeCasesQuery = {
  outcomeCases: Array<{
    id: string;
    year: number;
    branchId: string;
    memberId: string;
    level: WarningLevel;
    levelLabel: string;
    total: string;
    state: CaseState;
    stateLabel: string;
    availableActions: Array<string>;
    probationExtension: boolean;
    redTwoYearsRunning: boolean;
    interviewedOn: string | null;
    interviewRecord: string | null;
    causes: string | null;
    closingNote: string | null;
    openedAt: string;
    closedAt: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    member: { id: string; name: string; status: MemberStatus } | null;
    measures: Array<{
      id: string;
      position: number;
      description: string;
      deadline: string;
      doneOn: string | null;
      doneNote: string | null;
    }>;
  }>;
};

export type MyScoreQueryVariables = Exact<{
  memberId: string | number;
  year: number;
  quarter?: number | null | undefined;
  month?: number | null | undefined;
}>;

export type MyScoreQuery = {
  memberScore: {
    memberId: string;
    year: number;
    quarter: number | null;
    month: number | null;
    asOf: string | null;
    provisional: boolean;
    schemeVersion: number;
    evaluationGrade: string | null;
    projection: {
      total: string;
      band: string;
      earlyWarning: string | null;
      monthsScored: number;
    } | null;
    projectionLines: Array<{ kind: string; textZh: string; textEn: string }>;
    total: { value: string; exact: string };
    base: { value: string };
    special: { value: string };
    evaluation: { value: string } | null;
    outcome: {
      band: string;
      yellowWarning: boolean;
      redWarning: boolean;
      redTwoYearsRunning: boolean;
      probationaryInterview: boolean;
      probationExtension: boolean;
    } | null;
    categories: Array<{ code: string; nameZh: string; nameEn: string; value: string }>;
    specialItems: Array<{ code: string; nameZh: string; nameEn: string; value: string }>;
    months: Array<{ month: string; base: string }>;
    lines: Array<{
      section: string;
      category: string | null;
      itemCode: string | null;
      kind: string;
      month: string | null;
      labelZh: string;
      labelEn: string;
      textZh: string;
      textEn: string;
      points: string;
    }>;
    warnings: Array<{ code: string; messageZh: string; messageEn: string }>;
  };
};

export type BranchComparisonRowFragment = {
  suppressed: boolean;
  memberCount: number | null;
  key: { branchId: string | null; branchName: string | null };
  total: {
    mean: string | null;
    median: string | null;
    min: string | null;
    max: string | null;
  } | null;
  base: { mean: string | null } | null;
  special: { mean: string | null } | null;
  evaluation: { mean: string | null } | null;
  categories: Array<{
    code: string;
    nameZh: string;
    nameEn: string;
    score: { mean: string | null };
  }>;
  bands: Array<{ band: string; labelZh: string; labelEn: string; count: number }>;
};

export type BranchParticipationQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;

export type BranchParticipationQuery = {
  participationStatistics: {
    minGroupSize: number;
    groups: Array<{
      provisional: boolean;
      suppressed: boolean;
      memberCount: number | null;
      attendanceRate: string | null;
      key: { branchId: string | null; branchName: string | null };
      quotas: Array<{
        itemCode: string;
        nameZh: string;
        nameEn: string;
        unitZh: string;
        unitEn: string;
        average: string | null;
        fullShare: string | null;
      }>;
      dues: Array<{ itemCode: string; nameZh: string; nameEn: string; onTimeShare: string | null }>;
      violations: Array<{ itemCode: string; nameZh: string; nameEn: string; count: number }>;
    }>;
  };
};

export type OverviewStatisticsQueryVariables = Exact<{
  year: number;
}>;

export type OverviewStatisticsQuery = {
  bureau: {
    asOf: string;
    minGroupSize: number;
    groups: Array<{
      suppressed: boolean;
      provisional: boolean;
      memberCount: number | null;
      total: { mean: string | null; median: string | null } | null;
      bands: Array<{ band: string; labelZh: string; labelEn: string; count: number }>;
      histogram: Array<{ from: string; to: string; count: number }>;
    }>;
  };
  branches: {
    groups: Array<{
      suppressed: boolean;
      memberCount: number | null;
      key: { branchId: string | null; branchName: string | null };
      total: {
        mean: string | null;
        median: string | null;
        min: string | null;
        max: string | null;
      } | null;
      base: { mean: string | null } | null;
      special: { mean: string | null } | null;
      evaluation: { mean: string | null } | null;
      categories: Array<{
        code: string;
        nameZh: string;
        nameEn: string;
        score: { mean: string | null };
      }>;
      bands: Array<{ band: string; labelZh: string; labelEn: string; count: number }>;
    }>;
  };
  months: {
    groups: Array<{
      suppressed: boolean;
      key: { month: string | null };
      total: { mean: string | null } | null;
    }>;
  };
  branchMonths: {
    groups: Array<{
      suppressed: boolean;
      key: { branchId: string | null; branchName: string | null; month: string | null };
      total: { mean: string | null } | null;
    }>;
  };
};

export type QuarterReviewFieldsFragment = {
  id: string;
  year: number;
  quarter: number;
  branchId: string;
  state: QuarterState;
  stateLabel: string;
  availableActions: Array<string>;
  revision: number;
  reviewStartedAt: string | null;
  signedAt: string | null;
  signOverrideReason: string | null;
  publishedAt: string | null;
  noticeEndsOn: string | null;
  closedAt: string | null;
  workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
  rows: Array<{
    memberId: string;
    changedSinceConfirmed: boolean;
    confirmationLabel: string;
    member: { id: string; name: string; status: MemberStatus } | null;
    confirmation: {
      id: string;
      state: ConfirmationState;
      objection: string | null;
      resolution: string | null;
      respondedAt: string | null;
      resolvedAt: string | null;
      method: ConfirmationMethod | null;
      inPersonOn: string | null;
      inPersonNote: string | null;
      round: number;
      seenTotal: string | null;
    } | null;
    score: {
      total: string;
      base: string;
      special: string;
      frozen: boolean;
      schemeVersion: number;
    } | null;
  }>;
  publications: Array<{
    id: string;
    branchId: string;
    kind: PublicationKind;
    year: number;
    quarter: number;
    number: number;
    publishedOn: string;
    publishedAt: string;
    firstCountedDay: string;
    noticeEndsOn: string;
    noticeState: NoticeState;
    availableActions: Array<string>;
    provisionalYears: Array<number>;
    note: string | null;
    rows: Array<{
      memberId: string;
      name: string;
      total: string;
      base: string;
      special: string;
      evaluation: string | null;
      grade: string | null;
      band: string | null;
      revision: number;
    }>;
    objections: Array<{
      id: string;
      memberId: string;
      content: string;
      state: ObjectionState;
      stateLabel: string;
      decision: string | null;
      raisedAt: string;
      decidedAt: string | null;
    }>;
  }>;
};

export type QuarterAssessmentsQueryVariables = Exact<{
  year: number;
  branchId?: string | number | null | undefined;
}>;

export type QuarterAssessmentsQuery = {
  quarterAssessments: Array<{
    id: string;
    year: number;
    quarter: number;
    branchId: string;
    state: QuarterState;
    stateLabel: string;
    availableActions: Array<string>;
    revision: number;
    reviewStartedAt: string | null;
    signedAt: string | null;
    signOverrideReason: string | null;
    publishedAt: string | null;
    noticeEndsOn: string | null;
    closedAt: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    rows: Array<{
      memberId: string;
      changedSinceConfirmed: boolean;
      confirmationLabel: string;
      member: { id: string; name: string; status: MemberStatus } | null;
      confirmation: {
        id: string;
        state: ConfirmationState;
        objection: string | null;
        resolution: string | null;
        respondedAt: string | null;
        resolvedAt: string | null;
        method: ConfirmationMethod | null;
        inPersonOn: string | null;
        inPersonNote: string | null;
        round: number;
        seenTotal: string | null;
      } | null;
      score: {
        total: string;
        base: string;
        special: string;
        frozen: boolean;
        schemeVersion: number;
      } | null;
    }>;
    publications: Array<{
      id: string;
      branchId: string;
      kind: PublicationKind;
      year: number;
      quarter: number;
      number: number;
      publishedOn: string;
      publishedAt: string;
      firstCountedDay: string;
      noticeEndsOn: string;
      noticeState: NoticeState;
      availableActions: Array<string>;
      provisionalYears: Array<number>;
      note: string | null;
      rows: Array<{
        memberId: string;
        name: string;
        total: string;
        base: string;
        special: string;
        evaluation: string | null;
        grade: string | null;
        band: string | null;
        revision: number;
      }>;
      objections: Array<{
        id: string;
        memberId: string;
        content: string;
        state: ObjectionState;
        stateLabel: string;
        decision: string | null;
        raisedAt: string;
        decidedAt: string | null;
      }>;
    }>;
  }>;
};

export type QuarterLinesQueryVariables = Exact<{
  id: string | number;
}>;

export type QuarterLinesQuery = {
  quarterAssessment: {
    id: string;
    rows: Array<{ memberId: string; score: { lines: unknown } | null }>;
  } | null;
};

export type QuarterPreviewQueryVariables = Exact<{
  filter: ScoreListFilter;
  first: number;
}>;

export type QuarterPreviewQuery = {
  scoreList: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        memberId: string;
        total: string;
        base: string;
        special: string;
        member: { id: string; name: string } | null;
      };
    }>;
  };
};

export type StartQuarterReviewMutationVariables = Exact<{
  input: QuarterKeyInput;
}>;

export type StartQuarterReviewMutation = {
  startQuarterReview: {
    id: string;
    year: number;
    quarter: number;
    branchId: string;
    state: QuarterState;
    stateLabel: string;
    availableActions: Array<string>;
    revision: number;
    reviewStartedAt: string | null;
    signedAt: string | null;
    signOverrideReason: string | null;
    publishedAt: string | null;
    noticeEndsOn: string | null;
    closedAt: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    rows: Array<{
      memberId: string;
      changedSinceConfirmed: boolean;
      confirmationLabel: string;
      member: { id: string; name: string; status: MemberStatus } | null;
      confirmation: {
        id: string;
        state: ConfirmationState;
        objection: string | null;
        resolution: string | null;
        respondedAt: string | null;
        resolvedAt: string | null;
        method: ConfirmationMethod | null;
        inPersonOn: string | null;
        inPersonNote: string | null;
        round: number;
        seenTotal: string | null;
      } | null;
      score: {
        total: string;
        base: string;
        special: string;
        frozen: boolean;
        schemeVersion: number;
      } | null;
    }>;
    publications: Array<{
      id: string;
      branchId: string;
      kind: PublicationKind;
      year: number;
      quarter: number;
      number: number;
      publishedOn: string;
      publishedAt: string;
      firstCountedDay: string;
      noticeEndsOn: string;
      noticeState: NoticeState;
      availableActions: Array<string>;
      provisionalYears: Array<number>;
      note: string | null;
      rows: Array<{
        memberId: string;
        name: string;
        total: string;
        base: string;
        special: string;
        evaluation: string | null;
        grade: string | null;
        band: string | null;
        revision: number;
      }>;
      objections: Array<{
        id: string;
        memberId: string;
        content: string;
        state: ObjectionState;
        stateLabel: string;
        decision: string | null;
        raisedAt: string;
        decidedAt: string | null;
      }>;
    }>;
  };
};

export type RefreshQuarterRosterMutationVariables = Exact<{
  assessmentId: string | number;
}>;

export type RefreshQuarterRosterMutation = {
  refreshQuarterRoster: {
    id: string;
    year: number;
    quarter: number;
    branchId: string;
    state: QuarterState;
    stateLabel: string;
    availableActions: Array<string>;
    revision: number;
    reviewStartedAt: string | null;
    signedAt: string | null;
    signOverrideReason: string | null;
    publishedAt: string | null;
    noticeEndsOn: string | null;
    closedAt: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    rows: Array<{
      memberId: string;
      changedSinceConfirmed: boolean;
      confirmationLabel: string;
      member: { id: string; name: string; status: MemberStatus } | null;
      confirmation: {
        id: string;
        state: ConfirmationState;
        objection: string | null;
        resolution: string | null;
        respondedAt: string | null;
        resolvedAt: string | null;
        method: ConfirmationMethod | null;
        inPersonOn: string | null;
        inPersonNote: string | null;
        round: number;
        seenTotal: string | null;
      } | null;
      score: {
        total: string;
        base: string;
        special: string;
        frozen: boolean;
        schemeVersion: number;
      } | null;
    }>;
    publications: Array<{
      id: string;
      branchId: string;
      kind: PublicationKind;
      year: number;
      quarter: number;
      number: number;
      publishedOn: string;
      publishedAt: string;
      firstCountedDay: string;
      noticeEndsOn: string;
      noticeState: NoticeState;
      availableActions: Array<string>;
      provisionalYears: Array<number>;
      note: string | null;
      rows: Array<{
        memberId: string;
        name: string;
        total: string;
        base: string;
        special: string;
        evaluation: string | null;
        grade: string | null;
        band: string | null;
        revision: number;
      }>;
      objections: Array<{
        id: string;
        memberId: string;
        content: string;
        state: ObjectionState;
        stateLabel: string;
        decision: string | null;
        raisedAt: string;
        decidedAt: string | null;
      }>;
    }>;
  };
};

export type RecordPanelConfirmationsMutationVariables = Exact<{
  assessmentId: string | number;
  memberIds: Array<string | number> | string | number;
  confirmedOn?: string | null | undefined;
  note?: string | null | undefined;
}>;

export type RecordPanelConfirmationsMutation = {
  recordPanelConfirmations: Array<{
    id: string;
    state: ConfirmationState;
    method: ConfirmationMethod | null;
    inPersonOn: string | null;
  }>;
};

export type ResolveQuarterObjectionMutationVariables = Exact<{
  confirmationId: string | number;
  resolution: string;
}>;

export type ResolveQuarterObjectionMutation = {
  resolveQuarterObjection: { id: string; state: ConfirmationState; resolution: string | null };
};

export type SignQuarterMutationVariables = Exact<{
  assessmentId: string | number;
  overrideReason?: string | null | undefined;
}>;

export type SignQuarterMutation = {
  signQuarter: {
    id: string;
    year: number;
    quarter: number;
    branchId: string;
    state: QuarterState;
    stateLabel: string;
    availableActions: Array<string>;
    revision: number;
    reviewStartedAt: string | null;
    signedAt: string | null;
    signOverrideReason: string | null;
    publishedAt: string | null;
    noticeEndsOn: string | null;
    closedAt: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    rows: Array<{
      memberId: string;
      changedSinceConfirmed: boolean;
      confirmationLabel: string;
      member: { id: string; name: string; status: MemberStatus } | null;
      confirmation: {
        id: string;
        state: ConfirmationState;
        objection: string | null;
        resolution: string | null;
        respondedAt: string | null;
        resolvedAt: string | null;
        method: ConfirmationMethod | null;
        inPersonOn: string | null;
        inPersonNote: string | null;
        round: number;
        seenTotal: string | null;
      } | null;
      score: {
        total: string;
        base: string;
        special: string;
        frozen: boolean;
        schemeVersion: number;
      } | null;
    }>;
    publications: Array<{
      id: string;
      branchId: string;
      kind: PublicationKind;
      year: number;
      quarter: number;
      number: number;
      publishedOn: string;
      publishedAt: string;
      firstCountedDay: string;
      noticeEndsOn: string;
      noticeState: NoticeState;
      availableActions: Array<string>;
      provisionalYears: Array<number>;
      note: string | null;
      rows: Array<{
        memberId: string;
        name: string;
        total: string;
        base: string;
        special: string;
        evaluation: string | null;
        grade: string | null;
        band: string | null;
        revision: number;
      }>;
      objections: Array<{
        id: string;
        memberId: string;
        content: string;
        state: ObjectionState;
        stateLabel: string;
        decision: string | null;
        raisedAt: string;
        decidedAt: string | null;
      }>;
    }>;
  };
};

export type PublishQuarterMutationVariables = Exact<{
  assessmentId: string | number;
}>;

export type PublishQuarterMutation = {
  publishQuarter: {
    id: string;
    year: number;
    quarter: number;
    branchId: string;
    state: QuarterState;
    stateLabel: string;
    availableActions: Array<string>;
    revision: number;
    reviewStartedAt: string | null;
    signedAt: string | null;
    signOverrideReason: string | null;
    publishedAt: string | null;
    noticeEndsOn: string | null;
    closedAt: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    rows: Array<{
      memberId: string;
      changedSinceConfirmed: boolean;
      confirmationLabel: string;
      member: { id: string; name: string; status: MemberStatus } | null;
      confirmation: {
        id: string;
        state: ConfirmationState;
        objection: string | null;
        resolution: string | null;
        respondedAt: string | null;
        resolvedAt: string | null;
        method: ConfirmationMethod | null;
        inPersonOn: string | null;
        inPersonNote: string | null;
        round: number;
        seenTotal: string | null;
      } | null;
      score: {
        total: string;
        base: string;
        special: string;
        frozen: boolean;
        schemeVersion: number;
      } | null;
    }>;
    publications: Array<{
      id: string;
      branchId: string;
      kind: PublicationKind;
      year: number;
      quarter: number;
      number: number;
      publishedOn: string;
      publishedAt: string;
      firstCountedDay: string;
      noticeEndsOn: string;
      noticeState: NoticeState;
      availableActions: Array<string>;
      provisionalYears: Array<number>;
      note: string | null;
      rows: Array<{
        memberId: string;
        name: string;
        total: string;
        base: string;
        special: string;
        evaluation: string | null;
        grade: string | null;
        band: string | null;
        revision: number;
      }>;
      objections: Array<{
        id: string;
        memberId: string;
        content: string;
        state: ObjectionState;
        stateLabel: string;
        decision: string | null;
        raisedAt: string;
        decidedAt: string | null;
      }>;
    }>;
  };
};

export type QuarterStartActionsQueryVariables = Exact<{
  input: QuarterKeyInput;
}>;

export type QuarterStartActionsQuery = { quarterStartActions: Array<string> };

export type RosterMemberFragment = {
  id: string;
  name: string;
  status: MemberStatus;
  position: string | null;
  active: boolean;
  joinedOn: string | null;
  fullMemberOn: string | null;
  gender: MemberGender | null;
  birthDate: string | null;
  phone: string | null;
  branchId: string;
  groupId: string | null;
  availableActions: Array<string>;
  group: { id: string; name: string } | null;
  branch: { id: string; name: string };
};

export type RosterQueryVariables = Exact<{
  branchId?: string | number | null | undefined;
}>;

export type RosterQuery = {
  members: Array<{
    id: string;
    name: string;
    status: MemberStatus;
    position: string | null;
    active: boolean;
    joinedOn: string | null;
    fullMemberOn: string | null;
    gender: MemberGender | null;
    birthDate: string | null;
    phone: string | null;
    branchId: string;
    groupId: string | null;
    availableActions: Array<string>;
    group: { id: string; name: string } | null;
    branch: { id: string; name: string };
  }>;
};

export type RosterBranchQueryVariables = Exact<{
  id: string | number;
}>;

export type RosterBranchQuery = {
  branch: {
    id: string;
    name: string;
    rosterActions: Array<string>;
    groups: Array<{ id: string; name: string }>;
  };
};

export type CreateMemberMutationVariables = Exact<{
  input: CreateMemberInput;
}>;

export type CreateMemberMutation = {
  createMember: {
    id: string;
    name: string;
    status: MemberStatus;
    position: string | null;
    active: boolean;
    joinedOn: string | null;
    fullMemberOn: string | null;
    gender: MemberGender | null;
    birthDate: string | null;
    phone: string | null;
    branchId: string;
    groupId: string | null;
    availableActions: Array<string>;
    group: { id: string; name: string } | null;
    branch: { id: string; name: string };
  };
};

export type UpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;

export type UpdateMemberMutation = {
  updateMember: {
    id: string;
    name: string;
    status: MemberStatus;
    position: string | null;
    active: boolean;
    joinedOn: string | null;
    fullMemberOn: string | null;
    gender: MemberGender | null;
    birthDate: string | null;
    phone: string | null;
    branchId: string;
    groupId: string | null;
    availableActions: Array<string>;
    group: { id: string; name: string } | null;
    branch: { id: string; name: string };
  };
};

export type DeleteMemberMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteMemberMutation = { deleteMember: boolean };

export type TransferMemberMutationVariables = Exact<{
  input: TransferMemberInput;
}>;

export type TransferMemberMutation = {
  transferMember: {
    id: string;
    name: string;
    status: MemberStatus;
    position: string | null;
    active: boolean;
    joinedOn: string | null;
    fullMemberOn: string | null;
    gender: MemberGender | null;
    birthDate: string | null;
    phone: string | null;
    branchId: string;
    groupId: string | null;
    availableActions: Array<string>;
    group: { id: string; name: string } | null;
    branch: { id: string; name: string };
  };
};

export type RecordFullMembershipMutationVariables = Exact<{
  input: RecordFullMembershipInput;
}>;

export type RecordFullMembershipMutation = {
  recordFullMembership: {
    id: string;
    name: string;
    status: MemberStatus;
    position: string | null;
    active: boolean;
    joinedOn: string | null;
    fullMemberOn: string | null;
    gender: MemberGender | null;
    birthDate: string | null;
    phone: string | null;
    branchId: string;
    groupId: string | null;
    availableActions: Array<string>;
    group: { id: string; name: string } | null;
    branch: { id: string; name: string };
  };
};

export type RecordMemberLeavingMutationVariables = Exact<{
  input: RecordMemberLeavingInput;
}>;

export type RecordMemberLeavingMutation = {
  recordMemberLeaving: {
    id: string;
    name: string;
    status: MemberStatus;
    position: string | null;
    active: boolean;
    joinedOn: string | null;
    fullMemberOn: string | null;
    gender: MemberGender | null;
    birthDate: string | null;
    phone: string | null;
    branchId: string;
    groupId: string | null;
    availableActions: Array<string>;
    group: { id: string; name: string } | null;
    branch: { id: string; name: string };
  };
};

export type TransferTargetsQueryVariables = Exact<{ [key: string]: never }>;

export type TransferTargetsQuery = {
  branches: Array<{ id: string; name: string; groups: Array<{ id: string; name: string }> }>;
};

export type RosterExportQueryVariables = Exact<{
  branchId?: string | number | null | undefined;
}>;

export type RosterExportQuery = {
  rosterExport: { fileName: string; mimeType: string; contentBase64: string; rowCount: number };
};

export type RosterImportResultFieldsFragment = {
  valid: boolean;
  fromMonth: string;
  created: number;
  updated: number;
  unchanged: number;
  rows: Array<{
    row: number;
    action: RosterRowAction;
    memberId: string | null;
    name: string;
    branchName: string;
    changes: Array<{ column: string; before: string | null; after: string | null }>;
  }>;
  errors: Array<{ row: number; column: string | null; message: string; messageEn: string }>;
  groupsToCreate: Array<{ branchName: string; name: string }>;
};

export type RosterImportPreviewQueryVariables = Exact<{
  input: RosterImportInput;
}>;

export type RosterImportPreviewQuery = {
  rosterImportPreview: {
    valid: boolean;
    fromMonth: string;
    created: number;
    updated: number;
    unchanged: number;
    rows: Array<{
      row: number;
      action: RosterRowAction;
      memberId: string | null;
      name: string;
      branchName: string;
      changes: Array<{ column: string; before: string | null; after: string | null }>;
    }>;
    errors: Array<{ row: number; column: string | null; message: string; messageEn: string }>;
    groupsToCreate: Array<{ branchName: string; name: string }>;
  };
};

export type ImportRosterMutationVariables = Exact<{
  input: RosterImportInput;
}>;

export type ImportRosterMutation = {
  importRoster: {
    valid: boolean;
    fromMonth: string;
    created: number;
    updated: number;
    unchanged: number;
    rows: Array<{
      row: number;
      action: RosterRowAction;
      memberId: string | null;
      name: string;
      branchName: string;
      changes: Array<{ column: string; before: string | null; after: string | null }>;
    }>;
    errors: Array<{ row: number; column: string | null; message: string; messageEn: string }>;
    groupsToCreate: Array<{ branchName: string; name: string }>;
  };
};

export type SchemeFieldsFragment = {
  id: string;
  year: number;
  version: number;
  status: SchemeStatus;
  statusLabel: string;
  definition: unknown;
  effectiveFromMonth: string;
  reason: string | null;
  origin: string;
  basedOnId: string | null;
  publishedAt: string | null;
  createdAt: string;
  revision: number;
};

export type SchemesQueryVariables = Exact<{
  year?: number | null | undefined;
}>;

export type SchemesQuery = {
  schemes: Array<{
    id: string;
    year: number;
    version: number;
    status: SchemeStatus;
    statusLabel: string;
    definition: unknown;
    effectiveFromMonth: string;
    reason: string | null;
    origin: string;
    basedOnId: string | null;
    publishedAt: string | null;
    createdAt: string;
    revision: number;
  }>;
};

export type CreateSchemeMutationVariables = Exact<{
  year: number;
  from: SchemeSource;
}>;

export type CreateSchemeMutation = {
  createScheme: {
    id: string;
    year: number;
    version: number;
    status: SchemeStatus;
    statusLabel: string;
    definition: unknown;
    effectiveFromMonth: string;
    reason: string | null;
    origin: string;
    basedOnId: string | null;
    publishedAt: string | null;
    createdAt: string;
    revision: number;
  };
};

export type UpdateSchemeDraftMutationVariables = Exact<{
  id: string | number;
  definition: unknown;
  expectedRevision: number;
}>;

export type UpdateSchemeDraftMutation = {
  updateSchemeDraft: {
    id: string;
    year: number;
    version: number;
    status: SchemeStatus;
    statusLabel: string;
    definition: unknown;
    effectiveFromMonth: string;
    reason: string | null;
    origin: string;
    basedOnId: string | null;
    publishedAt: string | null;
    createdAt: string;
    revision: number;
  };
};

export type PublishSchemeMutationVariables = Exact<{
  id: string | number;
  expectedRevision: number;
}>;

export type PublishSchemeMutation = {
  publishScheme: {
    id: string;
    year: number;
    version: number;
    status: SchemeStatus;
    statusLabel: string;
    definition: unknown;
    effectiveFromMonth: string;
    reason: string | null;
    origin: string;
    basedOnId: string | null;
    publishedAt: string | null;
    createdAt: string;
    revision: number;
  };
};

export type CreateSchemeCorrectionMutationVariables = Exact<{
  year: number;
  effectiveFromMonth: string;
  reason: string;
}>;

export type CreateSchemeCorrectionMutation = {
  createSchemeCorrection: {
    id: string;
    year: number;
    version: number;
    status: SchemeStatus;
    statusLabel: string;
    definition: unknown;
    effectiveFromMonth: string;
    reason: string | null;
    origin: string;
    basedOnId: string | null;
    publishedAt: string | null;
    createdAt: string;
    revision: number;
  };
};

export type SchemeSampleMembersQueryVariables = Exact<{
  branchId?: string | number | null | undefined;
}>;

export type SchemeSampleMembersQuery = {
  members: Array<{ id: string; name: string; status: MemberStatus }>;
};

export type TryOutLineFieldsFragment = {
  itemCode: string | null;
  month: string | null;
  labelZh: string;
  labelEn: string;
  textZh: string;
  textEn: string;
  points: string;
};

export type TryOutScoreFragment = {
  schemeVersion: number;
  total: { value: string };
  base: { value: string };
  special: { value: string };
  evaluation: { value: string } | null;
  outcome: { band: string } | null;
  warnings: Array<{ code: string; messageZh: string; messageEn: string }>;
};

export type SchemeTryOutQueryVariables = Exact<{
  draft: SchemeDraftInput;
  memberId: string | number;
  recordsYear: number;
  quarter?: number | null | undefined;
}>;

export type SchemeTryOutQuery = {
  schemeTryOut: {
    recordsYear: number;
    asOf: string;
    delta: string;
    current: {
      schemeVersion: number;
      total: { value: string };
      base: { value: string };
      special: { value: string };
      evaluation: { value: string } | null;
      outcome: { band: string } | null;
      warnings: Array<{ code: string; messageZh: string; messageEn: string }>;
    };
    draft: {
      schemeVersion: number;
      total: { value: string };
      base: { value: string };
      special: { value: string };
      evaluation: { value: string } | null;
      outcome: { band: string } | null;
      warnings: Array<{ code: string; messageZh: string; messageEn: string }>;
    };
    lines: Array<{
      key: string;
      change: LineChange;
      current: {
        itemCode: string | null;
        month: string | null;
        labelZh: string;
        labelEn: string;
        textZh: string;
        textEn: string;
        points: string;
      } | null;
      draft: {
        itemCode: string | null;
        month: string | null;
        labelZh: string;
        labelEn: string;
        textZh: string;
        textEn: string;
        points: string;
      } | null;
    }>;
  };
};

export type WhatIfSummaryFieldsFragment = {
  branchId: string | null;
  branchName: string | null;
  members: number;
  meanCurrent: string;
  meanDraft: string;
  meanShift: string;
  changed: number;
  bandChanged: number;
  bands: Array<{
    band: OutcomeBand;
    current: number;
    draft: number;
    movedIn: number;
    movedOut: number;
  }>;
  distribution: Array<{ from: number; to: number; current: number; draft: number }>;
};

export type SchemeWhatIfQueryVariables = Exact<{
  draft: SchemeDraftInput;
  recordsYear: number;
}>;

export type SchemeWhatIfQuery = {
  schemeWhatIf: {
    recordsYear: number;
    asOf: string;
    currentVersion: number;
    draftYear: number;
    bureau: {
      branchId: string | null;
      branchName: string | null;
      members: number;
      meanCurrent: string;
      meanDraft: string;
      meanShift: string;
      changed: number;
      bandChanged: number;
      bands: Array<{
        band: OutcomeBand;
        current: number;
        draft: number;
        movedIn: number;
        movedOut: number;
      }>;
      distribution: Array<{ from: number; to: number; current: number; draft: number }>;
    };
    branches: Array<{
      branchId: string | null;
      branchName: string | null;
      members: number;
      meanCurrent: string;
      meanDraft: string;
      meanShift: string;
      changed: number;
      bandChanged: number;
      bands: Array<{
        band: OutcomeBand;
        current: number;
        draft: number;
        movedIn: number;
        movedOut: number;
      }>;
      distribution: Array<{ from: number; to: number; current: number; draft: number }>;
    }>;
    members: Array<{
      memberId: string;
      name: string;
      branchName: string;
      current: string;
      draft: string;
      delta: string;
      currentBand: OutcomeBand;
      draftBand: OutcomeBand;
      changed: boolean;
    }>;
  };
};

export type SchemeWhatIfExportQueryVariables = Exact<{
  draft: SchemeDraftInput;
  recordsYear: number;
  locale?: string | null | undefined;
}>;

export type SchemeWhatIfExportQuery = {
  schemeWhatIfExport: {
    fileName: string;
    mimeType: string;
    contentBase64: string;
    rowCount: number;
  };
};

export type RuleKindsQueryVariables = Exact<{ [key: string]: never }>;

export type RuleKindsQuery = {
  ruleKinds: Array<{
    kind: RuleKind;
    labelZh: string;
    labelEn: string;
    sections: Array<string>;
    cell: LedgerCellKind;
    defaults: unknown;
    fields: Array<{ key: string; input: RuleFieldInput; labelZh: string; labelEn: string }>;
  }>;
};

export type SessionFieldsFragment = {
  id: string;
  branchId: string;
  itemCode: string;
  date: string;
  month: string;
  topic: string;
  evidenceId: string | null;
  version: number;
  attendance: Array<{ id: string; memberId: string; present: boolean; version: number }>;
};

export type BranchSessionsQueryVariables = Exact<{
  branchId: string | number;
  month: string;
}>;

export type BranchSessionsQuery = {
  sessions: Array<{
    id: string;
    branchId: string;
    itemCode: string;
    date: string;
    month: string;
    topic: string;
    evidenceId: string | null;
    version: number;
    attendance: Array<{ id: string; memberId: string; present: boolean; version: number }>;
  }>;
};

export type RecordSessionMutationVariables = Exact<{
  input: RecordSessionInput;
}>;

export type RecordSessionMutation = {
  recordSession: {
    id: string;
    branchId: string;
    itemCode: string;
    date: string;
    month: string;
    topic: string;
    evidenceId: string | null;
    version: number;
    attendance: Array<{ id: string; memberId: string; present: boolean; version: number }>;
  };
};

export type UpdateSessionMutationVariables = Exact<{
  input: UpdateSessionInput;
}>;

export type UpdateSessionMutation = {
  updateSession: {
    id: string;
    branchId: string;
    itemCode: string;
    date: string;
    month: string;
    topic: string;
    evidenceId: string | null;
    version: number;
    attendance: Array<{ id: string; memberId: string; present: boolean; version: number }>;
  };
};

export type DeleteSessionMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;

export type DeleteSessionMutation = { deleteSession: boolean };

export type SaveAttendanceMutationVariables = Exact<{
  input: SaveMonthlySheetInput;
}>;

export type SaveAttendanceMutation = {
  saveMonthlySheet: {
    applied: number;
    sheet: {
      branchId: string;
      branchName: string;
      month: string;
      schemeId: string;
      schemeVersion: number;
      closed: boolean;
      closedReason: string | null;
      columns: Array<{
        key: string;
        kind: LedgerCellKind;
        section: string;
        categoryCode: string;
        categoryNameZh: string;
        categoryNameEn: string;
        itemCode: string;
        nameZh: string;
        nameEn: string;
        unitZh: string;
        unitEn: string;
        editable: boolean;
        sessionId: string | null;
        sessionDate: string | null;
        sessionTopic: string | null;
        max: number | null;
      }>;
      categories: Array<{ code: string; nameZh: string; nameEn: string }>;
      rows: Array<{
        memberId: string;
        memberName: string;
        groupId: string | null;
        base: string;
        special: string;
        total: string;
        cells: Array<{
          key: string;
          value: string | null;
          version: number;
          recordId: string | null;
        }>;
        categories: Array<{ code: string; score: string }>;
      }>;
      averages: {
        base: string;
        special: string;
        total: string;
        categories: Array<{ code: string; score: string }>;
      };
    };
  };
};

export type BranchItemProposalsQueryVariables = Exact<{
  year: number;
  branchId?: string | number | null | undefined;
}>;

export type BranchItemProposalsQuery = {
  branchItemProposals: Array<{
    id: string;
    year: number;
    itemCode: string;
    item: unknown;
    reason: string;
    status: ProposalStatus;
    statusLabel: string;
    decisionReason: string | null;
    decidedAt: string | null;
    createdAt: string;
    version: number;
    branchId: string;
    branch: { id: string; name: string } | null;
  }>;
};

export type DecideBranchItemMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
  reason: string;
  expectedVersion: number;
}>;

export type DecideBranchItemMutation = {
  decideBranchItem: {
    id: string;
    status: ProposalStatus;
    statusLabel: string;
    decisionReason: string | null;
    decidedAt: string | null;
    version: number;
  };
};

export type BranchItemProposalStatusesQueryVariables = Exact<{ [key: string]: never }>;

export type BranchItemProposalStatusesQuery = {
  branchItemProposalStatuses: Array<{ status: ProposalStatus; label: string }>;
};

export type SpotCheckItemFieldsFragment = {
  id: string;
  position: number;
  kind: SpotCheckItemKind;
  month: string;
  state: FindingState;
  stateLabel: string;
  availableActions: Array<string>;
  findingNote: string | null;
  answer: string | null;
  correctionId: string | null;
  closingNote: string | null;
  checkedAt: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  branch: { id: string; name: string } | null;
  recorded: {
    memberName: string | null;
    itemNameZh: string;
    itemNameEn: string;
    value: string | null;
    dutyStatus: string | null;
    paidOn: string | null;
    count: number | null;
    note: string | null;
    decision: string | null;
    date: string | null;
    topic: string | null;
    attendees: Array<string> | null;
    points: string | null;
    evidence: { id: string; fileName: string; mimeType: string } | null;
  };
};

export type SpotChecksQueryVariables = Exact<{
  branchId?: string | number | null | undefined;
}>;

export type SpotChecksQuery = {
  spotChecks: Array<{
    id: string;
    title: string;
    fromMonth: string;
    toMonth: string;
    seed: string;
    requestedSize: number | null;
    requestedShare: string | null;
    populationSize: number;
    sampleSize: number;
    createdAt: string;
    stateCounts: Array<{ state: FindingState; label: string; count: number }>;
    items: Array<{
      id: string;
      position: number;
      kind: SpotCheckItemKind;
      month: string;
      state: FindingState;
      stateLabel: string;
      availableActions: Array<string>;
      findingNote: string | null;
      answer: string | null;
      correctionId: string | null;
      closingNote: string | null;
      checkedAt: string | null;
      answeredAt: string | null;
      closedAt: string | null;
      branch: { id: string; name: string } | null;
      recorded: {
        memberName: string | null;
        itemNameZh: string;
        itemNameEn: string;
        value: string | null;
        dutyStatus: string | null;
        paidOn: string | null;
        count: number | null;
        note: string | null;
        decision: string | null;
        date: string | null;
        topic: string | null;
        attendees: Array<string> | null;
        points: string | null;
        evidence: { id: string; fileName: string; mimeType: string } | null;
      };
    }>;
  }>;
};

export type DrawSpotCheckMutationVariables = Exact<{
  input: DrawSpotCheckInput;
}>;

export type DrawSpotCheckMutation = { drawSpotCheck: { id: string; sampleSize: number } };

export type RecordSpotCheckFindingMutationVariables = Exact<{
  input: SpotCheckFindingInput;
}>;

export type RecordSpotCheckFindingMutation = {
  recordSpotCheckFinding: {
    id: string;
    position: number;
    kind: SpotCheckItemKind;
    month: string;
    state: FindingState;
    stateLabel: string;
    availableActions: Array<string>;
    findingNote: string | null;
    answer: string | null;
    correctionId: string | null;
    closingNote: string | null;
    checkedAt: string | null;
    answeredAt: string | null;
    closedAt: string | null;
    branch: { id: string; name: string } | null;
    recorded: {
      memberName: string | null;
      itemNameZh: string;
      itemNameEn: string;
      value: string | null;
      dutyStatus: string | null;
      paidOn: string | null;
      count: number | null;
      note: string | null;
      decision: string | null;
      date: string | null;
      topic: string | null;
      attendees: Array<string> | null;
      points: string | null;
      evidence: { id: string; fileName: string; mimeType: string } | null;
    };
  };
};

export type AnswerSpotCheckFollowUpMutationVariables = Exact<{
  input: AnswerSpotCheckInput;
}>;

export type AnswerSpotCheckFollowUpMutation = {
  answerSpotCheckFollowUp: {
    id: string;
    position: number;
    kind: SpotCheckItemKind;
    month: string;
    state: FindingState;
    stateLabel: string;
    availableActions: Array<string>;
    findingNote: string | null;
    answer: string | null;
    correctionId: string | null;
    closingNote: string | null;
    checkedAt: string | null;
    answeredAt: string | null;
    closedAt: string | null;
    branch: { id: string; name: string } | null;
    recorded: {
      memberName: string | null;
      itemNameZh: string;
      itemNameEn: string;
      value: string | null;
      dutyStatus: string | null;
      paidOn: string | null;
      count: number | null;
      note: string | null;
      decision: string | null;
      date: string | null;
      topic: string | null;
      attendees: Array<string> | null;
      points: string | null;
      evidence: { id: string; fileName: string; mimeType: string } | null;
    };
  };
};

export type CloseSpotCheckFollowUpMutationVariables = Exact<{
  input: CloseSpotCheckInput;
}>;

export type CloseSpotCheckFollowUpMutation = {
  closeSpotCheckFollowUp: {
    id: string;
    position: number;
    kind: SpotCheckItemKind;
    month: string;
    state: FindingState;
    stateLabel: string;
    availableActions: Array<string>;
    findingNote: string | null;
    answer: string | null;
    correctionId: string | null;
    closingNote: string | null;
    checkedAt: string | null;
    answeredAt: string | null;
    closedAt: string | null;
    branch: { id: string; name: string } | null;
    recorded: {
      memberName: string | null;
      itemNameZh: string;
      itemNameEn: string;
      value: string | null;
      dutyStatus: string | null;
      paidOn: string | null;
      count: number | null;
      note: string | null;
      decision: string | null;
      date: string | null;
      topic: string | null;
      attendees: Array<string> | null;
      points: string | null;
      evidence: { id: string; fileName: string; mimeType: string } | null;
    };
  };
};

export type SpotCheckExcelQueryVariables = Exact<{
  id: string | number;
}>;

export type SpotCheckExcelQuery = {
  spotCheckExcel: { fileName: string; mimeType: string; contentBase64: string };
};

export type BranchCorrectionsQueryVariables = Exact<{
  year: number;
  branchId: string | number;
}>;

export type BranchCorrectionsQuery = {
  corrections: Array<{
    id: string;
    kind: PublicationKind;
    state: CorrectionState;
    reason: string;
    months: Array<string>;
    openedAt: string;
  }>;
};

export type TaskSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type TaskSettingsQuery = {
  taskSettings: {
    webhookEnabled: boolean;
    webhookUrl: string | null;
    deadlines: Array<{
      key: DeadlineKey;
      days: number;
      defaultDays: number;
      labelZh: string;
      labelEn: string;
    }>;
  };
};

export type SetTaskSettingsMutationVariables = Exact<{
  input: TaskSettingsInput;
}>;

export type SetTaskSettingsMutation = {
  setTaskSettings: {
    webhookEnabled: boolean;
    webhookUrl: string | null;
    deadlines: Array<{
      key: DeadlineKey;
      days: number;
      defaultDays: number;
      labelZh: string;
      labelEn: string;
    }>;
  };
};

export type SendRemindersNowMutationVariables = Exact<{ [key: string]: never }>;

export type SendRemindersNowMutation = {
  sendRemindersNow: { created: number; delivered: number; failed: number };
};

export type UserRowFragment = {
  id: string;
  loginName: string;
  displayName: string;
  disabled: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  availableActions: Array<string>;
  member: { id: string; name: string; branch: { id: string; name: string } } | null;
  roles: Array<{
    id: string;
    role: Role;
    branchId: string | null;
    branch: { id: string; name: string } | null;
  }>;
};

export type UsersQueryVariables = Exact<{ [key: string]: never }>;

export type UsersQuery = {
  accountActions: Array<string>;
  users: Array<{
    id: string;
    loginName: string;
    displayName: string;
    disabled: boolean;
    lockedUntil: string | null;
    mustChangePassword: boolean;
    availableActions: Array<string>;
    member: { id: string; name: string; branch: { id: string; name: string } } | null;
    roles: Array<{
      id: string;
      role: Role;
      branchId: string | null;
      branch: { id: string; name: string } | null;
    }>;
  }>;
};

export type GrantableRolesQueryVariables = Exact<{
  branchId?: string | number | null | undefined;
}>;

export type GrantableRolesQuery = { grantableRoles: Array<Role> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type CreateUserMutation = {
  createUser: {
    id: string;
    loginName: string;
    displayName: string;
    disabled: boolean;
    lockedUntil: string | null;
    mustChangePassword: boolean;
    availableActions: Array<string>;
    member: { id: string; name: string; branch: { id: string; name: string } } | null;
    roles: Array<{
      id: string;
      role: Role;
      branchId: string | null;
      branch: { id: string; name: string } | null;
    }>;
  };
};

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;

export type UpdateUserMutation = {
  updateUser: {
    id: string;
    loginName: string;
    displayName: string;
    disabled: boolean;
    lockedUntil: string | null;
    mustChangePassword: boolean;
    availableActions: Array<string>;
    member: { id: string; name: string; branch: { id: string; name: string } } | null;
    roles: Array<{
      id: string;
      role: Role;
      branchId: string | null;
      branch: { id: string; name: string } | null;
    }>;
  };
};

export type ResetUserPasswordMutationVariables = Exact<{
  input: ResetUserPasswordInput;
}>;

export type ResetUserPasswordMutation = {
  resetUserPassword: {
    oneTimePassword: string;
    user: {
      id: string;
      loginName: string;
      displayName: string;
      disabled: boolean;
      lockedUntil: string | null;
      mustChangePassword: boolean;
      availableActions: Array<string>;
      member: { id: string; name: string; branch: { id: string; name: string } } | null;
      roles: Array<{
        id: string;
        role: Role;
        branchId: string | null;
        branch: { id: string; name: string } | null;
      }>;
    };
  };
};

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;

export type GrantRoleMutation = { grantRole: { id: string } };

export type RevokeRoleMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeRoleMutation = { revokeRole: boolean };

export type MembersToLinkQueryVariables = Exact<{ [key: string]: never }>;

export type MembersToLinkQuery = {
  members: Array<{ id: string; name: string; branch: { id: string; name: string } }>;
};

export type OutcomeCaseFieldsFragment = {
  id: string;
  year: number;
  branchId: string;
  memberId: string;
  level: WarningLevel;
  levelLabel: string;
  total: string;
  state: CaseState;
  stateLabel: string;
  availableActions: Array<string>;
  probationExtension: boolean;
  redTwoYearsRunning: boolean;
  interviewedOn: string | null;
  interviewRecord: string | null;
  causes: string | null;
  closingNote: string | null;
  openedAt: string;
  closedAt: string | null;
  workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
  member: { id: string; name: string; status: MemberStatus } | null;
  measures: Array<{
    id: string;
    position: number;
    description: string;
    deadline: string;
    doneOn: string | null;
    doneNote: string | null;
  }>;
};

export type OutcomeCasesQueryVariables = Exact<{
  year: number;
  branchId?: string | number | null | undefined;
}>;

export type OutcomeCasesQuery = {
  outcomeCases: Array<{
    id: string;
    year: number;
    branchId: string;
    memberId: string;
    level: WarningLevel;
    levelLabel: string;
    total: string;
    state: CaseState;
    stateLabel: string;
    availableActions: Array<string>;
    probationExtension: boolean;
    redTwoYearsRunning: boolean;
    interviewedOn: string | null;
    interviewRecord: string | null;
    causes: string | null;
    closingNote: string | null;
    openedAt: string;
    closedAt: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    member: { id: string; name: string; status: MemberStatus } | null;
    measures: Array<{
      id: string;
      position: number;
      description: string;
      deadline: string;
      doneOn: string | null;
      doneNote: string | null;
    }>;
  }>;
};

export type RecordInterviewMutationVariables = Exact<{
  input: InterviewInput;
}>;

export type RecordInterviewMutation = {
  recordInterview: {
    id: string;
    year: number;
    branchId: string;
    memberId: string;
    level: WarningLevel;
    levelLabel: string;
    total: string;
    state: CaseState;
    stateLabel: string;
    availableActions: Array<string>;
    probationExtension: boolean;
    redTwoYearsRunning: boolean;
    interviewedOn: string | null;
    interviewRecord: string | null;
    causes: string | null;
    closingNote: string | null;
    openedAt: string;
    closedAt: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    member: { id: string; name: string; status: MemberStatus } | null;
    measures: Array<{
      id: string;
      position: number;
      description: string;
      deadline: string;
      doneOn: string | null;
      doneNote: string | null;
    }>;
  };
};

export type SetRectificationMeasuresMutationVariables = Exact<{
  caseId: string | number;
  measures: Array<MeasureInput> | MeasureInput;
}>;

export type SetRectificationMeasuresMutation = {
  setRectificationMeasures: {
    id: string;
    year: number;
    branchId: string;
    memberId: string;
    level: WarningLevel;
    levelLabel: string;
    total: string;
    state: CaseState;
    stateLabel: string;
    availableActions: Array<string>;
    probationExtension: boolean;
    redTwoYearsRunning: boolean;
    interviewedOn: string | null;
    interviewRecord: string | null;
    causes: string | null;
    closingNote: string | null;
    openedAt: string;
    closedAt: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    member: { id: string; name: string; status: MemberStatus } | null;
    measures: Array<{
      id: string;
      position: number;
      description: string;
      deadline: string;
      doneOn: string | null;
      doneNote: string | null;
    }>;
  };
};

export type CompleteMeasureMutationVariables = Exact<{
  input: MeasureDoneInput;
}>;

export type CompleteMeasureMutation = {
  completeMeasure: { id: string; doneOn: string | null; doneNote: string | null };
};

export type CloseOutcomeCaseMutationVariables = Exact<{
  caseId: string | number;
  note: string;
}>;

export type CloseOutcomeCaseMutation = {
  closeOutcomeCase: {
    id: string;
    year: number;
    branchId: string;
    memberId: string;
    level: WarningLevel;
    levelLabel: string;
    total: string;
    state: CaseState;
    stateLabel: string;
    availableActions: Array<string>;
    probationExtension: boolean;
    redTwoYearsRunning: boolean;
    interviewedOn: string | null;
    interviewRecord: string | null;
    causes: string | null;
    closingNote: string | null;
    openedAt: string;
    closedAt: string | null;
    workflow: Array<{ state: string; label: string; status: WorkflowStepStatus }>;
    member: { id: string; name: string; status: MemberStatus } | null;
    measures: Array<{
      id: string;
      position: number;
      description: string;
      deadline: string;
      doneOn: string | null;
      doneNote: string | null;
    }>;
  };
};

export const ViewerFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bureauId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bureauName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'today' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'screens' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'screen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchScoped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allBranches' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchIds' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allBranches' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchIds' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const DeclarationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeclarationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Declaration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countedPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scorekeeperAccepted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stepLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclarationFieldsFragment, unknown>;
export const PublicationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicationFieldsFragment, unknown>;
export const AnnualFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnnualFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grades' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnnualFieldsFragment, unknown>;
export const SheetFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SheetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MonthlySheet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schemeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schemeVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'columns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryNameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionTopic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'max' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cells' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'averages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SheetFieldsFragment, unknown>;
export const BranchComparisonRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BranchComparisonRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'key' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                { kind: 'Field', name: { kind: 'Name', value: 'max' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'base' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'special' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bands' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BranchComparisonRowFragment, unknown>;
export const QuarterReviewFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuarterReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuarterAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signOverrideReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedSinceConfirmed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'confirmationLabel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'confirmation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'objection' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inPersonOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inPersonNote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'round' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seenTotal' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'schemeVersion' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuarterReviewFieldsFragment, unknown>;
export const RosterMemberFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RosterMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullMemberOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'group' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RosterMemberFragment, unknown>;
export const RosterImportResultFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RosterImportResultFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RosterImportResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'valid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'groupsToCreate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RosterImportResultFieldsFragment, unknown>;
export const SchemeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SchemeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Scheme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveFromMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchemeFieldsFragment, unknown>;
export const TryOutLineFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TryOutLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ScoreLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'textZh' } },
          { kind: 'Field', name: { kind: 'Name', value: 'textEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'points' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TryOutLineFieldsFragment, unknown>;
export const TryOutScoreFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TryOutScore' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberScore' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'schemeVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'value' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'base' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'value' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'special' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'value' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'value' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'band' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'warnings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TryOutScoreFragment, unknown>;
export const WhatIfSummaryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WhatIfSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WhatIfSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'members' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meanCurrent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meanDraft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meanShift' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bandChanged' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bands' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'movedIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'movedOut' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'distribution' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draft' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WhatIfSummaryFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BranchSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'present' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const SpotCheckItemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SpotCheckItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SpotCheckItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recorded' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemNameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dutyStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paidOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attendees' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpotCheckItemFieldsFragment, unknown>;
export const UserRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserAccount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loginName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'branch' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'branch' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserRowFragment, unknown>;
export const OutcomeCaseFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutcomeCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutcomeCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'probationExtension' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redTwoYearsRunning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interviewedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interviewRecord' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneNote' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutcomeCaseFieldsFragment, unknown>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bureauId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bureauName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'today' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'screens' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'screen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchScoped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allBranches' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchIds' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allBranches' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchIds' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const BranchesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Branches' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branches' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BranchesQuery, BranchesQueryVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MyTasksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyTasks' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myTasks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'today' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdueCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'link' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'menuKey' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'ref' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'link' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyTasksQuery, MyTasksQueryVariables>;
export const MyNotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNotifications' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNotifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '30' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'link' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const UploadEvidenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UploadEvidence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UploadEvidenceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadEvidence' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UploadEvidenceMutation, UploadEvidenceMutationVariables>;
export const RaiseNoticeObjectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RaiseNoticeObjection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'NoticeObjectionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raiseNoticeObjection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RaiseNoticeObjectionMutation, RaiseNoticeObjectionMutationVariables>;
export const DecideNoticeObjectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideNoticeObjection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ObjectionDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideNoticeObjection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideNoticeObjectionMutation, DecideNoticeObjectionMutationVariables>;
export const NoticeTermsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NoticeTerms' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'publishedOn' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'noticeWindow' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'publishedOn' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'publishedOn' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NoticeTermsQuery, NoticeTermsQueryVariables>;
export const OutcomeBandsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OutcomeBands' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomeBands' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutcomeBandsQuery, OutcomeBandsQueryVariables>;
export const YearSchemesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'YearSchemes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schemes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveFromMonth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<YearSchemesQuery, YearSchemesQueryVariables>;
export const ChangeMyPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeMyPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeMyPasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeMyPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const ApiTokenOwnersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApiTokenOwners' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiTokenOwners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loginName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiTokenOwnersQuery, ApiTokenOwnersQueryVariables>;
export const ApiTokensDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApiTokens' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiTokens' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateApiToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiTokenInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiToken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiToken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeApiToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiToken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const ScoreRankingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ScoreRanking' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScoreListFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scoreList' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'outcomeBand' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'projectionBand' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'schemeVersion' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'member' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'group' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'branch' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScoreRankingQuery, ScoreRankingQueryVariables>;
export const RankingGroupsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RankingGroups' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partyGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RankingGroupsQuery, RankingGroupsQueryVariables>;
export const AnnualResultsExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnnualResultsExport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'annualResultsExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnnualResultsExportQuery, AnnualResultsExportQueryVariables>;
export const AnalyticsBranchStatisticsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnalyticsBranchStatistics' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scoreStatistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'BRANCH' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'minGroupSize' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'BranchComparisonRow' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BranchComparisonRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'key' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                { kind: 'Field', name: { kind: 'Name', value: 'max' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'base' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'special' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bands' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AnalyticsBranchStatisticsQuery,
  AnalyticsBranchStatisticsQueryVariables
>;
export const AnnualBranchStatisticsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnnualBranchStatistics' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scoreStatistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'BRANCH' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'minGroupSize' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'key' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'bands' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnnualBranchStatisticsQuery, AnnualBranchStatisticsQueryVariables>;
export const AnnualAssessmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnnualAssessments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'annualAssessments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnnualFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnnualFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grades' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnnualAssessmentsQuery, AnnualAssessmentsQueryVariables>;
export const AnnualStartActionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnnualStartActions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'annualStartActions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnnualStartActionsQuery, AnnualStartActionsQueryVariables>;
export const AnnualMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnnualMembers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeInactive' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnnualMembersQuery, AnnualMembersQueryVariables>;
export const StartAnnualEvaluationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartAnnualEvaluation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startAnnualEvaluation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnnualFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnnualFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grades' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartAnnualEvaluationMutation, StartAnnualEvaluationMutationVariables>;
export const RecordEvaluationGradesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordEvaluationGrades' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'grades' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationGradeInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordEvaluationGrades' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assessmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'grades' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'grades' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordEvaluationGradesMutation,
  RecordEvaluationGradesMutationVariables
>;
export const CompleteAnnualReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteAnnualReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeAnnualReview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assessmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnnualFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnnualFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grades' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteAnnualReviewMutation, CompleteAnnualReviewMutationVariables>;
export const ReviseYearDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviseYear' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviseYear' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assessmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnnualFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnnualFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grades' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviseYearMutation, ReviseYearMutationVariables>;
export const SubmitYearDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitYear' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitYear' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assessmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnnualFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnnualFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grades' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitYearMutation, SubmitYearMutationVariables>;
export const ApproveYearDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveYear' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveYear' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assessmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnnualFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnnualFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grades' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveYearMutation, ApproveYearMutationVariables>;
export const ReturnYearDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReturnYear' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnYear' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assessmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnnualFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnnualFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grades' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnYearMutation, ReturnYearMutationVariables>;
export const PublishYearDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishYear' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishYear' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assessmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnnualFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnnualFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grades' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishYearMutation, PublishYearMutationVariables>;
export const CommitteeFlagsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CommitteeFlags' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'committeeFlags' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommitteeFlagsQuery, CommitteeFlagsQueryVariables>;
export const AuditEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditFilterInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationLabelEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityLabelEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorUserId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'branch' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'changes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'beforeEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'afterEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'changed' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const AuditFiltersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditFilters' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditCatalogue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'canVerifyChain' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'operations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entities' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branches' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loginName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditFiltersQuery, AuditFiltersQueryVariables>;
export const AuditChainStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditChainStatus' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditChainStatus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entries' } },
                { kind: 'Field', name: { kind: 'Name', value: 'brokenAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditChainStatusQuery, AuditChainStatusQueryVariables>;
export const WorkingYearDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkingYear' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingCalendar' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'working' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'known' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendarAmendments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkingYearQuery, WorkingYearQueryVariables>;
export const SetCalendarDayDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetCalendarDay' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarDayInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCalendarDay' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetCalendarDayMutation, SetCalendarDayMutationVariables>;
export const RemoveCalendarAmendmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveCalendarAmendment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'date' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeCalendarAmendment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'date' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'date' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RemoveCalendarAmendmentMutation,
  RemoveCalendarAmendmentMutationVariables
>;
export const MyQuartersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyQuarters' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quarterAssessments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changedSinceConfirmed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confirmationLabel' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'confirmation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'objection' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'score' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lines' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'PublicationFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyQuartersQuery, MyQuartersQueryVariables>;
export const RespondToQuarterRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RespondToQuarterRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'QuarterRecordResponseInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondToQuarterRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'objection' } },
                { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RespondToQuarterRecordMutation,
  RespondToQuarterRecordMutationVariables
>;
export const BranchDeclarationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BranchDeclarations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeclarationFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declarations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeclarationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeclarationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Declaration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countedPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scorekeeperAccepted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stepLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BranchDeclarationsQuery, BranchDeclarationsQueryVariables>;
export const DecideDeclarationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideDeclaration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideDeclarationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideDeclaration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeclarationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeclarationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Declaration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countedPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scorekeeperAccepted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stepLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideDeclarationMutation, DecideDeclarationMutationVariables>;
export const ResolveDeclarationDisputeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResolveDeclarationDispute' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ResolveDeclarationDisputeInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolveDeclarationDispute' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeclarationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeclarationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Declaration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countedPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scorekeeperAccepted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stepLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ResolveDeclarationDisputeMutation,
  ResolveDeclarationDisputeMutationVariables
>;
export const MyDeclarationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyDeclarations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeclarationFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declarations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeclarationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeclarationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Declaration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countedPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scorekeeperAccepted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stepLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyDeclarationsQuery, MyDeclarationsQueryVariables>;
export const SubmitDeclarationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitDeclaration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitDeclarationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitDeclaration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeclarationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeclarationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Declaration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countedPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scorekeeperAccepted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stepLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitDeclarationMutation, SubmitDeclarationMutationVariables>;
export const DisputeDeclarationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DisputeDeclaration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DisputeDeclarationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disputeDeclaration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeclarationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeclarationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Declaration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countedPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scorekeeperAccepted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stepLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DisputeDeclarationMutation, DisputeDeclarationMutationVariables>;
export const MonthlySheetLiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MonthlySheetLive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pending' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'SheetCellInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'monthlySheet' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'pending' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'pending' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'categories' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'averages' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'categories' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MonthlySheetLiveQuery, MonthlySheetLiveQueryVariables>;
export const MonthlySheetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MonthlySheet' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'monthlySheet' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SheetFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SheetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MonthlySheet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schemeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schemeVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'columns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryNameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionTopic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'max' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cells' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'averages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MonthlySheetQuery, MonthlySheetQueryVariables>;
export const SaveMonthlySheetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveMonthlySheet' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveMonthlySheetInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveMonthlySheet' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sheet' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SheetFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SheetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MonthlySheet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schemeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schemeVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'columns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryNameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionTopic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'max' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cells' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'averages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveMonthlySheetMutation, SaveMonthlySheetMutationVariables>;
export const MonthlySheetExcelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MonthlySheetExcel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'monthlySheetExcel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MonthlySheetExcelQuery, MonthlySheetExcelQueryVariables>;
export const SheetImportPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SheetImportPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SheetImportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'monthlySheetImportPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cell' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memberName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cell' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memberName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'messageZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SheetImportPreviewQuery, SheetImportPreviewQueryVariables>;
export const ImportMonthlySheetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportMonthlySheet' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SheetImportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importMonthlySheet' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sheet' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SheetFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SheetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MonthlySheet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schemeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schemeVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'columns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryNameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionTopic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'max' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cells' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'averages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportMonthlySheetMutation, ImportMonthlySheetMutationVariables>;
export const RecordedMonthsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RecordedMonths' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedMonths' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedThrough' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'months' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recorded' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordedMonthsQuery, RecordedMonthsQueryVariables>;
export const MarkMonthRecordedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkMonthRecorded' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markMonthRecorded' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedThrough' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'months' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recorded' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkMonthRecordedMutation, MarkMonthRecordedMutationVariables>;
export const UnmarkMonthRecordedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnmarkMonthRecorded' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unmarkMonthRecorded' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedThrough' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'months' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recorded' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnmarkMonthRecordedMutation, UnmarkMonthRecordedMutationVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'loginName' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'loginName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'loginName' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bureauId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bureauName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'today' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'screens' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'screen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchScoped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allBranches' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchIds' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allBranches' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchIds' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MemberPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RosterMember' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromMonth' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toMonth' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'branch' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'year' },
                  name: { kind: 'Name', value: 'score' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'q1' },
                  name: { kind: 'Name', value: 'score' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'quarter' },
                      value: { kind: 'IntValue', value: '1' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'q2' },
                  name: { kind: 'Name', value: 'score' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'quarter' },
                      value: { kind: 'IntValue', value: '2' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'q3' },
                  name: { kind: 'Name', value: 'score' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'quarter' },
                      value: { kind: 'IntValue', value: '3' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'q4' },
                  name: { kind: 'Name', value: 'score' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'quarter' },
                      value: { kind: 'IntValue', value: '4' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RosterMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullMemberOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'group' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberPageQuery, MemberPageQueryVariables>;
export const MemberExplanationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberExplanation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quarter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberScore' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quarter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quarter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'value' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'textZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'textEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberExplanationQuery, MemberExplanationQueryVariables>;
export const MemberAuditDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberAudit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditFilterInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationLabelEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'changes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'beforeEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'afterEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'changed' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberAuditQuery, MemberAuditQueryVariables>;
export const MemberMonthsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberMonths' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberScore' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'months' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'categories' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberMonthsQuery, MemberMonthsQueryVariables>;
export const MemberDeclarationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberDeclarations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeclarationFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declarations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeclarationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeclarationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Declaration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declaredPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countedPoints' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scorekeeperAccepted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stepLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberDeclarationsQuery, MemberDeclarationsQueryVariables>;
export const MemberOutcomeCasesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberOutcomeCases' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomeCases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OutcomeCaseFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutcomeCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutcomeCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'probationExtension' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redTwoYearsRunning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interviewedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interviewRecord' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneNote' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberOutcomeCasesQuery, MemberOutcomeCasesQueryVariables>;
export const MyScoreDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyScore' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quarter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberScore' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quarter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quarter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
                { kind: 'Field', name: { kind: 'Name', value: 'schemeVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'projection' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'earlyWarning' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'monthsScored' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'projectionLines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'textZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'textEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'exact' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'base' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'value' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'special' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'value' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evaluation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'value' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluationGrade' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'yellowWarning' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'redWarning' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'redTwoYearsRunning' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'probationaryInterview' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'probationExtension' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'specialItems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'months' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'textZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'textEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warnings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'messageZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyScoreQuery, MyScoreQueryVariables>;
export const BranchParticipationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BranchParticipation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participationStatistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'BRANCH' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'minGroupSize' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'key' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attendanceRate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'quotas' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unitZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unitEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fullShare' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'dues' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'onTimeShare' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'violations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BranchParticipationQuery, BranchParticipationQueryVariables>;
export const OverviewStatisticsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OverviewStatistics' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'bureau' },
            name: { kind: 'Name', value: 'scoreStatistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'bucketWidth' },
                value: { kind: 'IntValue', value: '5' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minGroupSize' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'bands' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'histogram' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'branches' },
            name: { kind: 'Name', value: 'scoreStatistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'BRANCH' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'BranchComparisonRow' },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'months' },
            name: { kind: 'Name', value: 'scoreStatistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'MONTH' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'key' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'month' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'branchMonths' },
            name: { kind: 'Name', value: 'scoreStatistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    { kind: 'EnumValue', value: 'BRANCH' },
                    { kind: 'EnumValue', value: 'MONTH' },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'key' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BranchComparisonRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'key' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                { kind: 'Field', name: { kind: 'Name', value: 'max' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'base' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'special' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bands' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverviewStatisticsQuery, OverviewStatisticsQueryVariables>;
export const QuarterAssessmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QuarterAssessments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quarterAssessments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuarterReviewFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuarterReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuarterAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signOverrideReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedSinceConfirmed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'confirmationLabel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'confirmation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'objection' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inPersonOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inPersonNote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'round' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seenTotal' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'schemeVersion' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuarterAssessmentsQuery, QuarterAssessmentsQueryVariables>;
export const QuarterLinesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QuarterLines' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quarterAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'score' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'lines' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuarterLinesQuery, QuarterLinesQueryVariables>;
export const QuarterPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QuarterPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScoreListFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scoreList' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'member' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuarterPreviewQuery, QuarterPreviewQueryVariables>;
export const StartQuarterReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartQuarterReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'QuarterKeyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startQuarterReview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuarterReviewFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuarterReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuarterAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signOverrideReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedSinceConfirmed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'confirmationLabel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'confirmation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'objection' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inPersonOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inPersonNote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'round' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seenTotal' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'schemeVersion' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartQuarterReviewMutation, StartQuarterReviewMutationVariables>;
export const RefreshQuarterRosterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefreshQuarterRoster' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refreshQuarterRoster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assessmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuarterReviewFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuarterReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuarterAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signOverrideReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedSinceConfirmed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'confirmationLabel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'confirmation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'objection' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inPersonOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inPersonNote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'round' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seenTotal' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'schemeVersion' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefreshQuarterRosterMutation, RefreshQuarterRosterMutationVariables>;
export const RecordPanelConfirmationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordPanelConfirmations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'confirmedOn' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordPanelConfirmations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assessmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberIds' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'confirmedOn' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'confirmedOn' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inPersonOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordPanelConfirmationsMutation,
  RecordPanelConfirmationsMutationVariables
>;
export const ResolveQuarterObjectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResolveQuarterObjection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'confirmationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'resolution' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolveQuarterObjection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'confirmationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'confirmationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'resolution' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'resolution' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ResolveQuarterObjectionMutation,
  ResolveQuarterObjectionMutationVariables
>;
export const SignQuarterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignQuarter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overrideReason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signQuarter' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assessmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overrideReason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overrideReason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuarterReviewFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuarterReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuarterAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signOverrideReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedSinceConfirmed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'confirmationLabel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'confirmation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'objection' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inPersonOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inPersonNote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'round' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seenTotal' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'schemeVersion' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignQuarterMutation, SignQuarterMutationVariables>;
export const PublishQuarterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishQuarter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishQuarter' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assessmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assessmentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuarterReviewFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstCountedDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'objections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuarterReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuarterAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signOverrideReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedSinceConfirmed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'confirmationLabel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'confirmation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'objection' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inPersonOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inPersonNote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'round' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seenTotal' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'frozen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'schemeVersion' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishQuarterMutation, PublishQuarterMutationVariables>;
export const QuarterStartActionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QuarterStartActions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'QuarterKeyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quarterStartActions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuarterStartActionsQuery, QuarterStartActionsQueryVariables>;
export const RosterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Roster' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RosterMember' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RosterMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullMemberOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'group' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RosterQuery, RosterQueryVariables>;
export const RosterBranchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RosterBranch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branch' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rosterActions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RosterBranchQuery, RosterBranchQueryVariables>;
export const CreateMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateMemberInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RosterMember' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RosterMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullMemberOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'group' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateMemberMutation, CreateMemberMutationVariables>;
export const UpdateMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMemberInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RosterMember' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RosterMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullMemberOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'group' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const DeleteMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteMemberMutation, DeleteMemberMutationVariables>;
export const TransferMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TransferMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferMemberInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transferMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RosterMember' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RosterMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullMemberOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'group' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransferMemberMutation, TransferMemberMutationVariables>;
export const RecordFullMembershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordFullMembership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordFullMembershipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordFullMembership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RosterMember' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RosterMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullMemberOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'group' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordFullMembershipMutation, RecordFullMembershipMutationVariables>;
export const RecordMemberLeavingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordMemberLeaving' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordMemberLeavingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordMemberLeaving' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RosterMember' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RosterMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullMemberOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'group' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordMemberLeavingMutation, RecordMemberLeavingMutationVariables>;
export const TransferTargetsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TransferTargets' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branches' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransferTargetsQuery, TransferTargetsQueryVariables>;
export const RosterExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RosterExport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rosterExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RosterExportQuery, RosterExportQueryVariables>;
export const RosterImportPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RosterImportPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RosterImportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rosterImportPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RosterImportResultFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RosterImportResultFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RosterImportResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'valid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'groupsToCreate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RosterImportPreviewQuery, RosterImportPreviewQueryVariables>;
export const ImportRosterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportRoster' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RosterImportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importRoster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RosterImportResultFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RosterImportResultFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RosterImportResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'valid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'groupsToCreate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportRosterMutation, ImportRosterMutationVariables>;
export const SchemesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Schemes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schemes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SchemeFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SchemeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Scheme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveFromMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchemesQuery, SchemesQueryVariables>;
export const CreateSchemeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateScheme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SchemeSource' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createScheme' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SchemeFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SchemeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Scheme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveFromMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateSchemeMutation, CreateSchemeMutationVariables>;
export const UpdateSchemeDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSchemeDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'definition' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSchemeDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'definition' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'definition' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SchemeFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SchemeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Scheme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveFromMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateSchemeDraftMutation, UpdateSchemeDraftMutationVariables>;
export const PublishSchemeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishScheme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishScheme' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SchemeFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SchemeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Scheme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveFromMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishSchemeMutation, PublishSchemeMutationVariables>;
export const CreateSchemeCorrectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateSchemeCorrection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'effectiveFromMonth' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSchemeCorrection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'effectiveFromMonth' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'effectiveFromMonth' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SchemeFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SchemeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Scheme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveFromMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateSchemeCorrectionMutation,
  CreateSchemeCorrectionMutationVariables
>;
export const SchemeSampleMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SchemeSampleMembers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchemeSampleMembersQuery, SchemeSampleMembersQueryVariables>;
export const SchemeTryOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SchemeTryOut' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draft' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SchemeDraftInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'recordsYear' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quarter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schemeTryOut' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draft' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draft' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'recordsYear' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'recordsYear' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quarter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quarter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'recordsYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'delta' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'current' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TryOutScore' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'draft' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TryOutScore' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'current' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'TryOutLineFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draft' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'TryOutLineFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TryOutScore' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberScore' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'schemeVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'value' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'base' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'value' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'special' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'value' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'value' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'band' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'warnings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TryOutLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ScoreLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'textZh' } },
          { kind: 'Field', name: { kind: 'Name', value: 'textEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'points' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchemeTryOutQuery, SchemeTryOutQueryVariables>;
export const SchemeWhatIfDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SchemeWhatIf' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draft' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SchemeDraftInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'recordsYear' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schemeWhatIf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draft' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draft' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'recordsYear' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'recordsYear' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'recordsYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currentVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftYear' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bureau' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'WhatIfSummaryFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'branches' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'WhatIfSummaryFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'draft' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'delta' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currentBand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'draftBand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changed' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WhatIfSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WhatIfSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'members' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meanCurrent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meanDraft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meanShift' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bandChanged' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bands' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'movedIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'movedOut' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'distribution' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draft' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchemeWhatIfQuery, SchemeWhatIfQueryVariables>;
export const SchemeWhatIfExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SchemeWhatIfExport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draft' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SchemeDraftInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'recordsYear' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schemeWhatIfExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draft' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draft' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'recordsYear' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'recordsYear' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchemeWhatIfExportQuery, SchemeWhatIfExportQueryVariables>;
export const RuleKindsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RuleKinds' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ruleKinds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sections' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cell' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fields' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'input' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'defaults' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RuleKindsQuery, RuleKindsQueryVariables>;
export const BranchSessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BranchSessions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BranchSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'present' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BranchSessionsQuery, BranchSessionsQueryVariables>;
export const RecordSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BranchSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'present' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordSessionMutation, RecordSessionMutationVariables>;
export const UpdateSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BranchSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'present' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateSessionMutation, UpdateSessionMutationVariables>;
export const DeleteSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteSessionMutation, DeleteSessionMutationVariables>;
export const SaveAttendanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveAttendance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveMonthlySheetInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveMonthlySheet' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sheet' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SheetFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SheetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MonthlySheet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schemeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schemeVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'columns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryNameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionTopic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'max' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cells' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'averages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                { kind: 'Field', name: { kind: 'Name', value: 'special' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveAttendanceMutation, SaveAttendanceMutationVariables>;
export const BranchItemProposalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BranchItemProposals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branchItemProposals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'branch' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BranchItemProposalsQuery, BranchItemProposalsQueryVariables>;
export const DecideBranchItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideBranchItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'approve' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideBranchItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'approve' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'approve' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideBranchItemMutation, DecideBranchItemMutationVariables>;
export const BranchItemProposalStatusesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BranchItemProposalStatuses' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branchItemProposalStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  BranchItemProposalStatusesQuery,
  BranchItemProposalStatusesQueryVariables
>;
export const SpotChecksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SpotChecks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spotChecks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromMonth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toMonth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedSize' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedShare' } },
                { kind: 'Field', name: { kind: 'Name', value: 'populationSize' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sampleSize' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stateCounts' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'branchId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'branchId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SpotCheckItemFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SpotCheckItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SpotCheckItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recorded' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemNameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dutyStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paidOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attendees' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpotChecksQuery, SpotChecksQueryVariables>;
export const DrawSpotCheckDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DrawSpotCheck' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DrawSpotCheckInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'drawSpotCheck' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sampleSize' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DrawSpotCheckMutation, DrawSpotCheckMutationVariables>;
export const RecordSpotCheckFindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordSpotCheckFinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SpotCheckFindingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordSpotCheckFinding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SpotCheckItemFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SpotCheckItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SpotCheckItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recorded' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemNameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dutyStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paidOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attendees' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordSpotCheckFindingMutation,
  RecordSpotCheckFindingMutationVariables
>;
export const AnswerSpotCheckFollowUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AnswerSpotCheckFollowUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AnswerSpotCheckInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerSpotCheckFollowUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SpotCheckItemFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SpotCheckItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SpotCheckItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recorded' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemNameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dutyStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paidOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attendees' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AnswerSpotCheckFollowUpMutation,
  AnswerSpotCheckFollowUpMutationVariables
>;
export const CloseSpotCheckFollowUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseSpotCheckFollowUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseSpotCheckInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeSpotCheckFollowUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SpotCheckItemFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SpotCheckItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SpotCheckItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'branch' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recorded' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemNameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dutyStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paidOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attendees' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CloseSpotCheckFollowUpMutation,
  CloseSpotCheckFollowUpMutationVariables
>;
export const SpotCheckExcelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SpotCheckExcel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spotCheckExcel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpotCheckExcelQuery, SpotCheckExcelQueryVariables>;
export const BranchCorrectionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BranchCorrections' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'corrections' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'months' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BranchCorrectionsQuery, BranchCorrectionsQueryVariables>;
export const TaskSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TaskSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'taskSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadlines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'defaultDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookEnabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TaskSettingsQuery, TaskSettingsQueryVariables>;
export const SetTaskSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetTaskSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TaskSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTaskSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadlines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'defaultDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookEnabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetTaskSettingsMutation, SetTaskSettingsMutationVariables>;
export const SendRemindersNowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendRemindersNow' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendRemindersNow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                { kind: 'Field', name: { kind: 'Name', value: 'delivered' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendRemindersNowMutation, SendRemindersNowMutationVariables>;
export const UsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Users' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserRow' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'accountActions' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserAccount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loginName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'branch' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'branch' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const GrantableRolesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GrantableRoles' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grantableRoles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GrantableRolesQuery, GrantableRolesQueryVariables>;
export const CreateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserAccount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loginName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'branch' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'branch' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserAccount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loginName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'branch' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'branch' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetUserPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetUserPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResetUserPasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetUserPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'oneTimePassword' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserRow' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserAccount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loginName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'branch' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'branch' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const GrantRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GrantRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'GrantRoleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grantRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const MembersToLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MembersToLink' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'branch' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MembersToLinkQuery, MembersToLinkQueryVariables>;
export const OutcomeCasesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OutcomeCases' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomeCases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'branchId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'branchId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OutcomeCaseFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutcomeCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutcomeCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'probationExtension' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redTwoYearsRunning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interviewedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interviewRecord' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneNote' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutcomeCasesQuery, OutcomeCasesQueryVariables>;
export const RecordInterviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordInterview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InterviewInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordInterview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OutcomeCaseFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutcomeCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutcomeCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'probationExtension' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redTwoYearsRunning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interviewedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interviewRecord' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneNote' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordInterviewMutation, RecordInterviewMutationVariables>;
export const SetRectificationMeasuresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetRectificationMeasures' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'measures' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setRectificationMeasures' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'measures' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'measures' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OutcomeCaseFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutcomeCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutcomeCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'probationExtension' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redTwoYearsRunning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interviewedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interviewRecord' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneNote' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetRectificationMeasuresMutation,
  SetRectificationMeasuresMutationVariables
>;
export const CompleteMeasureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteMeasure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureDoneInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeMeasure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneNote' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteMeasureMutation, CompleteMeasureMutationVariables>;
export const CloseOutcomeCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseOutcomeCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeOutcomeCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OutcomeCaseFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutcomeCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutcomeCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'branchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'probationExtension' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redTwoYearsRunning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interviewedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interviewRecord' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneNote' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseOutcomeCaseMutation, CloseOutcomeCaseMutationVariables>;
