import { ROLE_ORDER, type Role } from '../../app/roles';
import type { UserRowFragment } from '../../graphql/graphql';

/** An account's state as the list shows it (its tags). */
export const USER_STATES = ['enabled', 'disabled', 'pendingChange', 'locked'] as const;
export type UserState = (typeof USER_STATES)[number];

/** What the committee narrows the account list by; null is "all". */
export type UserFilter = {
  search: string;
  branchId: string | null;
  role: Role | null;
  state: UserState | null;
};

export const NO_FILTER: UserFilter = { search: '', branchId: null, role: null, state: null };

/** The branches an account belongs to: its member's branch and those of its branch roles. */
function branchesOf(user: UserRowFragment): { id: string; name: string }[] {
  const all = [
    ...(user.member ? [user.member.branch] : []),
    ...user.roles.flatMap((g) => (g.branch ? [g.branch] : [])),
  ];
  return all.filter((b, i) => all.findIndex((x) => x.id === b.id) === i);
}

/** The states an account is in, as its tags show them and the state filter reads them. */
export function statesOf(user: UserRowFragment, now = new Date()): UserState[] {
  return USER_STATES.filter((state) => {
    switch (state) {
      case 'enabled':
        return !user.disabled;
      case 'disabled':
        return user.disabled;
      case 'pendingChange':
        return user.mustChangePassword;
      case 'locked':
        return !!user.lockedUntil && new Date(user.lockedUntil) > now;
    }
  });
}

/**
 * Whether an account is in the list: every filter set must hold. The search matches a log-in
 * name, a name or a linked member's name (any part of it).
 */
export function matchesUser(user: UserRowFragment, filter: UserFilter, now = new Date()): boolean {
  const text = filter.search.trim().toLowerCase();
  if (
    text &&
    ![user.loginName, user.displayName, user.member?.name ?? ''].some((s) =>
      s.toLowerCase().includes(text),
    )
  )
    return false;
  if (filter.branchId && !branchesOf(user).some((b) => b.id === filter.branchId)) return false;
  if (filter.role && !user.roles.some((g) => g.role === filter.role)) return false;
  if (filter.state && !statesOf(user, now).includes(filter.state)) return false;
  return true;
}

/** The branches the accounts belong to, by name, to choose from. */
export function branchChoices(users: readonly UserRowFragment[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const user of users) for (const b of branchesOf(user)) seen.set(b.id, b.name);
  return [...seen]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** The roles the accounts hold, in the roles' display order. */
export function roleChoices(users: readonly UserRowFragment[]): Role[] {
  const held = new Set(users.flatMap((u) => u.roles.map((g) => g.role)));
  return ROLE_ORDER.filter((r) => held.has(r));
}
