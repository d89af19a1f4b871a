import type { Screen, ViewerAction } from '../graphql/graphql';

/** Where the server lets the viewer open a screen or take a step (its `me.screens` / `me.actions`). */
type Reach = { allBranches: boolean; branchIds: readonly string[] };
export type ScreenGrant = Reach & { screen: Screen; branchScoped: boolean };
export type ActionGrant = Reach & { action: ViewerAction };

const reaches = (grant: Reach, branchId: string) =>
  grant.allBranches || grant.branchIds.includes(branchId);

/** A person's or the bureau's screen opens anywhere; a branch screen on the branches granted. */
export function mayOpen(grant: ScreenGrant, activeBranchId: string | null): boolean {
  if (!grant.branchScoped) return true;
  return activeBranchId !== null && reaches(grant, activeBranchId);
}

/** True when the server lets the viewer take `action` in the branch. */
export function mayDo(
  actions: readonly ActionGrant[],
  action: ViewerAction,
  branchId: string | null,
): boolean {
  return branchId !== null && actions.some((a) => a.action === action && reaches(a, branchId));
}

/** True when the server lets the viewer take `action` for the whole bureau (a committee step). */
export function mayDoBureauWide(actions: readonly ActionGrant[], action: ViewerAction): boolean {
  return actions.some((a) => a.action === action && a.allBranches);
}

/** True when the viewer's screens span every branch of the bureau (the committee, analysts). */
export function spansBureau(screens: readonly ScreenGrant[]): boolean {
  return screens.some((s) => s.allBranches);
}
