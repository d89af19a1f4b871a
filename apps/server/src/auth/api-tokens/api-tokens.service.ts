import { createHash, randomBytes } from 'node:crypto';
import { ref, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { BadInputError, ForbiddenError, NotFoundError } from '../../graphql/errors.js';
import { recordAudit } from '../../modules/audit/audit.service.js';
import { RoleAssignment } from '../../modules/org/users/role-assignment.entity.js';
import { UserAccount } from '../../modules/org/users/user-account.entity.js';
import { scopedEntityManager } from '../../tenancy/scoped-entity-manager.js';
import type { Actor, RoleGrant } from '../actor.js';
import { ApiToken } from './api-token.entity.js';
import { grantFor } from '../permissions.js';
import { Role } from '../roles.js';

const PREFIX = 'jfn_';
// The bureau rides in the token (without it the lookup could not set the bureau's wall first).
const TOKEN = /^jfn_([0-9a-f]{32})_([A-Za-z0-9_-]{32})$/;
export const MAX_TOKEN_DAYS = 365;
const MAX_NAME = 60;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Whether a bearer credential is an API token (rather than a session token). */
export const isApiToken = (token: string) => token.startsWith(PREFIX);

/** The bureau an API token names, or null when it is not one. */
export function bureauOfToken(token: string): string | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const hex = match[1]!;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Who may hold or manage a token of `userId`: the analyst for their own account, the committee
 * for any analyst account of the bureau. Returns the grant that allowed it (for the audit log).
 */
function managingGrant(actor: Actor, userId: string): RoleGrant {
  const own = actor.userId === userId ? grantFor(actor, [Role.ANALYST], null) : null;
  const grant = own ?? grantFor(actor, [Role.COMMITTEE_ADMIN], null);
  if (!grant) {
    throw new ForbiddenError(
      '只有分析员本人或机关党委管理员可以管理 API 令牌',
      'Only the analyst or the committee administrator may manage API tokens',
    );
  }
  return grant;
}

/** The bureau's fork for token rows: an analyst's own scope writes nothing (read-only role). */
function tokenEm(orm: MikroORM, actor: Actor): EntityManager {
  return scopedEntityManager(orm, { bureauId: actor.bureauId, branchIds: 'all' });
}

async function requireAnalyst(em: EntityManager, userId: string, field: string): Promise<void> {
  const grant = await em.findOne(RoleAssignment, { userId, role: Role.ANALYST, branchId: null });
  if (!grant) {
    throw new BadInputError(
      'API 令牌只发给分析员账号',
      'API tokens are for analyst accounts only',
      field,
    );
  }
}

/** The accounts whose tokens the actor may manage: their own (analyst), every analyst's (committee). */
export async function apiTokenOwners(orm: MikroORM, actor: Actor): Promise<UserAccount[]> {
  const em = tokenEm(orm, actor);
  const committee = grantFor(actor, [Role.COMMITTEE_ADMIN], null);
  const own = grantFor(actor, [Role.ANALYST], null);
  if (!committee && !own) return [];
  const grants = await em.find(RoleAssignment, { role: Role.ANALYST, branchId: null });
  const ids = grants.map((g) => g.userId).filter((id) => committee || id === actor.userId);
  return em.find(UserAccount, { id: { $in: ids } }, { orderBy: { loginName: 'asc' } });
}

export async function listApiTokens(
  orm: MikroORM,
  actor: Actor,
  userId: string | null,
): Promise<ApiToken[]> {
  const owner = userId ?? actor.userId;
  managingGrant(actor, owner);
  const em = tokenEm(orm, actor);
  if (owner !== actor.userId) {
    if (!(await em.findOne(UserAccount, { id: owner }, { fields: ['id'] })))
      throw new NotFoundError({ zh: '账号', en: 'Account' }, 'userId');
    await requireAnalyst(em, owner, 'userId');
  }
  return em.find(ApiToken, { userId: owner }, { orderBy: { createdAt: 'desc', id: 'asc' } });
}

/** Makes a token: returns it this once; only its hash is kept. */
export async function createApiToken(
  orm: MikroORM,
  actor: Actor,
  input: { name: string; expiresInDays: number; userId?: string | null },
): Promise<{ token: string; apiToken: ApiToken }> {
  const owner = input.userId ?? actor.userId;
  const grant = managingGrant(actor, owner);
  const name = input.name.trim();
  if (!name || name.length > MAX_NAME) {
    throw new BadInputError(
      `请填写名称 (1 到 ${MAX_NAME} 个字)`,
      `Give the token a name of 1 to ${MAX_NAME} characters`,
      'input.name',
    );
  }
  const days = input.expiresInDays;
  if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS) {
    throw new BadInputError(
      `有效期应为 1 到 ${MAX_TOKEN_DAYS} 天`,
      `A token lasts from 1 to ${MAX_TOKEN_DAYS} days`,
      'input.expiresInDays',
    );
  }
  const secret = randomBytes(24).toString('base64url');
  const token = `${PREFIX}${actor.bureauId.replaceAll('-', '')}_${secret}`;
  const em = tokenEm(orm, actor);
  const apiToken = await em.transactional(async (tx) => {
    const user = await tx.findOne(UserAccount, { id: owner });
    if (!user) throw new NotFoundError({ zh: '账号', en: 'Account' }, 'input.userId');
    await requireAnalyst(tx, owner, 'input.userId');
    const row = tx.create(ApiToken, {
      bureauId: actor.bureauId,
      user: ref(user),
      userId: owner,
      name,
      prefix: `${PREFIX}…${secret.slice(-4)}`,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + days * 24 * 3600 * 1000),
      createdById: actor.userId,
    });
    await tx.flush();
    await recordAudit(
      tx,
      actor.bureauId,
      { userId: actor.userId, role: grant.role },
      {
        operation: 'apiToken.create',
        entityName: 'ApiToken',
        entityId: row.id,
        after: { name, userId: owner, prefix: row.prefix, expiresAt: row.expiresAt.toISOString() },
      },
    );
    return row;
  });
  return { token, apiToken };
}

/** Revokes a token at once (the session cache is emptied by every mutation). */
export async function revokeApiToken(orm: MikroORM, actor: Actor, id: string): Promise<ApiToken> {
  const em = tokenEm(orm, actor);
  return em.transactional(async (tx) => {
    const row = await tx.findOne(ApiToken, { id });
    if (!row) throw new NotFoundError({ zh: 'API 令牌', en: 'API token' }, 'id');
    const grant = managingGrant(actor, row.userId);
    if (!row.revokedAt) {
      row.revokedAt = new Date();
      await tx.flush();
      await recordAudit(
        tx,
        actor.bureauId,
        { userId: actor.userId, role: grant.role },
        {
          operation: 'apiToken.revoke',
          entityName: 'ApiToken',
          entityId: row.id,
          before: { name: row.name, userId: row.userId, revokedAt: null },
          after: { revokedAt: row.revokedAt.toISOString() },
        },
      );
    }
    return row;
  });
}

/**
 * The token row behind a bearer API token and its owner, when it is live: not revoked, not
 * expired, its account not disabled. The caller builds the read-only actor from the owner.
 */
export async function findLiveToken(
  em: EntityManager,
  token: string,
): Promise<{ row: ApiToken; user: UserAccount } | null> {
  const row = await em.findOne(ApiToken, { tokenHash: hashToken(token) }, { populate: ['user'] });
  if (!row || row.revokedAt || row.expiresAt <= new Date()) return null;
  const user = row.user.getEntity();
  return user.disabled ? null : { row, user };
}
