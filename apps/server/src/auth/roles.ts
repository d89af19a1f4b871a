import { registerEnumType } from 'type-graphql';

/** Roles of the plan (see docs/glossary.md). Bureau roles span branches; branch roles name one. */
export enum Role {
  /** 机关党委管理员: configures schemes, approves items and annual results. */
  COMMITTEE_ADMIN = 'committee_admin',
  /** 分析员: reads scores and statistics across the bureau; writes nothing. */
  ANALYST = 'analyst',
  /** 支部书记 */
  SECRETARY = 'secretary',
  /** 支委委员 */
  BRANCH_COMMITTEE = 'branch_committee',
  /** 记分员 */
  SCOREKEEPER = 'scorekeeper',
  /** 党小组长 */
  GROUP_LEADER = 'group_leader',
  /** 党员 */
  MEMBER = 'member',
}
registerEnumType(Role, { name: 'Role', description: '角色' });

export const BUREAU_ROLES: ReadonlySet<Role> = new Set([Role.COMMITTEE_ADMIN, Role.ANALYST]);
/** Roles that may write; the analyst reads only. */
export const READ_ONLY_ROLES: ReadonlySet<Role> = new Set([Role.ANALYST]);

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  [Role.COMMITTEE_ADMIN]: { zh: '机关党委管理员', en: 'Committee administrator' },
  [Role.ANALYST]: { zh: '分析员', en: 'Analyst' },
  [Role.SECRETARY]: { zh: '支部书记', en: 'Branch secretary' },
  [Role.BRANCH_COMMITTEE]: { zh: '支委委员', en: 'Branch committee member' },
  [Role.SCOREKEEPER]: { zh: '记分员', en: 'Scorekeeper' },
  [Role.GROUP_LEADER]: { zh: '党小组长', en: 'Group leader' },
  [Role.MEMBER]: { zh: '党员', en: 'Member' },
};
