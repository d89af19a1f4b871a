/** What each audited operation and entity is called on screen, zh-CN first; the log stores codes. */
export type Label = { zh: string; en: string };

const l = (zh: string, en: string): Label => ({ zh, en });

export const OPERATION_LABELS = {
  'auth.login': l('登录', 'Log-in'),
  'auth.loginFailed': l('登录失败', 'Failed log-in'),
  'auth.logout': l('退出登录', 'Log-out'),
  'auth.changePassword': l('修改本人密码', 'Changed own password'),
  'apiToken.create': l('新建 API 令牌', 'API token created'),
  'apiToken.revoke': l('吊销 API 令牌', 'API token revoked'),
  'user.create': l('新建账号', 'Account created'),
  'user.update': l('修改账号', 'Account changed'),
  'user.resetPassword': l('重置密码', 'Password reset'),
  'role.grant': l('分配角色', 'Role granted'),
  'role.revoke': l('撤销角色', 'Role revoked'),
  'branch.create': l('新建支部', 'Branch created'),
  'branch.update': l('修改支部', 'Branch changed'),
  'branch.delete': l('删除支部', 'Branch deleted'),
  'partyGroup.create': l('新建党小组', 'Party group created'),
  'partyGroup.update': l('修改党小组', 'Party group changed'),
  'partyGroup.delete': l('删除党小组', 'Party group deleted'),
  'member.create': l('新增党员', 'Member added'),
  'member.update': l('修改党员信息', 'Member corrected'),
  'member.delete': l('删除误录党员', 'Mistaken member entry deleted'),
  'member.recordFullMembership': l('党员转正', 'Full membership recorded'),
  'member.leave': l('党员转出本局', 'Member left the bureau'),
  'member.transferOut': l('组织关系转出', 'Transferred out'),
  'member.transferIn': l('组织关系转入', 'Transferred in'),
  'roster.import': l('导入名册', 'Roster imported'),
  'calendar.amendment.create': l('新增日历调整', 'Calendar amendment added'),
  'calendar.amendment.update': l('修改日历调整', 'Calendar amendment changed'),
  'calendar.amendment.delete': l('删除日历调整', 'Calendar amendment removed'),
  'scheme.create': l('新建方案', 'Scheme created'),
  'scheme.updateDraft': l('修改方案草稿', 'Scheme draft changed'),
  'scheme.publish': l('发布方案', 'Scheme published'),
  'scheme.createCorrection': l('新建方案更正版', 'Scheme correction started'),
  'branchItem.propose': l('申报特色项目', 'Branch item proposed'),
  'branchItem.approve': l('批准特色项目', 'Branch item approved'),
  'branchItem.reject': l('不批准特色项目', 'Branch item rejected'),
  'ledger.recordSession': l('登记组织生活', 'Session recorded'),
  'ledger.updateSession': l('修改组织生活', 'Session changed'),
  'ledger.deleteSession': l('删除组织生活', 'Session deleted'),
  'ledger.recordViolation': l('登记违纪违规', 'Violation recorded'),
  'ledger.saveMonthlySheet': l('保存月度台账', 'Monthly sheet saved'),
  'ledger.importMonthlySheet': l('导入月度台账', 'Monthly sheet imported'),
  'ledger.markMonthRecorded': l('标记月份已登记完毕', 'Month marked as recorded'),
  'ledger.unmarkMonthRecorded': l('撤销月份已登记标记', 'Month recorded mark withdrawn'),
  'evidence.upload': l('上传佐证材料', 'Evidence uploaded'),
  'declaration.submitted': l('提交申报', 'Declaration submitted'),
  'declaration.accepted': l('采纳申报', 'Declaration accepted'),
  'declaration.rejected': l('不予采纳申报', 'Declaration rejected'),
  'declaration.disputed': l('对申报结果提出异议', 'Declaration disputed'),
  'declaration.upheld': l('维持原决定', 'Decision upheld'),
  'declaration.overturned': l('改变原决定', 'Decision overturned'),
  'quarter.review.start': l('开始季度考评', 'Quarterly review started'),
  'quarter.roster.refresh': l('刷新季度考评名单', 'Quarterly review roster refreshed'),
  'quarter.confirmation.confirm': l('党员确认季度得分', 'Member confirmed the quarter'),
  'quarter.confirmation.object': l('党员对季度得分提出异议', 'Member objected to the quarter'),
  'quarter.confirmation.resolve': l('处理党员确认', 'Member confirmation resolved'),
  'quarter.sign': l('季度考评签字', 'Quarter signed'),
  'quarter.publish': l('季度结果公示', 'Quarter published'),
  'quarter.notice.close': l('结束季度公示', 'Quarter notice closed'),
  'notice.objection.raise': l('公示期提出异议', 'Objection raised'),
  'notice.objection.uphold': l('公示异议成立', 'Objection upheld'),
  'notice.objection.dismiss': l('公示异议不成立', 'Objection dismissed'),
  'year.evaluation.start': l('开始年度评定', 'Annual evaluation started'),
  'year.grades.record': l('记录民主评议等次', 'Grades recorded'),
  'year.review.complete': l('完成年度评定', 'Annual evaluation completed'),
  'year.submit': l('报送年度结果', 'Year submitted'),
  'year.return': l('退回年度结果', 'Year returned'),
  'year.approve': l('审批年度结果', 'Year approved'),
  'year.revise': l('修订年度结果', 'Year revised'),
  'year.publish': l('年度结果公示', 'Year published'),
  'correction.open': l('发起更正', 'Correction opened'),
  'correction.apply': l('完成更正', 'Correction applied'),
  'correction.withdraw': l('撤回更正', 'Correction withdrawn'),
  'outcomeCase.open': l('启动结果运用', 'Outcome case opened'),
  'outcomeCase.update': l('更正后调整结果运用', 'Outcome case updated after a correction'),
  'outcomeCase.withdraw': l('更正后撤销结果运用', 'Outcome case withdrawn after a correction'),
  'outcomeCase.interview': l('记录谈话', 'Interview recorded'),
  'outcomeCase.measures': l('制定整改措施', 'Measures set'),
  'outcomeCase.measure.done': l('整改措施完成', 'Measure done'),
  'outcomeCase.close': l('结案', 'Outcome case closed'),
  'spotCheck.draw': l('抽取随机抽查样本', 'Spot-check sample drawn'),
  'spotCheck.finding': l('记录抽查核查结果', 'Spot-check finding recorded'),
  'spotCheck.answer': l('支部答复抽查问题', 'Branch answered a finding'),
  'spotCheck.close': l('关闭抽查问题', 'Finding closed'),
  'tasks.settings.set': l('修改待办提醒设置', 'Task settings changed'),
} satisfies Record<string, Label>;

/** An operation the log records: one with a name on screen, or the type checker refuses it. */
export type AuditOperation = keyof typeof OPERATION_LABELS;

export const ENTITY_LABELS = {
  AuthSession: l('会话', 'Session'),
  ApiToken: l('API 令牌', 'API token'),
  UserAccount: l('账号', 'Account'),
  RoleAssignment: l('角色', 'Role'),
  Branch: l('支部', 'Branch'),
  PartyGroup: l('党小组', 'Party group'),
  Member: l('党员', 'Member'),
  CalendarAmendment: l('日历调整', 'Calendar amendment'),
  Scheme: l('考核方案', 'Scheme'),
  BranchItemProposal: l('特色项目', 'Branch item'),
  BranchSession: l('组织生活', 'Session'),
  MonthlySheet: l('月度台账', 'Monthly sheet'),
  RecordedMonth: l('已登记月份', 'Recorded month'),
  Violation: l('违纪违规', 'Violation'),
  EvidenceFile: l('佐证材料', 'Evidence'),
  Declaration: l('申报', 'Declaration'),
  QuarterAssessment: l('季度考评', 'Quarterly review'),
  MemberConfirmation: l('党员确认', 'Member confirmation'),
  Publication: l('公示', 'Publication'),
  NoticeObjection: l('公示异议', 'Objection'),
  AnnualAssessment: l('年度评定', 'Annual assessment'),
  Correction: l('更正', 'Correction'),
  OutcomeCase: l('结果运用', 'Outcome case'),
  RectificationMeasure: l('整改措施', 'Measure'),
  SpotCheck: l('随机抽查', 'Spot check'),
  SpotCheckItem: l('抽查项', 'Spot-check item'),
  TaskSetting: l('待办提醒设置', 'Task setting'),
} satisfies Record<string, Label>;

/** An entity kind the log records, named on screen as the operations are. */
export type AuditEntityName = keyof typeof ENTITY_LABELS;

/** An operation's label; one not in the catalogue (a newer module) keeps its code, marked. */
export function operationLabel(operation: string): Label {
  return (
    (OPERATION_LABELS as Record<string, Label>)[operation] ??
    l(`其他操作（${operation}）`, `Other (${operation})`)
  );
}

export function entityLabel(entityName: string): Label {
  return (
    (ENTITY_LABELS as Record<string, Label>)[entityName] ??
    l(`其他（${entityName}）`, `Other (${entityName})`)
  );
}
