import { bureauOfToken, findLiveToken, isApiToken } from './api-tokens/api-tokens.service.js';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { BadInputError, TooManyRequestsError, UnauthenticatedError } from '../graphql/errors.js';
import { recordAudit } from '../modules/audit/audit.service.js';
import { RoleAssignment } from '../modules/org/users/role-assignment.entity.js';
import { UserAccount } from '../modules/org/users/user-account.entity.js';
import { inReadTransaction } from '../db/connection/read-transaction.js';
import { scopedEntityManager } from '../tenancy/scoped-entity-manager.js';
import type { Actor } from './actor.js';
import { AuthSession } from './sessions/auth-session.entity.js';
import {
  ACCOUNT_MAX_FAILURES,
  LOCK_MS,
  LoginThrottle,
  TRUSTED_ADDRESS_DAYS,
} from './login-throttle.js';
import { LoginName } from './credentials/login-name.entity.js';
import { assertPasswordAcceptable } from './credentials/password-policy.js';
import { hashPassword, verifyDecoy, verifyPassword } from './credentials/passwords.js';
import { SessionCache } from './sessions/session-cache.js';
import { readSessionToken, signSessionToken } from './sessions/session-token.js';

export type LoginResult = { token: string; expiresAt: Date; actor: Actor };

const WRONG = () => new UnauthenticatedError('用户名或密码错误', 'Wrong log-in name or password');

const LOCKED = () =>
  new TooManyRequestsError(
    '该账号登录失败次数过多，已临时锁定，请 15 分钟后再试',
    'This account is locked after repeated failed log-ins; try again in 15 minutes',
  );

/** Whether the account signed in from this address lately (login-throttle.ts). */
async function trustedAddress(
  em: EntityManager,
  user: UserAccount,
  address: string,
): Promise<boolean> {
  const since = new Date(Date.now() - TRUSTED_ADDRESS_DAYS * 86_400_000);
  const count = await em.count(AuthSession, {
    bureauId: user.bureauId,
    userId: user.id,
    address,
    createdAt: { $gte: since },
  });
  return count > 0;
}

/** Log-in, session resolution and log-out. Sessions live in the database so they can be revoked. */
export class AuthService {
  readonly throttle: LoginThrottle;
  readonly sessions: SessionCache;

  constructor(
    private readonly orm: MikroORM,
    private readonly config: Pick<
      Config,
      'sessionSecret' | 'SESSION_TTL_HOURS' | 'SESSION_CACHE_SECONDS'
    >,
  ) {
    this.sessions = new SessionCache(config.SESSION_CACHE_SECONDS * 1000);
    this.throttle = new LoginThrottle(orm);
  }

  async login(loginName: string, password: string, address: string): Promise<LoginResult> {
    if (await this.throttle.addressBlocked(address)) {
      throw new TooManyRequestsError(
        '该地址登录失败次数过多，请 15 分钟后再试',
        'Too many failed log-ins from this address; try again in 15 minutes',
      );
    }
    // The log-in index is global (no tenant data); everything after it runs inside the bureau's wall.
    const index = await scopedEntityManager(this.orm, null).findOne(
      LoginName,
      { loginName: loginName.trim() },
      { filters: false },
    );
    if (!index) {
      await this.throttle.recordFailure(address, null);
      await verifyDecoy(password);
      throw WRONG();
    }
    if (await this.throttle.accountLockedFor(index.userId, address)) throw LOCKED();
    const em = scopedEntityManager(this.orm, { bureauId: index.bureauId, branchIds: 'all' });
    const outcome = await em.transactional(async (tx): Promise<LoginResult | null> => {
      const user = await tx.findOneOrFail(UserAccount, {
        bureauId: index.bureauId,
        id: index.userId,
      });
      const now = new Date();
      // The account-wide lock spares the addresses its owner really signs in from.
      if (user.lockedUntil && user.lockedUntil > now && !(await trustedAddress(tx, user, address)))
        throw LOCKED();
      if (user.disabled || !(await verifyPassword(user.passwordHash, password))) {
        user.failedLogins += 1;
        if (user.failedLogins >= ACCOUNT_MAX_FAILURES) {
          user.lockedUntil = new Date(now.getTime() + LOCK_MS);
          user.failedLogins = 0;
        }
        await tx.flush();
        await recordAudit(
          tx,
          user.bureauId,
          { userId: null, role: null },
          {
            operation: 'auth.loginFailed',
            entityName: 'UserAccount',
            entityId: user.id,
            after: { address, lockedUntil: user.lockedUntil ?? null },
          },
        );
        // Commit the counter, then refuse outside the transaction: a throw here would roll it back.
        return null;
      }
      user.failedLogins = 0;
      user.lockedUntil = null;
      const expiresAt = new Date(now.getTime() + this.config.SESSION_TTL_HOURS * 3_600_000);
      const session = tx.create(AuthSession, {
        bureauId: user.bureauId,
        user,
        userId: user.id,
        expiresAt,
        address,
      });
      await tx.flush();
      await recordAudit(
        tx,
        user.bureauId,
        { userId: user.id, role: null },
        {
          operation: 'auth.login',
          entityName: 'AuthSession',
          entityId: session.id,
          after: { userId: user.id, expiresAt },
        },
      );
      const actor = await this.actorOf(tx, user, session.id);
      const token = await signSessionToken(
        { sessionId: session.id, userId: user.id, bureauId: user.bureauId },
        this.config.sessionSecret,
        expiresAt,
      );
      return { token, expiresAt, actor };
    });
    // Counted after the account's transaction commits: a failure is counted even when the
    // transaction is retried, and the count never waits on the account row's lock.
    if (!outcome) {
      await this.throttle.recordFailure(address, index.userId);
      throw WRONG();
    }
    await this.throttle.recordSuccess(address);
    return outcome;
  }

  /** The actor a token stands for, or null when it is invalid, expired, revoked or disabled. */
  async resolve(token: string): Promise<Actor | null> {
    // Only a token that was verified is ever cached, under its exact text: a hit needs no
    // signature check, and the entry ends before the token does (session-cache.ts).
    const cached = this.sessions.get(token);
    if (cached) return cached;
    if (isApiToken(token)) return this.resolveApiToken(token);
    const claims = await readSessionToken(token, this.config.sessionSecret);
    if (!claims) return null;
    const generation = this.sessions.begin();
    const em = scopedEntityManager(this.orm, { bureauId: claims.bureauId, branchIds: 'all' });
    // One transaction for both reads, not one each.
    const found = await inReadTransaction(em, async () => {
      const session = await em.findOne(
        AuthSession,
        { bureauId: claims.bureauId, id: claims.sessionId },
        { populate: ['user'] },
      );
      if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
      const user = session.user.getEntity();
      if (user.disabled) return null;
      return { actor: await this.actorOf(em, user, session.id), expiresAt: session.expiresAt };
    });
    if (!found) return null;
    // The token's own expiry is the session's in whole seconds: the entry must not outlive it.
    const tokenExpires = new Date(Math.floor(found.expiresAt.getTime() / 1000) * 1000);
    this.sessions.set(token, found.actor, generation, tokenExpires);
    return found.actor;
  }

  /** An analyst's API token: the owner's reading rights, never a write (`readOnly`). */
  private async resolveApiToken(token: string): Promise<Actor | null> {
    const bureauId = bureauOfToken(token);
    if (!bureauId) return null;
    const generation = this.sessions.begin();
    const em = scopedEntityManager(this.orm, { bureauId, branchIds: 'all' });
    const found = await inReadTransaction(em, async () => {
      const live = await findLiveToken(em, token);
      if (!live) return null;
      const actor = await this.actorOf(em, live.user, live.row.id);
      return { actor: { ...actor, readOnly: true }, expiresAt: live.row.expiresAt };
    });
    if (!found) return null;
    this.sessions.set(token, found.actor, generation, found.expiresAt);
    return found.actor;
  }

  async logout(actor: Actor): Promise<void> {
    const em = scopedEntityManager(this.orm, { bureauId: actor.bureauId, branchIds: 'all' });
    await em.transactional(async (tx) => {
      const session = await tx.findOneOrFail(AuthSession, {
        bureauId: actor.bureauId,
        id: actor.sessionId,
      });
      session.revokedAt = new Date();
      await tx.flush();
      await recordAudit(
        tx,
        actor.bureauId,
        { userId: actor.userId, role: null },
        {
          operation: 'auth.logout',
          entityName: 'AuthSession',
          entityId: session.id,
        },
      );
    });
    this.sessions.clear();
  }

  /** 修改本人密码: ends the user's other sessions; this one stays signed in. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    assertPasswordAcceptable(newPassword, 'input.newPassword');
    const em = scopedEntityManager(this.orm, { bureauId: actor.bureauId, branchIds: 'all' });
    const user = await em.findOneOrFail(UserAccount, {
      bureauId: actor.bureauId,
      id: actor.userId,
    });
    if (!(await verifyPassword(user.passwordHash, currentPassword)))
      throw new BadInputError(
        '当前密码不正确',
        'The current password is wrong',
        'input.currentPassword',
      );
    if (currentPassword === newPassword)
      throw new BadInputError(
        '新密码不能与当前密码相同',
        'The new password is the same as the current one',
        'input.newPassword',
      );
    const passwordHash = await hashPassword(newPassword);
    await em.transactional(async (tx) => {
      const fresh = await tx.findOneOrFail(UserAccount, {
        bureauId: actor.bureauId,
        id: actor.userId,
      });
      fresh.passwordHash = passwordHash;
      fresh.mustChangePassword = false;
      const others = await tx.find(AuthSession, {
        userId: actor.userId,
        revokedAt: null,
        id: { $ne: actor.sessionId },
      });
      for (const session of others) session.revokedAt = new Date();
      await tx.flush();
      await recordAudit(
        tx,
        actor.bureauId,
        { userId: actor.userId, role: null },
        {
          operation: 'auth.changePassword',
          entityName: 'UserAccount',
          entityId: actor.userId,
          after: { passwordChanged: true, sessionsRevoked: others.length },
        },
      );
    });
    this.sessions.clear();
  }

  private async actorOf(em: EntityManager, user: UserAccount, sessionId: string): Promise<Actor> {
    const grants = await em.find(RoleAssignment, { bureauId: user.bureauId, userId: user.id });
    return {
      userId: user.id,
      bureauId: user.bureauId,
      sessionId,
      displayName: user.displayName,
      memberId: user.memberId ?? null,
      roles: grants.map((g) => ({ role: g.role, branchId: g.branchId ?? null })),
      mustChangePassword: user.mustChangePassword,
    };
  }
}
