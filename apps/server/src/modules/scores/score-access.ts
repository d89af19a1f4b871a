import type { Actor } from '../../auth/actor.js';
import { BRANCH_READERS, holdsRole } from '../../auth/permissions.js';

/**
 * Whose scores an actor may read: their own always; a branch's members with a reading role there
 * (secretary, branch committee, scorekeeper, group leader); the whole bureau for the committee and
 * analysts. `branchIds` are the branches whose months the score covers: ALL must be readable, so a
 * branch a member left reads the months it kept (its quarters) but not the new branch's records.
 */
export function maySeeScoresOf(
  actor: Actor,
  memberId: string,
  branchIds: readonly string[],
): boolean {
  if (actor.memberId === memberId) return true;
  return branchIds.length > 0 && branchIds.every((b) => holdsRole(actor, BRANCH_READERS, b));
}

/** The branches whose members' scores the actor may list: 'all' for bureau-wide readers. */
export function readableBranches(actor: Actor): 'all' | string[] {
  const grants = actor.roles.filter((g) => BRANCH_READERS.includes(g.role));
  if (grants.some((g) => g.branchId === null)) return 'all';
  return [...new Set(grants.map((g) => g.branchId!))];
}
