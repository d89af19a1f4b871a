import type { RoleGrant } from '../../../auth/actor.js';
import type { Acting } from '../../../auth/permissions.js';
import {
  BRANCH_MANAGERS,
  COMMITTEE,
  holdsRole,
  requireRole,
  SECRETARY_GRANTABLE,
} from '../../../auth/permissions.js';
import { BUREAU_ROLES, Role } from '../../../auth/roles.js';
import { BadInputError, ConflictError } from '../../../graphql/errors.js';
import { Member } from '../members/member.entity.js';
import { audit, findBranch, findRoleAssignment, findUser } from '../org-lookups.js';
import { RoleAssignment } from './role-assignment.entity.js';

const grantSnapshot = (r: RoleAssignment) => ({
  userId: r.userId,
  role: r.role,
  branchId: r.branchId ?? null,
});

/**
 * Who may grant or revoke `role` in `branchId`: bureau roles and secretaries are the committee's
 * to appoint; a branch's secretary manages the other branch roles of their own branch.
 */
function authorityOver(acting: Acting, role: Role, branchId: string | null): RoleGrant {
  const [roles, where] = grantersOf(role, branchId);
  return requireRole(acting.actor, roles, where);
}

/** The roles that may grant `role`, and where they must hold them. */
function grantersOf(role: Role, branchId: string | null): [readonly Role[], string | null] {
  if (BUREAU_ROLES.has(role) || role === Role.SECRETARY) return [COMMITTEE, null];
  return [SECRETARY_GRANTABLE.includes(role) ? BRANCH_MANAGERS : COMMITTEE, branchId];
}

/**
 * The roles the actor may grant and revoke in `branchId` (the bureau roles when it is null), so
 * the app offers only those.
 */
export function grantableRoles(acting: Acting, branchId: string | null): Role[] {
  return Object.values(Role).filter((role) => {
    if (BUREAU_ROLES.has(role) !== (branchId === null)) return false;
    const [roles, where] = grantersOf(role, branchId);
    return holdsRole(acting.actor, roles, where);
  });
}

export async function grantRole(
  acting: Acting,
  input: { userId: string; role: Role; branchId?: string | null },
): Promise<RoleAssignment> {
  const branchId = input.branchId ?? null;
  if (BUREAU_ROLES.has(input.role) && branchId)
    throw new BadInputError(
      '局级角色（机关党委管理员、分析员）不属于某个支部',
      'Bureau roles (committee administrator, analyst) belong to no branch',
      'input.branchId',
    );
  if (!BUREAU_ROLES.has(input.role) && !branchId)
    throw new BadInputError('请选择支部', 'Choose the branch of this role', 'input.branchId');
  const grant = authorityOver(acting, input.role, branchId);
  return acting.em.transactional(async (em) => {
    const user = await findUser(em, input.userId, 'input.userId');
    const branch = branchId ? await findBranch(em, branchId, 'input.branchId') : null;
    // A secretary appoints from their own branch's members; the committee may appoint anyone.

    if (grant.role === Role.SECRETARY) {
      const member = user.memberId ? await em.findOne(Member, { id: user.memberId }) : null;
      if (!member || member.branchId !== branchId || !member.active)
        throw new BadInputError(
          '只能为本支部在册党员的账号分配角色',
          'You can give roles only to accounts of current members of your branch',
          'input.userId',
        );
    }
    if (await em.findOne(RoleAssignment, { userId: user.id, role: input.role, branchId }))
      throw new BadInputError('该用户已有此角色', 'The user already holds this role', 'input.role');
    const assignment = em.create(RoleAssignment, {
      bureauId: acting.actor.bureauId,
      user,
      userId: user.id,
      role: input.role,
      branch,
      branchId,
    });
    await em.flush();
    await audit(em, acting, grant, {
      operation: 'role.grant',
      entityName: 'RoleAssignment',
      entityId: assignment.id,
      branchId,
      after: grantSnapshot(assignment),
    });
    return assignment;
  });
}

export async function revokeRole(acting: Acting, id: string): Promise<boolean> {
  return acting.em.transactional(async (em) => {
    const assignment = await findRoleAssignment(em, id, 'id');
    const grant = authorityOver(acting, assignment.role, assignment.branchId ?? null);
    // The bureau always keeps an administrator: the one acting cannot remove their own.
    if (assignment.userId === acting.actor.userId && assignment.role === Role.COMMITTEE_ADMIN)
      throw new ConflictError(
        '不能撤销自己的机关党委管理员角色',
        'You cannot revoke your own committee administrator role',
      );
    const before = grantSnapshot(assignment);
    em.remove(assignment);
    await em.flush();
    await audit(em, acting, grant, {
      operation: 'role.revoke',
      entityName: 'RoleAssignment',
      entityId: id,
      branchId: before.branchId,
      before,
    });
    return true;
  });
}
