import { ROLE_LABELS } from '../../auth/roles.js';
import { say } from '../../graphql/locale.js';
import { outcomeBandLabel, scheme2021 } from '@jifen/scoring';
import { CONFIRMATION_METHOD_LABELS } from '../assessments/quarter/quarter-machines.js';
import { MEMBER_STATUS_LABELS } from '../org/members/member-labels.js';
import { LEVEL_BANDS } from '../outcomes/outcome-case.entity.js';
import { DAY_KIND_LABELS } from '../calendar/calendar-amendment.entity.js';
import type { Label } from './audit-labels.js';

const l = (zh: string, en: string): Label => ({ zh, en });

/**
 * What each field of an audit entry's before and after is called on screen. The log stores the
 * snapshots as the services wrote them; this is the one place that names their fields.
 */
export const FIELD_LABELS: Record<string, Label> = {
  // roster
  id: l('编号', 'Id'),
  name: l('名称', 'Name'),
  status: l('状态', 'Status'),
  joinedOn: l('入党日期', 'Joined the Party'),
  fullMemberOn: l('转正日期', 'Full member since'),
  position: l('职务', 'Position'),
  gender: l('性别', 'Gender'),
  birthDate: l('出生日期', 'Date of birth'),
  phone: l('联系电话', 'Phone'),
  groupId: l('党小组', 'Party group'),
  branchId: l('支部', 'Branch'),
  active: l('在册', 'On the roster'),
  fromMonth: l('起始月份', 'From month'),
  toMonth: l('截止月份', 'To month'),
  lastMonth: l('最后所在月份', 'Last month'),
  member: l('党员', 'Member'),
  membership: l('组织关系', 'Membership'),
  memberships: l('组织关系', 'Memberships'),
  closed: l('结束的组织关系', 'Membership closed'),
  opened: l('开始的组织关系', 'Membership opened'),
  from: l('自', 'From'),
  to: l('至', 'To'),
  via: l('途径', 'Through'),
  created: l('新增', 'Added'),
  updated: l('修改', 'Changed'),
  unchanged: l('不变', 'Unchanged'),
  groupsCreated: l('新建党小组', 'Groups created'),
  // branches, groups, accounts, roles
  code: l('编码', 'Code'),
  sortOrder: l('排序', 'Order'),
  leaderId: l('党小组长', 'Group leader'),
  loginName: l('登录名', 'Log-in name'),
  displayName: l('姓名', 'Display name'),
  disabled: l('已停用', 'Disabled'),
  memberId: l('党员', 'Member'),
  mustChangePassword: l('须修改密码', 'Must change password'),
  passwordChanged: l('密码已更改', 'Password changed'),
  sessionsRevoked: l('结束的会话数', 'Sessions ended'),
  role: l('角色', 'Role'),
  // workflows
  state: l('状态', 'State'),
  year: l('年度', 'Year'),
  quarter: l('季度', 'Quarter'),
  month: l('月份', 'Month'),
  reason: l('理由', 'Reason'),
  note: l('说明', 'Note'),
  comment: l('意见', 'Comment'),
  revision: l('修订次数', 'Revision'),
  version: l('版本', 'Version'),
  date: l('日期', 'Date'),
  topic: l('主题', 'Topic'),
  evidenceId: l('佐证材料', 'Evidence'),
  noticeEndsOn: l('公示截止日', 'Notice ends on'),
  members: l('人数', 'Members'),
  confirmations: l('党员确认', 'Confirmations'),
  total: l('总分', 'Total'),
  // sessions and accounts
  userId: l('账号', 'Account'),
  expiresAt: l('有效期至', 'Expires at'),
  // analysts' API tokens (only a prefix of the token is kept in the log)
  prefix: l('令牌前缀', 'Token prefix'),
  revokedAt: l('吊销时间', 'Revoked at'),
  // schemes and items
  origin: l('来源', 'Origin'),
  basedOnId: l('所依据的版本', 'Based on'),
  effectiveFromMonth: l('生效月份', 'Effective from'),
  nameZh: l('名称（中文）', 'Name (Chinese)'),
  nameEn: l('名称（英文）', 'Name (English)'),
  outcomes: l('结果运用', 'Outcomes'),
  incentive: l('激励关怀', 'Incentive'),
  atLeast: l('不低于', 'At least'),
  below: l('低于', 'Below'),
  redWarning: l('红色预警', 'Red warning'),
  yellowWarning: l('黄色预警', 'Yellow warning'),
  priorityCandidate: l('优先推荐', 'Priority candidate'),
  probationExtension: l('延长预备期', 'Probation extended'),
  redTwoYearsRunning: l('连续两年红色预警', 'Red two years running'),
  probationaryInterview: l('预备党员约谈提醒', 'Probationary interview'),
  rounding: l('舍入', 'Rounding'),
  mode: l('方式', 'Mode'),
  decimals: l('小数位数', 'Decimals'),
  sections: l('分数构成', 'Sections'),
  base: l('基础分', 'Base score'),
  cap: l('上限', 'Cap'),
  categories: l('类别', 'Categories'),
  special: l('特色分', 'Special score'),
  items: l('项目', 'Items'),
  evaluation: l('评议分', 'Evaluation'),
  grades: l('等次', 'Grades'),
  probationaryGradedOnDailyPerformance: l(
    '预备党员按日常表现评定',
    'Probationary members graded on daily performance',
  ),
  totalCap: l('总分上限', 'Total cap'),
  firstMonth: l('首月', 'First month'),
  projection: l('预计', 'Projection'),
  earlyWarning: l('提前预警', 'Early warning'),
  evaluationGrade: l('评议等次', 'Evaluation grade'),
  assumptions: l('预计依据', 'Assumptions'),
  superseded: l('已被取代', 'Superseded'),
  item: l('项目', 'Item'),
  itemCode: l('项目', 'Item'),
  rule: l('规则', 'Rule'),
  kind: l('种类', 'Kind'),
  unitPoints: l('单位分值', 'Points per unit'),
  zh: l('中文', 'Chinese'),
  en: l('英文', 'English'),
  // ledger, evidence and declarations
  evidence: l('佐证材料', 'Evidence'),
  branchChosen: l('所选支部', 'Branch chosen'),
  size: l('大小（字节）', 'Size (bytes)'),
  sha256: l('校验值', 'Checksum'),
  fileName: l('文件名', 'File name'),
  mimeType: l('文件类型', 'File type'),
  attendees: l('参加人员', 'Attendees'),
  count: l('次数', 'Count'),
  decision: l('决定', 'Decision'),
  decidedOn: l('决定日期', 'Decided on'),
  countedPoints: l('计入分值', 'Points counted'),
  late: l('逾期', 'Late'),
  on: l('日期', 'On'),
  // reviews, notices, corrections
  added: l('新增', 'Added'),
  removed: l('移除', 'Removed'),
  method: l('确认方式', 'Method'),
  inPerson: l('当面确认', 'In person'),
  onBehalf: l('代为确认', 'On behalf'),
  objection: l('异议', 'Objection'),
  objectionId: l('异议', 'Objection'),
  seenTotal: l('确认时的总分', 'Total seen'),
  resolution: l('处理结果', 'Resolution'),
  totals: l('各人总分', 'Totals'),
  rows: l('行数', 'Rows'),
  number: l('编号', 'Number'),
  publishedOn: l('公示日期', 'Published on'),
  assessmentId: l('考评', 'Assessment'),
  publicationId: l('公示', 'Publication'),
  content: l('内容', 'Content'),
  months: l('月份', 'Months'),
  memberIds: l('党员', 'Members'),
  undecided: l('未决申报', 'Undecided declarations'),
  overrideReason: l('未决申报时签字的理由', 'Reason to sign with declarations undecided'),
  correctionId: l('更正', 'Correction'),
  before: l('更正前', 'Before'),
  after: l('更正后', 'After'),
  why: l('原因', 'Why'),
  // outcome cases
  level: l('预警级别', 'Level'),
  causes: l('原因', 'Causes'),
  record: l('记录', 'Record'),
  interviewedOn: l('谈话日期', 'Interviewed on'),
  measures: l('整改措施', 'Measures'),
  description: l('内容', 'Description'),
  deadline: l('完成时限', 'Deadline'),
  caseId: l('预警处置', 'Case'),
  doneOn: l('完成日期', 'Done on'),
  // spot checks and task settings
  seed: l('随机种子', 'Seed'),
  title: l('标题', 'Title'),
  request: l('抽样要求', 'Request'),
  perBranch: l('各支部抽取数', 'Per branch'),
  sampleSize: l('样本数', 'Sample size'),
  populationSize: l('总体数', 'Population'),
  spotCheckId: l('随机抽查', 'Spot check'),
  answer: l('答复', 'Answer'),
  deadlines: l('期限', 'Deadlines'),
  webhookUrl: l('推送地址', 'Webhook address'),
  webhookEnabled: l('启用推送', 'Webhook on'),
};

/** Where a kind of entry calls a field otherwise (a member's name is a person's). */
export const ENTITY_FIELD_LABELS: Record<string, Record<string, Label>> = {
  Member: { name: l('姓名', 'Name'), status: l('党员类别', 'Category') },
  UserAccount: { memberId: l('对应党员', 'Linked member') },
};

// A member's status in the roster's own words (org/members/member-labels.ts).
const MEMBER_STATUS: Record<string, Label> = Object.fromEntries(
  Object.entries(MEMBER_STATUS_LABELS).map(([code, label]) => [
    code,
    l(label.zh, say(label, 'en')),
  ]),
);

const PLAN_GRADES = Object.fromEntries(
  scheme2021.sections.evaluation.grades.map((g) => [g.code, l(g.nameZh, g.nameEn)]),
);
const PLAN_ITEMS = Object.fromEntries(
  [
    ...scheme2021.sections.base.categories.flatMap((c) => c.items),
    ...scheme2021.sections.special.items,
  ].map((i) => [i.code, l(i.nameZh, i.nameEn)]),
);

/**
 * Codes that a field holds, in words: the member's status and roles. Workflow states are named
 * by their entity's own workflow (audit-state-labels.ts).
 */
export const VALUE_LABELS: Record<string, Record<string, Label>> = {
  status: MEMBER_STATUS,
  role: Object.fromEntries(Object.entries(ROLE_LABELS).map(([k, v]) => [k, l(v.zh, v.en)])),
  method: CONFIRMATION_METHOD_LABELS,
  // A warning case's level is its outcome band.
  level: Object.fromEntries(
    Object.entries(LEVEL_BANDS).map(([level, band]) => {
      const words = outcomeBandLabel(band);
      return [level, l(words.zh, say(words, 'en'))];
    }),
  ),
  // Grades and items by the plan's words; one a later scheme adds keeps its code.
  grades: PLAN_GRADES,
  evaluationGrade: PLAN_GRADES,
  itemCode: PLAN_ITEMS,
};

/** Codes whose words depend on the kind of entry (a correction's kind is a quarter's or a year's). */
export const ENTITY_VALUE_LABELS: Record<string, Record<string, Record<string, Label>>> = {
  Correction: { kind: { quarter: l('季度', 'Quarter'), year: l('年度', 'Year') } },
  CalendarAmendment: { kind: DAY_KIND_LABELS },
};
