import { registerEnumType } from 'type-graphql';
import { BRANCH_RECORDERS } from '../../../auth/permissions.js';
import { BUREAU_ROLES, Role } from '../../../auth/roles.js';

/** The app's screens; the web keeps only their paths, labels and order. */
export enum Screen {
  SCHEME = 'scheme',
  SPECIAL_ITEMS = 'specialItems',
  ANNUAL_APPROVAL = 'annualApproval',
  OVERVIEW = 'overview',
  SPOT_CHECK = 'spotCheck',
  ROSTER = 'roster',
  LEDGER = 'ledger',
  SESSIONS = 'sessions',
  DECLARATIONS_INBOX = 'declarationsInbox',
  QUARTERLY_REVIEW = 'quarterlyReview',
  ANNUAL_EVALUATION = 'annualEvaluation',
  WARNINGS = 'warnings',
  SPOT_CHECK_FOLLOW_UPS = 'spotCheckFollowUps',
  MY_SCORES = 'myScores',
  DECLARE = 'declare',
  CONFIRM = 'confirm',
  USERS = 'users',
  AUDIT = 'audit',
  CALENDAR = 'calendar',
  TASK_SETTINGS = 'taskSettings',
  ANALYTICS = 'analytics',
}
registerEnumType(Screen, { name: 'Screen', description: '应用的页面' });

/** Steps a screen offers outside any one record (a record's own steps are its availableActions). */
export enum ViewerAction {
  RECORD_SESSION = 'recordSession',
  /** Create, save, publish and correct the year's scheme (others read it and try drafts out). */
  EDIT_SCHEMES = 'editSchemes',
}
registerEnumType(ViewerAction, { name: 'ViewerAction', description: '当前账号可进行的操作' });

type Access = {
  roles: readonly Role[];
  /**
   * `branch`: the role must be held in the branch the screen works on (the header's switcher);
   * `person`: held anywhere (the member's own screens, the bureau's screens).
   */
  scope: 'branch' | 'person';
};

const PANEL: readonly Role[] = [Role.SECRETARY, Role.BRANCH_COMMITTEE];
const COMMITTEE: readonly Role[] = [Role.COMMITTEE_ADMIN];
const own = (roles: readonly Role[]): Access => ({ roles, scope: 'person' });
const inBranch = (roles: readonly Role[]): Access => ({ roles, scope: 'branch' });

/** Who may open each screen; the services still check every step they are asked to take. */
export const SCREEN_ACCESS: Record<Screen, Access> = {
  // The analyst reads schemes and tries drafts out; only the committee edits them (EDIT_SCHEMES).
  [Screen.SCHEME]: own([Role.COMMITTEE_ADMIN, Role.ANALYST]),
  [Screen.SPECIAL_ITEMS]: own(COMMITTEE),
  [Screen.ANNUAL_APPROVAL]: own(COMMITTEE),
  [Screen.OVERVIEW]: own(COMMITTEE),
  [Screen.SPOT_CHECK]: own(COMMITTEE),
  [Screen.ROSTER]: inBranch([Role.COMMITTEE_ADMIN, ...PANEL, Role.SCOREKEEPER, Role.GROUP_LEADER]),
  [Screen.LEDGER]: inBranch([...PANEL, Role.SCOREKEEPER]),
  [Screen.SESSIONS]: inBranch([...PANEL, Role.SCOREKEEPER, Role.GROUP_LEADER]),
  [Screen.DECLARATIONS_INBOX]: inBranch([...PANEL, Role.SCOREKEEPER]),
  [Screen.QUARTERLY_REVIEW]: inBranch([...PANEL, Role.GROUP_LEADER]),
  [Screen.ANNUAL_EVALUATION]: inBranch(PANEL),
  [Screen.WARNINGS]: inBranch(PANEL),
  [Screen.SPOT_CHECK_FOLLOW_UPS]: inBranch(PANEL),
  [Screen.MY_SCORES]: own([Role.MEMBER]),
  [Screen.DECLARE]: own([Role.MEMBER]),
  [Screen.CONFIRM]: own([Role.MEMBER]),
  [Screen.USERS]: own([Role.COMMITTEE_ADMIN, Role.SECRETARY]),
  [Screen.AUDIT]: own([Role.COMMITTEE_ADMIN, Role.SECRETARY]),
  [Screen.CALENDAR]: own(COMMITTEE),
  [Screen.TASK_SETTINGS]: own(COMMITTEE),
  [Screen.ANALYTICS]: own([Role.ANALYST]),
};

/** Who may take each viewer-wide step, in the branch it is taken in (as the services check it). */
export const ACTION_ACCESS: Record<ViewerAction, readonly Role[]> = {
  [ViewerAction.RECORD_SESSION]: BRANCH_RECORDERS,
  [ViewerAction.EDIT_SCHEMES]: COMMITTEE,
};

type Grant = { role: Role; branchId: string | null };

/** Where some role of `roles` holds: everywhere (a bureau role), or in these branches. */
export type Reach = { allBranches: boolean; branchIds: string[] };

export function reachOf(grants: readonly Grant[], roles: readonly Role[]): Reach {
  const held = grants.filter((g) => roles.includes(g.role));
  return {
    allBranches: held.some((g) => BUREAU_ROLES.has(g.role) || g.branchId === null),
    branchIds: [...new Set(held.flatMap((g) => (g.branchId ? [g.branchId] : [])))],
  };
}

/**
 * A Party member's own screens. Every Party member answers for their own record whatever else
 * they hold (the services take one's own declaration and confirmation from the account's member,
 * and the to-do list asks it of them), so an account linked to a member opens these as well.
 */
const OWN_RECORD_SCREENS: ReadonlySet<Screen> = new Set([
  Screen.MY_SCORES,
  Screen.DECLARE,
  Screen.CONFIRM,
]);

/** The screens the person may open, in the table's order, with the branches each works on. */
export function screensOf(
  grants: readonly Grant[],
  memberId: string | null = null,
): (Reach & { screen: Screen; branchScoped: boolean })[] {
  return (Object.values(Screen) as Screen[]).flatMap((screen) => {
    const access = SCREEN_ACCESS[screen];
    const reach = reachOf(grants, access.roles);
    if (memberId && OWN_RECORD_SCREENS.has(screen) && !reach.allBranches && !reach.branchIds.length)
      return [{ screen, branchScoped: false, allBranches: false, branchIds: [] }];
    if (!reach.allBranches && reach.branchIds.length === 0) return [];
    return [{ screen, branchScoped: access.scope === 'branch', ...reach }];
  });
}

export function actionsOf(grants: readonly Grant[]): (Reach & { action: ViewerAction })[] {
  return (Object.values(ViewerAction) as ViewerAction[]).flatMap((action) => {
    const reach = reachOf(grants, ACTION_ACCESS[action]);
    if (!reach.allBranches && reach.branchIds.length === 0) return [];
    return [{ action, ...reach }];
  });
}
