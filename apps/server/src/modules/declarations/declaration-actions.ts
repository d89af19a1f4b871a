import type { Actor } from '../../auth/actor.js';
import { BRANCH_RECORDERS, holdsRole } from '../../auth/permissions.js';
import { Role } from '../../auth/roles.js';
import { DeclarationStatus } from './declaration.entity.js';

/** Disputes are decided by the branch committee (支委会): its members and the secretary. */
export const DISPUTE_DECIDERS: readonly Role[] = [
  Role.COMMITTEE_ADMIN,
  Role.SECRETARY,
  Role.BRANCH_COMMITTEE,
];

/** What a person may do next with a declaration. */
export const DeclarationAction = {
  /** 采纳 / 不采纳: the branch's recorders, while it is submitted. */
  DECIDE: 'DECIDE',
  /** 提出异议: the member who declared, once it is decided. */
  DISPUTE: 'DISPUTE',
  /** 支委会处理异议: the branch committee, while it is disputed. */
  RESOLVE_DISPUTE: 'RESOLVE_DISPUTE',
} as const;
export type DeclarationAction = (typeof DeclarationAction)[keyof typeof DeclarationAction];

/**
 * The steps open to `actor`, by the declaration's state and the actor's roles in its branch: the
 * same rules the service enforces, stated once so the screens offer exactly what will be allowed.
 */
export function declarationActions(
  actor: Actor,
  declaration: { status: DeclarationStatus; branchId: string; memberId: string },
): DeclarationAction[] {
  const actions: DeclarationAction[] = [];
  const { status, branchId } = declaration;
  if (status === DeclarationStatus.SUBMITTED && holdsRole(actor, BRANCH_RECORDERS, branchId))
    actions.push(DeclarationAction.DECIDE);
  if (
    (status === DeclarationStatus.ACCEPTED || status === DeclarationStatus.REJECTED) &&
    declaration.memberId === actor.memberId
  )
    actions.push(DeclarationAction.DISPUTE);
  if (status === DeclarationStatus.DISPUTED && holdsRole(actor, DISPUTE_DECIDERS, branchId))
    actions.push(DeclarationAction.RESOLVE_DISPUTE);
  return actions;
}
