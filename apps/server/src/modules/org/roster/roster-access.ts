import type { Actor } from '../../../auth/actor.js';
import {
  BRANCH_MANAGERS,
  BRANCH_READERS,
  COMMITTEE,
  holdsRole,
} from '../../../auth/permissions.js';
import { Role } from '../../../auth/roles.js';
import { MemberStatus } from '../members/member.entity.js';

/**
 * Who may see a member's phone number (personal data): those who may edit the member's roster
 * entry (the committee and the member's branch secretary), and the member themselves.
 */
export function seesPhone(actor: Actor, member: { id: string; branchId: string }): boolean {
  return actor.memberId === member.id || holdsRole(actor, BRANCH_MANAGERS, member.branchId);
}

/** What the viewer may do to one member: the same checks the member services make. */
export type MemberAction =
  'update' | 'recordFullMembership' | 'delete' | 'transfer' | 'recordLeaving' | 'readAudit';

/** What the viewer may do with one branch's roster as a whole. */
export type RosterAction = 'create' | 'import' | 'export';

export function memberActions(
  actor: Actor,
  member: { branchId: string; active: boolean; status: MemberStatus },
): MemberAction[] {
  const actions: MemberAction[] = [];
  const manages = holdsRole(actor, BRANCH_MANAGERS, member.branchId);
  if (manages && member.active) actions.push('update', 'recordLeaving');
  if (manages && member.active && member.status === MemberStatus.PROBATIONARY)
    actions.push('recordFullMembership');
  if (manages) actions.push('delete');
  // A transfer writes in two branches, so it is the committee's alone.
  if (member.active && holdsRole(actor, COMMITTEE, null)) actions.push('transfer');
  // The audit log: the committee everywhere, a secretary within their branch (audit-log.service).
  if (holdsRole(actor, [Role.COMMITTEE_ADMIN, Role.SECRETARY], member.branchId))
    actions.push('readAudit');
  return actions;
}

export function rosterActions(actor: Actor, branchId: string): RosterAction[] {
  const actions: RosterAction[] = [];
  if (holdsRole(actor, BRANCH_MANAGERS, branchId)) actions.push('create', 'import');
  if (holdsRole(actor, BRANCH_READERS, branchId)) actions.push('export');
  return actions;
}
