import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { LoginName } from '../../auth/credentials/login-name.entity.js';
import { hashPassword } from '../../auth/credentials/passwords.js';
import { Role } from '../../auth/roles.js';
import { Branch } from '../../modules/org/branches/branch.entity.js';
import { Bureau } from '../../modules/org/bureau.entity.js';
import { Member, MemberStatus } from '../../modules/org/members/member.entity.js';
import { Membership } from '../../modules/org/members/membership.entity.js';
import { PartyGroup } from '../../modules/org/branches/party-group.entity.js';
import { RoleAssignment } from '../../modules/org/users/role-assignment.entity.js';
import { UserAccount } from '../../modules/org/users/user-account.entity.js';
import { chineseName } from './chinese-names.js';
import { seededRandom } from './seeded-random.js';

export const DEMO_PASSWORD = 'Jifen@2026';

/** Demo log-ins, printed at start-up and listed in README.md. */
export const DEMO_USERS = [
  {
    loginName: 'admin',
    displayName: '机关党委 周红',
    roles: [{ role: Role.COMMITTEE_ADMIN, branch: null }],
  },
  {
    loginName: 'analyst',
    displayName: '分析员 钱立新',
    roles: [{ role: Role.ANALYST, branch: null }],
  },
  {
    loginName: 'shuji1',
    displayName: '办公室支部书记',
    roles: [{ role: Role.SECRETARY, branch: 0 }],
    member: [0, 0],
  },
  {
    loginName: 'zhiwei1',
    displayName: '办公室支委委员',
    roles: [{ role: Role.BRANCH_COMMITTEE, branch: 0 }],
    member: [0, 1],
  },
  {
    loginName: 'jifenyuan1',
    displayName: '记分员（办公室、财务处）',
    roles: [
      { role: Role.SCOREKEEPER, branch: 0 },
      { role: Role.SCOREKEEPER, branch: 1 },
    ],
    member: [0, 2],
  },
  {
    loginName: 'zuzhang1',
    displayName: '办公室第一党小组组长',
    roles: [{ role: Role.GROUP_LEADER, branch: 0 }],
    member: [0, 3],
  },
  {
    loginName: 'dangyuan1',
    displayName: '办公室党员',
    roles: [{ role: Role.MEMBER, branch: 0 }],
    member: [0, 4],
  },
  {
    loginName: 'shuji2',
    displayName: '财务处支部书记',
    roles: [{ role: Role.SECRETARY, branch: 1 }],
    member: [1, 0],
  },
] as const;

const BRANCHES = [
  ['BGS', '办公室党支部'],
  ['CWC', '财务处党支部'],
  ['ZCC', '资产管理处党支部'],
  ['GWC', '公务用车服务中心党支部'],
  ['FWZX', '机关服务中心党支部'],
  ['JNC', '公共机构节能处党支部'],
] as const;
const POSITIONS = [
  '科员',
  '副科长',
  '科长',
  '副主任',
  '主任科员',
  '一级主任科员',
  '二级主任科员',
  '工勤人员',
];

export type SeedSummary = { bureauId: string; branches: number; members: number; users: number };

const maxMonth = (a: string, b: string) => (a > b ? a : b);

/** A second bureau (tests of the bureau wall) needs its own name, code and log-in names. */
export type DemoBureauOptions = { name?: string; code?: string; loginPrefix?: string };

/**
 * The years the roster spans: memberships open in January of `firstYear` (the year before last
 * when the demo holds its history: the pilot year), the transfer happens in July of `year`.
 */
export type RosterYears = { year: number; firstYear: number };

/** Secretaries of the four branches without a demo log-in, seeded only with the history year. */
export const HISTORY_SECRETARIES = [2, 3, 4, 5].map((branch) => ({
  loginName: `shuji${branch + 1}`,
  displayName: '支部书记',
  roles: [{ role: Role.SECRETARY, branch }],
  member: [branch, 0] as const,
}));

/**
 * Seeds the demo bureau: 6 branches with Party groups, about 150 members (some probationary,
 * one transferred mid-year) and a user for every role. `em` must be scoped to `bureauId`.
 */
export async function seedDemoBureau(
  em: EntityManager,
  bureauId: string,
  options: DemoBureauOptions = {},
  years: RosterYears = { year: 2026, firstYear: 2026 },
): Promise<SeedSummary> {
  const { year, firstYear } = years;
  const random = seededRandom(2021);
  const bureau = em.create(Bureau, {
    id: bureauId,
    name: options.name ?? '常州市机关事务管理局',
    code: options.code ?? 'CZJGSW',
  });
  // Every tenant row references its bureau, and the ORM does not know that foreign key: bureau first.
  await em.flush();
  const branches = BRANCHES.map(([code, name], i) =>
    em.create(Branch, { bureauId: bureau.id, code, name, sortOrder: i + 1 }),
  );
  const membersByBranch: Member[][] = [];
  const groupsByBranch: PartyGroup[][] = [];
  let memberCount = 0;
  for (const [i, branch] of branches.entries()) {
    const groups = ['第一党小组', '第二党小组', ...(i < 2 ? ['第三党小组'] : [])].map((name) =>
      em.create(PartyGroup, { bureauId: bureau.id, branch, branchId: branch.id, name }),
    );
    const size = [30, 26, 25, 24, 24, 21][i]!;
    const members: Member[] = [];
    for (let k = 0; k < size; k++) {
      const probationary = k >= 3 && random() < 0.08;
      const joinYear = probationary ? year - 1 : 1985 + Math.floor(random() * 38);
      const member = em.create(Member, {
        bureauId: bureau.id,
        branch,
        branchId: branch.id,
        name: chineseName(random),
        status: probationary ? MemberStatus.PROBATIONARY : MemberStatus.FULL,
        joinedOn: `${joinYear}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-01`,
        fullMemberOn: probationary ? null : `${joinYear + 1}-07-01`,
        position: POSITIONS[Math.floor(random() * POSITIONS.length)]!,
        group: groups[k % groups.length]!,
        groupId: groups[k % groups.length]!.id,
        active: true,
      });
      members.push(member);
      memberCount++;
    }
    membersByBranch.push(members);
    groupsByBranch.push(groups);
    // Each group is led by one of its members (not the secretary, committee member, scorekeeper
    // or the plain demo member: members 0–2 and 4 of the first branch hold those log-ins).
    for (const [g, group] of groups.entries()) {
      const leader = members.find((_, k) => k >= 3 && k !== 4 && k % groups.length === g)!;
      group.leader = ref(leader);
      group.leaderId = leader.id;
    }
  }
  // One member moves from 资产管理处 to 机关服务中心 in July: months 1–6 there, 7 onwards here.
  const mover = membersByBranch[2]!.at(-1)!;
  for (const [i, members] of membersByBranch.entries()) {
    for (const member of members) {
      em.create(Membership, {
        bureauId: bureau.id,
        member,
        memberId: member.id,
        branch: branches[i]!,
        branchId: branches[i]!.id,
        // A member joined after the roster's first January belongs from the month they joined.
        fromMonth: maxMonth(`${firstYear}-01`, member.joinedOn!.slice(0, 7)),
        toMonth: member === mover ? `${year}-06` : null,
      });
    }
  }
  em.create(Membership, {
    bureauId: bureau.id,
    member: mover,
    memberId: mover.id,
    branch: branches[4]!,
    branchId: branches[4]!.id,
    fromMonth: `${year}-07`,
    toMonth: null,
  });
  mover.branch = ref(branches[4]!);
  mover.branchId = branches[4]!.id;
  mover.group = ref(groupsByBranch[4]![0]!);
  mover.groupId = groupsByBranch[4]![0]!.id;

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // A year reviewed from start to end needs a secretary in every branch.
  const logins = firstYear < year ? [...DEMO_USERS, ...HISTORY_SECRETARIES] : DEMO_USERS;
  for (const demo of logins) {
    const member = 'member' in demo ? membersByBranch[demo.member[0]]![demo.member[1]]! : null;
    const user = em.create(UserAccount, {
      bureauId: bureau.id,
      loginName: `${options.loginPrefix ?? ''}${demo.loginName}`,
      passwordHash,
      displayName: member ? `${member.name}（${demo.displayName}）` : demo.displayName,
      member,
      memberId: member?.id ?? null,
      disabled: false,
      failedLogins: 0,
    });
    em.create(LoginName, { loginName: user.loginName, bureauId: bureau.id, userId: user.id });
    for (const grant of demo.roles) {
      const branch = grant.branch === null ? null : branches[grant.branch]!;
      em.create(RoleAssignment, {
        bureauId: bureau.id,
        user,
        userId: user.id,
        role: grant.role,
        branch,
        branchId: branch?.id ?? null,
      });
    }
  }
  await em.flush();
  return {
    bureauId: bureau.id,
    branches: branches.length,
    members: memberCount,
    users: logins.length,
  };
}
