import type { AuthChecker } from 'type-graphql';
import type { Role } from '../auth/roles.js';
import type { AppContext } from './context.js';

/**
 * `@Authorized()` needs a signed-in actor; `@Authorized(roles)` needs one of those roles in some
 * branch or bureau-wide. Whether the role covers the branch being touched is the service's check.
 */
export const authChecker: AuthChecker<AppContext, Role> = ({ context }, roles) => {
  const actor = context.actor;
  if (!actor) return false;
  if (roles.length === 0) return true;
  return actor.roles.some((g) => roles.includes(g.role));
};
