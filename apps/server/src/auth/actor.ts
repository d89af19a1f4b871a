import type { Role } from './roles.js';

export type RoleGrant = { role: Role; branchId: string | null };

/** Who is calling: resolved once per request from the session token. */
export type Actor = {
  userId: string;
  bureauId: string;
  sessionId: string;
  displayName: string;
  memberId: string | null;
  roles: RoleGrant[];
  /** A password the committee set: until the user changes it, only that change is allowed. */
  mustChangePassword: boolean;
  /** Signed in with an API token: reads what the owner reads, writes nothing. */
  readOnly?: boolean;
};
