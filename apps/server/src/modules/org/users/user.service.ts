import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { AuthSession } from '../../../auth/sessions/auth-session.entity.js';
import { LoginName } from '../../../auth/credentials/login-name.entity.js';
import { oneTimePassword } from '../../../auth/credentials/one-time-password.js';
import { hashPassword } from '../../../auth/credentials/passwords.js';
import { assertPasswordAcceptable } from '../../../auth/credentials/password-policy.js';
import type { Acting } from '../../../auth/permissions.js';
import { COMMITTEE, holdsRole, requireRole } from '../../../auth/permissions.js';
import { Role } from '../../../auth/roles.js';
import { BadInputError, ConflictError, NotFoundError } from '../../../graphql/errors.js';
import { Member } from '../members/member.entity.js';
import { audit, findMember, findUser, WHAT } from '../org-lookups.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { UserAccount } from './user-account.entity.js';

const LOGIN_NAME = /^[A-Za-z0-9_.@-]{3,40}$/;

function userSnapshot(u: UserAccount) {
  return {
    loginName: u.loginName,
    displayName: u.displayName,
    disabled: u.disabled,
    memberId: u.memberId ?? null,
    mustChangePassword: u.mustChangePassword,
  };
}

/**
 * Which branches' users the actor may see: the committee sees every account; a secretary sees the
 * accounts of their branch (its members' and those holding roles there), to manage its roles.
 */
async function userBranches(acting: Acting): Promise<string[] | 'all'> {
  if (holdsRole(acting.actor, COMMITTEE, null)) return 'all';
  const mine = acting.actor.roles
    .filter((g) => g.role === Role.SECRETARY && g.branchId)
    .map((g) => g.branchId!);
  if (mine.length === 0) requireRole(acting.actor, [Role.COMMITTEE_ADMIN, Role.SECRETARY], null);
  return mine;
}

async function usersOfBranches(em: EntityManager, branchIds: string[]): Promise<UserAccount[]> {
  const grants = await em.find(RoleAssignment, { branchId: { $in: branchIds } });
  const members = await em.find(Member, { branchId: { $in: branchIds } }, { fields: ['id'] });
  return em.find(
    UserAccount,
    {
      $or: [
        { id: { $in: grants.map((g) => g.userId) } },
        { memberId: { $in: members.map((m) => m.id) } },
      ],
    },
    { orderBy: { loginName: 'asc' } },
  );
}

/** What the actor may do to one account, for the app to offer: the committee's alone. */
export function userActions(acting: Acting, user: { id: string; disabled: boolean }): string[] {
  if (!holdsRole(acting.actor, COMMITTEE, null)) return [];
  const self = user.id === acting.actor.userId;
  return ['update', 'resetPassword', ...(user.disabled ? ['enable'] : self ? [] : ['disable'])];
}

/** What the actor may do with accounts in general: create them (the committee). */
export function accountActions(acting: Acting): string[] {
  return holdsRole(acting.actor, COMMITTEE, null) ? ['create'] : [];
}

/** 用户列表, optionally narrowed to the accounts of one branch. */
export async function listUsers(acting: Acting, branchId: string | null): Promise<UserAccount[]> {
  const visible = await userBranches(acting);
  if (branchId) {
    if (visible !== 'all' && !visible.includes(branchId)) return [];
    return usersOfBranches(acting.em, [branchId]);
  }
  if (visible === 'all') return acting.em.find(UserAccount, {}, { orderBy: { loginName: 'asc' } });
  return usersOfBranches(acting.em, visible);
}

export async function getUser(acting: Acting, id: string): Promise<UserAccount> {
  const visible = await userBranches(acting);
  const user = await findUser(acting.em, id, 'id');
  if (visible !== 'all' && !(await usersOfBranches(acting.em, visible)).some((u) => u.id === id))
    throw new NotFoundError(WHAT.user, 'id');
  return user;
}

/** The member an account stands for: visible, and not already someone else's. */
async function linkableMember(em: EntityManager, memberId: string, userId: string | null) {
  const member = await findMember(em, memberId, 'input.memberId');
  const taken = await em.findOne(UserAccount, {
    memberId,
    ...(userId ? { id: { $ne: userId } } : {}),
  });
  if (taken)
    throw new BadInputError(
      '该党员已有账号',
      'This member already has an account',
      'input.memberId',
    );
  return member;
}

/** Revokes every open session of a user: a disabled account or a reset password takes effect at once. */
async function revokeSessions(em: EntityManager, userId: string): Promise<number> {
  const open = await em.find(AuthSession, { userId, revokedAt: null });
  const now = new Date();
  for (const s of open) s.revokedAt = now;
  return open.length;
}

export async function createUser(
  acting: Acting,
  input: {
    loginName: string;
    displayName: string;
    password: string;
    memberId?: string | null;
    mustChangePassword?: boolean | null;
  },
): Promise<UserAccount> {
  const grant = requireRole(acting.actor, COMMITTEE, null);
  const loginName = input.loginName.trim();
  if (!LOGIN_NAME.test(loginName))
    throw new BadInputError(
      '登录名须为 3–40 位字母、数字或 _ . @ -',
      'The log-in name must be 3–40 letters, digits or _ . @ -',
      'input.loginName',
    );
  const displayName = input.displayName.trim();
  if (!displayName || [...displayName].length > 50)
    throw new BadInputError(
      '姓名须为 1–50 个字',
      'The name must be 1–50 characters',
      'input.displayName',
    );
  assertPasswordAcceptable(input.password, 'input.password');
  const passwordHash = await hashPassword(input.password);
  return acting.em.transactional(async (em) => {
    // Log-in names are unique across bureaus: the global index is the one place to ask.
    if (await em.findOne(LoginName, { loginName }, { filters: false }))
      throw new BadInputError('登录名已被使用', 'This log-in name is taken', 'input.loginName');
    const member = input.memberId ? await linkableMember(em, input.memberId, null) : null;
    const user = em.create(UserAccount, {
      bureauId: acting.actor.bureauId,
      loginName,
      displayName,
      passwordHash,
      member,
      memberId: member?.id ?? null,
      disabled: false,
      failedLogins: 0,
      mustChangePassword: input.mustChangePassword ?? true,
    });
    em.create(LoginName, { loginName, bureauId: user.bureauId, userId: user.id });
    await em.flush();
    await audit(em, acting, grant, {
      operation: 'user.create',
      entityName: 'UserAccount',
      entityId: user.id,
      after: userSnapshot(user),
    });
    return user;
  });
}

export async function updateUser(
  acting: Acting,
  input: {
    id: string;
    displayName?: string | null;
    disabled?: boolean | null;
    memberId?: string | null;
  },
): Promise<UserAccount> {
  const grant = requireRole(acting.actor, COMMITTEE, null);
  return acting.em.transactional(async (em) => {
    const user = await findUser(em, input.id, 'input.id');
    const before = userSnapshot(user);
    if (input.displayName != null) {
      const displayName = input.displayName.trim();
      if (!displayName || [...displayName].length > 50)
        throw new BadInputError(
          '姓名须为 1–50 个字',
          'The name must be 1–50 characters',
          'input.displayName',
        );
      user.displayName = displayName;
    }
    if (input.memberId !== undefined) {
      const member = input.memberId ? await linkableMember(em, input.memberId, user.id) : null;
      user.member = member ? ref(member) : null;
      user.memberId = member?.id ?? null;
    }
    let revoked = 0;
    if (input.disabled != null && input.disabled !== user.disabled) {
      // The bureau always keeps an administrator who can sign in: the one acting.
      if (input.disabled && user.id === acting.actor.userId)
        throw new ConflictError('不能停用自己的账号', 'You cannot disable your own account');
      user.disabled = input.disabled;
      if (user.disabled) revoked = await revokeSessions(em, user.id);
    }
    await em.flush();
    await audit(em, acting, grant, {
      operation: 'user.update',
      entityName: 'UserAccount',
      entityId: user.id,
      before,
      after: { ...userSnapshot(user), ...(revoked ? { sessionsRevoked: revoked } : {}) },
    });
    return user;
  });
}

/**
 * 重置密码: the server draws a one-time password, returned this once and stored only as a hash; the
 * user must replace it at the next log-in. Also unlocks the account and ends its sessions.
 */
export async function resetUserPassword(
  acting: Acting,
  input: { id: string },
): Promise<{ user: UserAccount; oneTimePassword: string }> {
  const grant = requireRole(acting.actor, COMMITTEE, null);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const user = await acting.em.transactional(async (em) => {
    const user = await findUser(em, input.id, 'input.id');
    user.passwordHash = passwordHash;
    user.mustChangePassword = true;
    user.failedLogins = 0;
    user.lockedUntil = null;
    const revoked = await revokeSessions(em, user.id);
    await em.flush();
    await audit(em, acting, grant, {
      operation: 'user.resetPassword',
      entityName: 'UserAccount',
      entityId: user.id,
      after: { passwordChanged: true, mustChangePassword: true, sessionsRevoked: revoked },
    });
    return user;
  });
  return { user, oneTimePassword: password };
}
