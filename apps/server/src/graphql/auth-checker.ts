import type { AuthChecker } from 'type-graphql';
import type { Role } from '../auth/roles.js';
import type { AppContext } from './context.js';
import { AppError } from './errors.js';

/** What an account whose password the committee set may still do: change it, or leave. */
const WHILE_PASSWORD_MUST_CHANGE = new Set(['changeMyPassword', 'logout']);
const ROOTS = new Set(['Query', 'Mutation']);

/**
 * `@Authorized()` needs a signed-in actor; `@Authorized(roles)` needs one of those roles in some
 * branch or bureau-wide. Whether the role covers the branch being touched is the service's check.
 * An account that must change its password reaches no operation but that change (and `me`, which
 * needs no sign-in).
 */
export const authChecker: AuthChecker<AppContext, Role> = ({ context, info }, roles) => {
  const actor = context.actor;
  if (!actor) return false;
  if (
    actor.mustChangePassword &&
    ROOTS.has(info.parentType.name) &&
    !WHILE_PASSWORD_MUST_CHANGE.has(info.fieldName)
  )
    throw new AppError(
      'FORBIDDEN',
      '请先修改密码：初始密码或重置后的密码须在首次登录时更换',
      'Change your password first: a password set by the administrator must be changed at the first log-in',
      undefined,
      { reason: 'PASSWORD_CHANGE_REQUIRED' },
    );
  if (actor.readOnly && info.parentType.name === 'Mutation')
    throw new AppError(
      'FORBIDDEN',
      'API 令牌只能查询, 不能修改数据',
      'An API token may only read; it cannot change anything',
      undefined,
      { reason: 'READ_ONLY_TOKEN' },
    );
  if (roles.length === 0) return true;
  return actor.roles.some((g) => roles.includes(g.role));
};
