/**
 * Texts of what waits for people beyond the to-do list itself: the committee's overdue branch
 * steps, the task settings screen and the printable 公示 notice, spread into the catalogue.
 */
export const tasksZh = {
  'overview.overdue': '各支部逾期事项',
  'overview.overdueNone': '各支部暂无逾期事项',

  'nav.taskSettings': '待办与提醒设置',
  'taskSettings.title': '待办与提醒设置',
  'taskSettings.intro':
    '各环节的办理期限按工作日计算（以工作日历为准），逾期的事项在待办和全局概览中标出。',
  'taskSettings.deadlines': '办理期限',
  'taskSettings.days': '个工作日',
  'taskSettings.default': '默认 {days} 个工作日',
  'taskSettings.webhook': '外部消息推送',
  'taskSettings.webhookEnabled': '向本局消息系统推送提醒',
  'taskSettings.webhookUrl': '推送地址',
  'taskSettings.webhookHelp':
    '每条新提醒以 JSON 格式 POST 到该地址一次；推送失败的，下次发送提醒时重试。',
  'taskSettings.save': '保存设置',
  'taskSettings.saved': '设置已保存',
  'taskSettings.sendNow': '立即发送提醒',
  'taskSettings.sent': '新提醒 {created} 条，推送成功 {delivered} 条，失败 {failed} 条',

  'noticePrint.print': '打印公示',
  'noticePrint.periodQuarter': '{year}年第{quarter}季度',
  'noticePrint.periodYear': '{year}年度',
  'noticePrint.title': '{branch}{period}党员积分考评结果公示',
  'noticePrint.introQuarter':
    '根据党员积分制考核管理有关规定，经支部考评、党员本人核对确认和支部书记签字，现将{period}党员积分考评结果予以公示。',
  'noticePrint.introYear':
    '根据党员积分制考核管理有关规定，经支部委员会评议和机关党委审定，现将{period}党员积分考评结果予以公示。',
  'noticePrint.republished': '本名单为第 {number} 次公示（更正后重新公示）。',
  'noticePrint.no': '序号',
  'noticePrint.window': '公示期：{from}至{to}（{to}24时截止）。',
  'noticePrint.whereToObject':
    '公示期间，党员和群众对公示结果有异议的，请于{to}前向{branch}委员会书面或当面反映，也可在党员积分制考核管理平台的公示栏中提出异议。',
  'noticePrint.signedBy': '中共{branch}委员会',
};
