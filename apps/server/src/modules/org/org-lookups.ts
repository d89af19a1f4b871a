import type { EntityManager } from '@mikro-orm/postgresql';
import type { RoleGrant } from '../../auth/actor.js';
import type { Acting } from '../../auth/permissions.js';
import { NotFoundError } from '../../graphql/errors.js';
import { recordAudit, type AuditChange } from '../audit/audit.service.js';
import { Branch } from './branches/branch.entity.js';
import { Member } from './members/member.entity.js';
import { PartyGroup } from './branches/party-group.entity.js';
import { RoleAssignment } from './users/role-assignment.entity.js';
import { UserAccount } from './users/user-account.entity.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const WHAT = {
  branch: { zh: '党支部', en: 'Branch' },
  group: { zh: '党小组', en: 'Party group' },
  member: { zh: '党员', en: 'Member' },
  user: { zh: '用户', en: 'User' },
  role: { zh: '角色分配', en: 'Role assignment' },
} as const;

type Lookup<T> = (em: EntityManager, id: string, field: string) => Promise<T>;

/**
 * Finds a row through the scoped fork: a row in another bureau, or in a branch the actor cannot
 * see, is "not found" exactly like one that does not exist, so a refusal tells nothing about it.
 */
function lookup<T extends object>(
  entity: new () => T,
  what: { zh: string; en: string },
): Lookup<T> {
  return async (em, id, field) => {
    const row = UUID.test(id) ? await em.findOne(entity, { id } as never) : null;
    if (!row) throw new NotFoundError(what, field);
    return row as T;
  };
}

export const findBranch = lookup(Branch, WHAT.branch);
export const findGroup = lookup(PartyGroup, WHAT.group);
export const findMember = lookup(Member, WHAT.member);
export const findUser = lookup(UserAccount, WHAT.user);
export const findRoleAssignment = lookup(RoleAssignment, WHAT.role);

/** Records a change in the audit log, inside its transaction, naming the role that allowed it. */
export function audit(
  em: EntityManager,
  { actor }: Acting,
  grant: RoleGrant | null,
  change: AuditChange,
): Promise<unknown> {
  return recordAudit(
    em,
    actor.bureauId,
    { userId: actor.userId, role: grant?.role ?? null },
    change,
  );
}

export function memberSnapshot(m: Member) {
  return {
    name: m.name,
    status: m.status,
    joinedOn: m.joinedOn ?? null,
    fullMemberOn: m.fullMemberOn ?? null,
    position: m.position ?? null,
    gender: m.gender ?? null,
    birthDate: m.birthDate ?? null,
    phone: m.phone ?? null,
    groupId: m.groupId ?? null,
    branchId: m.branchId,
    active: m.active,
  };
}
