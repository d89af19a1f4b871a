import type { ActionGrant, ScreenGrant } from '../app/access';
import type { Role } from '../app/roles';

type Grant = { role: Role; branchId: string | null };
type Access = { roles: Role[]; branch: boolean };

const PANEL: Role[] = ['SECRETARY', 'BRANCH_COMMITTEE'];
/**
 * For the fake server only: what the real one answers as `me.screens` and `me.actions` for a set
 * of roles (its table is apps/server/src/modules/org/users/viewer-screens.ts, and its tests pin each
 * demo user's screens). The app itself never decides this from roles.
 */
const SCREENS: [ScreenGrant['screen'], Access][] = [
  ['SCHEME', { roles: ['COMMITTEE_ADMIN', 'ANALYST'], branch: false }],
  ['SPECIAL_ITEMS', { roles: ['COMMITTEE_ADMIN'], branch: false }],
  ['ANNUAL_APPROVAL', { roles: ['COMMITTEE_ADMIN'], branch: false }],
  ['OVERVIEW', { roles: ['COMMITTEE_ADMIN'], branch: false }],
  ['SPOT_CHECK', { roles: ['COMMITTEE_ADMIN'], branch: false }],
  ['ROSTER', { roles: ['COMMITTEE_ADMIN', ...PANEL, 'SCOREKEEPER', 'GROUP_LEADER'], branch: true }],
  ['LEDGER', { roles: [...PANEL, 'SCOREKEEPER'], branch: true }],
  ['SESSIONS', { roles: [...PANEL, 'SCOREKEEPER', 'GROUP_LEADER'], branch: true }],
  ['DECLARATIONS_INBOX', { roles: [...PANEL, 'SCOREKEEPER'], branch: true }],
  ['QUARTERLY_REVIEW', { roles: [...PANEL, 'GROUP_LEADER'], branch: true }],
  ['ANNUAL_EVALUATION', { roles: PANEL, branch: true }],
  ['WARNINGS', { roles: PANEL, branch: true }],
  ['SPOT_CHECK_FOLLOW_UPS', { roles: PANEL, branch: true }],
  ['MY_SCORES', { roles: ['MEMBER'], branch: false }],
  ['DECLARE', { roles: ['MEMBER'], branch: false }],
  ['CONFIRM', { roles: ['MEMBER'], branch: false }],
  ['USERS', { roles: ['COMMITTEE_ADMIN', 'SECRETARY'], branch: false }],
  ['AUDIT', { roles: ['COMMITTEE_ADMIN', 'SECRETARY'], branch: false }],
  ['CALENDAR', { roles: ['COMMITTEE_ADMIN'], branch: false }],
  ['TASK_SETTINGS', { roles: ['COMMITTEE_ADMIN'], branch: false }],
  ['ANALYTICS', { roles: ['ANALYST'], branch: false }],
];
const RECORDERS: Role[] = ['COMMITTEE_ADMIN', ...PANEL, 'SCOREKEEPER'];

function reach(grants: readonly Grant[], roles: readonly Role[]) {
  const held = grants.filter((g) => roles.includes(g.role));
  return {
    allBranches: held.some((g) => g.branchId === null),
    branchIds: [...new Set(held.flatMap((g) => (g.branchId ? [g.branchId] : [])))],
    held: held.length > 0,
  };
}

const OWN_RECORD: ScreenGrant['screen'][] = ['MY_SCORES', 'DECLARE', 'CONFIRM'];

export function serverScreens(
  grants: readonly Grant[],
  memberId: string | null = null,
): (ScreenGrant & { __typename: string })[] {
  return SCREENS.flatMap(([screen, access]) => {
    const { held, ...where } = reach(grants, access.roles);
    // An account linked to a Party member opens that member's own screens, whatever its roles.
    if (!held && memberId && OWN_RECORD.includes(screen))
      return [
        {
          __typename: 'ScreenAccess' as const,
          screen,
          branchScoped: false,
          allBranches: false,
          branchIds: [],
        },
      ];
    return held
      ? [{ __typename: 'ScreenAccess' as const, screen, branchScoped: access.branch, ...where }]
      : [];
  });
}

const ACTIONS: [ActionGrant['action'], Role[]][] = [
  ['RECORD_SESSION', RECORDERS],
  ['EDIT_SCHEMES', ['COMMITTEE_ADMIN']],
];

export function serverActions(grants: readonly Grant[]): (ActionGrant & { __typename: string })[] {
  return ACTIONS.flatMap(([action, roles]) => {
    const { held, ...where } = reach(grants, roles);
    return held ? [{ __typename: 'ActionAccess' as const, action, ...where }] : [];
  });
}
