import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { BadInputError, TooManyRequestsError, UnauthenticatedError } from '../graphql/errors.js';
import { recordAudit } from '../modules/audit/audit.service.js';
import { RoleAssignment } from '../modules/org/role-assignment.entity.js';
import { UserAccount } from '../modules/org/user-account.entity.js';
import { inReadTransaction } from '../db/read-transaction.js';
import { scopedEntityManager } from '../tenancy/scoped-entity-manager.js';
import type { Actor } from './actor.js';
import { AuthSession } from './auth-session.entity.js';
import { ACCOUNT_LOCK_MS, ACCOUNT_MAX_FAILURES, AddressThrottle } from './login-throttle.js';
import { LoginName } from './login-name.entity.js';
import { assertPasswordAcceptable } from './password-policy.js';
import { hashPassword, verifyDecoy, verifyPassword } from './passwords.js';
import { SessionCache } from './session-cache.js';
import { readSessionToken, signSessionToken } from './session-token.js';

export type LoginResult = { token: string; expiresAt: Date; actor: Actor };

const WRONG = () => new UnauthenticatedError('用户名或密码错误', 'Wrong log-in name or password');

/** Log-in, session resolution and log-out. Sessions live in the database so they can be revoked. */
export class AuthService {
  readonly addressThrottle = new AddressThrottle();
  readonly sessions: SessionCache;

  constructor(
    private readonly orm: MikroORM,
    private readonly config: Pick<
      Config,
      'sessionSecret' | 'SESSION_TTL_HOURS' | 'SESSION_CACHE_SECONDS'
    >,
  ) {
    this.sessions = new SessionCache(config.SESSION_CACHE_SECONDS * 1000);
  }

  async login(loginName: string, password: string, address: string): Promise<LoginResult> {
    if (this.addressThrottle.isBlocked(address)) {
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
      this.addressThrottle.recordFailure(address);
      await verifyDecoy(password);
      throw WRONG();
    }
    const em = scopedEntityManager(this.orm, { bureauId: index.bureauId, branchIds: 'all' });
    const outcome = await em.transactional(async (tx): Promise<LoginResult | null> => {
      const user = await tx.findOneOrFail(UserAccount, {
        bureauId: index.bureauId,
        id: index.userId,
      });
      const now = new Date();
      if (user.lockedUntil && user.lockedUntil > now) {
        throw new TooManyRequestsError(
          '该账号登录失败次数过多，已临时锁定，请 15 分钟后再试',
          'This account is locked after repeated failed log-ins; try again in 15 minutes',
        );
      }
      if (user.disabled || !(await verifyPassword(user.passwordHash, password))) {
        this.addressThrottle.recordFailure(address);
        user.failedLogins += 1;
        if (user.failedLogins >= ACCOUNT_MAX_FAILURES) {
          user.lockedUntil = new Date(now.getTime() + ACCOUNT_LOCK_MS);
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
      this.addressThrottle.recordSuccess(address);
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
    if (!outcome) throw WRONG();
    return outcome;
  }

  /** The actor a token stands for, or null when it is invalid, expired, revoked or disabled. */
  async resolve(token: string): Promise<Actor | null> {
    // Only a token that was verified is ever cached, under its exact text: a hit needs no
    // signature check, and the entry ends before the token does (session-cache.ts).
    const cached = this.sessions.get(token);
    if (cached) return cached;
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
    };
  }
}
