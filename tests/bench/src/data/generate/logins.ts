// The bureau's log-ins and their roles: a committee administrator, an analyst, and each branch's
// secretary and scorekeeper. All share the spec's one password hash.
import type { Generation } from './context.js';
import type { Organisation } from './organisation.js';

export type Logins = {
  adminId: string;
  adminLogin: string;
  analystLogin: string;
  /** Scorekeeper of each branch (index = branch): log-in name… */
  scorekeeperLogins: string[];
  /** …and user id, the author of the branch's ledger rows. */
  scorekeeperOf: string[];
  /** Secretary of each branch (index = branch). */
  secretaryLogins: string[];
};

export function generateLogins(g: Generation, org: Organisation): Logins {
  const { spec, uuid, bureauId, created, tables: t } = g;
  const { branchIds, home } = org;
  const prefix = spec.code.toLowerCase();
  const addUser = (loginName: string, display: string, memberId: string | null) => {
    const id = uuid();
    t.user.rows.push([
      bureauId,
      id,
      loginName,
      spec.passwordHash,
      display,
      false,
      memberId,
      0,
      created,
    ]);
    t.login.rows.push([loginName, bureauId, id]);
    return id;
  };
  const adminLogin = `${prefix}-admin`;
  const analystLogin = `${prefix}-analyst`;
  const adminId = addUser(adminLogin, '机关党委管理员', null);
  t.role.rows.push([bureauId, uuid(), adminId, 'committee_admin', null]);
  const analystId = addUser(analystLogin, '分析员', null);
  t.role.rows.push([bureauId, uuid(), analystId, 'analyst', null]);
  const scorekeeperLogins: string[] = [];
  const scorekeeperOf: string[] = [];
  const secretaryLogins: string[] = [];
  for (let b = 0; b < spec.branches; b++) {
    const secretaryLogin = `${prefix}-shuji${b + 1}`;
    secretaryLogins.push(secretaryLogin);
    const secretary = addUser(secretaryLogin, `第${b + 1}支部书记`, home[b]![0] ?? null);
    t.role.rows.push([bureauId, uuid(), secretary, 'secretary', branchIds[b]!]);
    const keeperLogin = `${prefix}-jifenyuan${b + 1}`;
    const keeper = addUser(keeperLogin, `第${b + 1}支部记分员`, home[b]![2] ?? null);
    t.role.rows.push([bureauId, uuid(), keeper, 'scorekeeper', branchIds[b]!]);
    scorekeeperLogins.push(keeperLogin);
    scorekeeperOf.push(keeper);
  }
  return { adminId, adminLogin, analystLogin, scorekeeperLogins, scorekeeperOf, secretaryLogins };
}
