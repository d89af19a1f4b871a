import type { MessageKey } from './i18n';
import { rolesIn, type Role, type RoleGrant } from './roles';

export type NavSection = 'committee' | 'branch' | 'member' | 'analyst';

export type NavItem = {
  key: string;
  path: string;
  label: MessageKey;
  section: NavSection;
  /** Any one of these roles shows the item. */
  roles: readonly Role[];
  /**
   * `branch`: the roles must be held in the active branch (the branch switcher picks it);
   * `person`: held anywhere (the member's own screens, the bureau's screens).
   */
  scope: 'branch' | 'person';
};

const PANEL: readonly Role[] = ['SECRETARY', 'BRANCH_COMMITTEE'];

/** Every screen of the app, in menu order. Routes and the menu both read this list. */
export const NAV_ITEMS: readonly NavItem[] = [
  // 机关党委
  {
    key: 'scheme',
    path: '/scheme',
    label: 'nav.scheme',
    section: 'committee',
    roles: ['COMMITTEE_ADMIN'],
    scope: 'person',
  },
  {
    key: 'specialItems',
    path: '/special-items',
    label: 'nav.specialItems',
    section: 'committee',
    roles: ['COMMITTEE_ADMIN'],
    scope: 'person',
  },
  {
    key: 'annualApproval',
    path: '/annual-approval',
    label: 'nav.annualApproval',
    section: 'committee',
    roles: ['COMMITTEE_ADMIN'],
    scope: 'person',
  },
  {
    key: 'overview',
    path: '/overview',
    label: 'nav.overview',
    section: 'committee',
    roles: ['COMMITTEE_ADMIN'],
    scope: 'person',
  },
  // 支部工作
  {
    key: 'roster',
    path: '/roster',
    label: 'nav.roster',
    section: 'branch',
    roles: ['COMMITTEE_ADMIN', ...PANEL, 'SCOREKEEPER', 'GROUP_LEADER'],
    scope: 'branch',
  },
  {
    key: 'ledger',
    path: '/ledger',
    label: 'nav.ledger',
    section: 'branch',
    roles: [...PANEL, 'SCOREKEEPER'],
    scope: 'branch',
  },
  {
    key: 'sessions',
    path: '/sessions',
    label: 'nav.sessions',
    section: 'branch',
    roles: [...PANEL, 'SCOREKEEPER', 'GROUP_LEADER'],
    scope: 'branch',
  },
  {
    key: 'declarationsInbox',
    path: '/declarations',
    label: 'nav.declarationsInbox',
    section: 'branch',
    roles: [...PANEL, 'SCOREKEEPER'],
    scope: 'branch',
  },
  {
    key: 'quarterlyReview',
    path: '/quarterly-review',
    label: 'nav.quarterlyReview',
    section: 'branch',
    roles: [...PANEL, 'GROUP_LEADER'],
    scope: 'branch',
  },
  {
    key: 'annualEvaluation',
    path: '/annual-evaluation',
    label: 'nav.annualEvaluation',
    section: 'branch',
    roles: PANEL,
    scope: 'branch',
  },
  {
    key: 'warnings',
    path: '/warnings',
    label: 'nav.warnings',
    section: 'branch',
    roles: PANEL,
    scope: 'branch',
  },
  // 我的
  {
    key: 'myScores',
    path: '/my/scores',
    label: 'nav.myScores',
    section: 'member',
    roles: ['MEMBER'],
    scope: 'person',
  },
  {
    key: 'declare',
    path: '/my/declare',
    label: 'nav.declare',
    section: 'member',
    roles: ['MEMBER'],
    scope: 'person',
  },
  {
    key: 'confirm',
    path: '/my/confirm',
    label: 'nav.confirm',
    section: 'member',
    roles: ['MEMBER'],
    scope: 'person',
  },
  // 统计
  {
    key: 'analytics',
    path: '/analytics',
    label: 'nav.analytics',
    section: 'analyst',
    roles: ['ANALYST'],
    scope: 'person',
  },
];

export const SECTION_ORDER: readonly NavSection[] = ['committee', 'branch', 'member', 'analyst'];

export const SECTION_LABELS: Record<NavSection, MessageKey> = {
  committee: 'nav.group.committee',
  branch: 'nav.group.branch',
  member: 'nav.group.member',
  analyst: 'nav.group.analyst',
};

/** True when the person may open the item with the given branch active. */
export function canSee(
  item: NavItem,
  grants: readonly RoleGrant[],
  activeBranchId: string | null,
): boolean {
  if (item.scope === 'person') return grants.some((g) => item.roles.includes(g.role));
  if (activeBranchId === null) return false;
  const held = rolesIn(grants, activeBranchId);
  return item.roles.some((role) => held.has(role));
}

/** True when some branch screen is open to the person: the branch switcher then matters. */
export function worksInBranches(grants: readonly RoleGrant[]): boolean {
  return NAV_ITEMS.some(
    (item) => item.scope === 'branch' && grants.some((g) => item.roles.includes(g.role)),
  );
}

/** The menu a person gets: the items they may open, grouped by section in menu order. */
export function menuFor(
  grants: readonly RoleGrant[],
  activeBranchId: string | null,
): { section: NavSection; items: NavItem[] }[] {
  return SECTION_ORDER.map((section) => ({
    section,
    items: NAV_ITEMS.filter(
      (item) => item.section === section && canSee(item, grants, activeBranchId),
    ),
  })).filter((group) => group.items.length > 0);
}

/** The item whose path is the start of `pathname`, if any. */
export function navItemAt(pathname: string): NavItem | undefined {
  return NAV_ITEMS.find((item) => pathname === item.path || pathname.startsWith(`${item.path}/`));
}
