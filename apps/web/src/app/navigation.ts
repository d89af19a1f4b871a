import type { Screen } from '../graphql/graphql';
import { mayOpen, type ScreenGrant } from './access';
import type { MessageKey } from './i18n';

export type NavSection = 'committee' | 'branch' | 'member' | 'analyst' | 'console';

export type NavItem = {
  key: string;
  path: string;
  label: MessageKey;
  section: NavSection;
  /** The screen as the server names it: the server says who may open it, and in which branches. */
  screen: Screen;
};

/** Every screen of the app, in menu order. Routes and the menu both read this list. */
export const NAV_ITEMS: readonly NavItem[] = [
  // 机关党委
  {
    key: 'scheme',
    path: '/scheme',
    label: 'nav.scheme',
    section: 'committee',
    screen: 'SCHEME',
  },
  {
    key: 'specialItems',
    path: '/special-items',
    label: 'nav.specialItems',
    section: 'committee',
    screen: 'SPECIAL_ITEMS',
  },
  {
    key: 'annualApproval',
    path: '/annual-approval',
    label: 'nav.annualApproval',
    section: 'committee',
    screen: 'ANNUAL_APPROVAL',
  },
  {
    key: 'overview',
    path: '/overview',
    label: 'nav.overview',
    section: 'committee',
    screen: 'OVERVIEW',
  },
  {
    key: 'spotCheck',
    path: '/spot-check',
    label: 'nav.spotCheck',
    section: 'committee',
    screen: 'SPOT_CHECK',
  },
  // 支部工作
  {
    key: 'roster',
    path: '/roster',
    label: 'nav.roster',
    section: 'branch',
    screen: 'ROSTER',
  },
  {
    key: 'ledger',
    path: '/ledger',
    label: 'nav.ledger',
    section: 'branch',
    screen: 'LEDGER',
  },
  {
    key: 'sessions',
    path: '/sessions',
    label: 'nav.sessions',
    section: 'branch',
    screen: 'SESSIONS',
  },
  {
    key: 'declarationsInbox',
    path: '/declarations',
    label: 'nav.declarationsInbox',
    section: 'branch',
    screen: 'DECLARATIONS_INBOX',
  },
  {
    key: 'quarterlyReview',
    path: '/quarterly-review',
    label: 'nav.quarterlyReview',
    section: 'branch',
    screen: 'QUARTERLY_REVIEW',
  },
  {
    key: 'annualEvaluation',
    path: '/annual-evaluation',
    label: 'nav.annualEvaluation',
    section: 'branch',
    screen: 'ANNUAL_EVALUATION',
  },
  {
    key: 'warnings',
    path: '/warnings',
    label: 'nav.warnings',
    section: 'branch',
    screen: 'WARNINGS',
  },
  {
    key: 'spotCheckFollowUps',
    path: '/spot-check/follow-ups',
    label: 'nav.spotCheckFollowUps',
    section: 'branch',
    screen: 'SPOT_CHECK_FOLLOW_UPS',
  },
  // 我的
  {
    key: 'myScores',
    path: '/my/scores',
    label: 'nav.myScores',
    section: 'member',
    screen: 'MY_SCORES',
  },
  {
    key: 'declare',
    path: '/my/declare',
    label: 'nav.declare',
    section: 'member',
    screen: 'DECLARE',
  },
  {
    key: 'confirm',
    path: '/my/confirm',
    label: 'nav.confirm',
    section: 'member',
    screen: 'CONFIRM',
  },
  // 管理: accounts, the audit trail, the working calendar
  {
    key: 'users',
    path: '/users',
    label: 'nav.users',
    section: 'console',
    screen: 'USERS',
  },
  {
    key: 'audit',
    path: '/audit',
    label: 'nav.audit',
    section: 'console',
    screen: 'AUDIT',
  },
  {
    key: 'calendar',
    path: '/calendar',
    label: 'nav.calendar',
    section: 'console',
    screen: 'CALENDAR',
  },
  {
    key: 'taskSettings',
    path: '/task-settings',
    label: 'nav.taskSettings',
    section: 'console',
    screen: 'TASK_SETTINGS',
  },
  // 统计
  {
    key: 'analytics',
    path: '/analytics',
    label: 'nav.analytics',
    section: 'analyst',
    screen: 'ANALYTICS',
  },
];

export const SECTION_ORDER: readonly NavSection[] = [
  'committee',
  'branch',
  'member',
  'analyst',
  'console',
];

/** Pages outside the menu: everyone's own password, and a member's page (opened from the roster). */
export const ACCOUNT_PASSWORD_PATH = '/account/password';
/** An analyst's read-only API tokens (the committee manages analysts' from the same page). */
export const ACCOUNT_TOKENS_PATH = '/account/api-tokens';
export const memberPath = (id: string) => `/members/${id}`;

export const SECTION_LABELS: Record<NavSection, MessageKey> = {
  committee: 'nav.group.committee',
  branch: 'nav.group.branch',
  member: 'nav.group.member',
  analyst: 'nav.group.analyst',
  console: 'nav.group.console',
};

/** True when the person may open the item with the given branch active. */
export function canSee(
  item: NavItem,
  screens: readonly ScreenGrant[],
  activeBranchId: string | null,
): boolean {
  const grant = screens.find((s) => s.screen === item.screen);
  return grant !== undefined && mayOpen(grant, activeBranchId);
}

/** True when some branch screen is open to the person: the branch switcher then matters. */
export function worksInBranches(screens: readonly ScreenGrant[]): boolean {
  return screens.some((s) => s.branchScoped);
}

/** The menu a person gets: the items they may open, grouped by section in menu order. */
export function menuFor(
  screens: readonly ScreenGrant[],
  activeBranchId: string | null,
): { section: NavSection; items: NavItem[] }[] {
  return SECTION_ORDER.map((section) => ({
    section,
    items: NAV_ITEMS.filter(
      (item) => item.section === section && canSee(item, screens, activeBranchId),
    ),
  })).filter((group) => group.items.length > 0);
}

/** The item whose path is the start of `pathname` (the longest such path), if any. */
export function navItemAt(pathname: string): NavItem | undefined {
  return NAV_ITEMS.filter(
    (item) => pathname === item.path || pathname.startsWith(`${item.path}/`),
  ).sort((a, b) => b.path.length - a.path.length)[0];
}
