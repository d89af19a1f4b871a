import { registerEnumType } from 'type-graphql';

/** What a sampled item is: a ledger cell, a session with its sign-in sheet, or a declaration. */
export enum SpotCheckItemKind {
  QUOTA_ENTRY = 'quota_entry',
  DUTY_ENTRY = 'duty_entry',
  VIOLATION = 'violation',
  SESSION = 'session',
  DECLARATION = 'declaration',
}
registerEnumType(SpotCheckItemKind, {
  name: 'SpotCheckItemKind',
  description: '定额记录 / 党费记录 / 违纪违规记录 / 支部活动及签到表 / 已采纳的个人申报',
});

export const KIND_LABELS: Record<SpotCheckItemKind, { zh: string; en: string }> = {
  [SpotCheckItemKind.QUOTA_ENTRY]: { zh: '定额记录', en: 'Quota entry' },
  [SpotCheckItemKind.DUTY_ENTRY]: { zh: '党费缴纳', en: 'Dues entry' },
  [SpotCheckItemKind.VIOLATION]: { zh: '违纪违规', en: 'Violation' },
  [SpotCheckItemKind.SESSION]: { zh: '支部活动及签到表', en: 'Session and sign-in sheet' },
  [SpotCheckItemKind.DECLARATION]: { zh: '个人申报', en: 'Declaration' },
};
